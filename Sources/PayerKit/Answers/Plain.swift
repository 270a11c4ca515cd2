/// Scope in plain words: "only in a hospital outpatient department (--setting)", "for Medicare Advantage members".
/// Shared by the `payer` tool's text and the answers that carry sentences (``RequestChecklist``); the inputs it names
/// are named by an ``InputNames``, the tool's options unless said otherwise.
package enum Plain {
    /// "Medicare Advantage", "Original Medicare", "commercial".
    package static func lineOfBusiness(_ raw: String) -> String {
        switch LineOfBusiness(rawValue: raw) {
        case .commercial: "commercial"
        case .medicareAdvantage: "Medicare Advantage"
        case .medicareFFS: "Original Medicare"
        case .medicaid: "Medicaid"
        case .chip: "CHIP"
        case .marketplace: "marketplace (ACA)"
        case nil: raw
        }
    }

    /// "in a hospital outpatient department", "at home".
    package static func setting(_ raw: String) -> String {
        switch CareSetting(rawValue: raw) {
        case .inpatient: "as an inpatient"
        case .postAcute: "in a post-acute facility"
        case .hospitalOutpatient: "in a hospital outpatient department"
        case .ambulatorySurgicalCenter: "in an ambulatory surgical center"
        case .office: "in an office"
        case .home: "at home"
        case .emergency: "in an emergency department"
        case .ambulance: "in an ambulance"
        case nil: "in setting \(raw)"
        }
    }

    /// "A", "A or B", "A, B or C".
    package static func or(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    /// One dimension's values, named positively where the dimension is closed (settings): "in an ambulance".
    package static func phrase(_ dimension: ScopeDimension, _ value: DimensionValue) -> String {
        let named: [String], negated: Bool
        switch value {
        case .equals(let one): (named, negated) = ([one], false)
        case .anyOf(let values): (named, negated) = (values, false)
        case .otherThan(let excluded):
            if dimension == .setting {
                // Every setting is known, so "none of these seven" is said as the one or two it leaves.
                (named, negated) = (CareSetting.allCases.map(\.rawValue).filter { !excluded.contains($0) }, false)
            } else {
                (named, negated) = (excluded, true)
            }
        }
        switch dimension {
        case .setting: return or(named.map(setting))
        case .lineOfBusiness: return negated ? "for members not in \(or(named.map(lineOfBusiness)))" : "for \(or(named.map(lineOfBusiness))) members"
        case .plan: return negated ? "for plans other than \(or(named))" : "for plan \(or(named))"
        case .state: return negated ? "for services outside \(or(named))" : "for services in \(or(named))"
        case .memberState: return negated ? "for members living outside \(or(named))" : "for members living in \(or(named))"
        case .network: return negated ? "for providers not \(or(named))" : "for \(or(named)) providers"
        }
    }

    /// "in a hospital outpatient department (--setting), for Medicare Advantage members (--line-of-business)".
    package static func situation(_ situation: Situation, names: InputNames = .commandLine) -> String {
        situation.values.sorted { $0.key < $1.key }.map { "\(phrase($0.key, $0.value)) (\(names.name($0.key)))" }.joined(separator: ", ")
    }

    /// What a contact's or fact's scope assumes about what the question left open: "only for Medicare Advantage
    /// members (--line-of-business)"; nil when it assumes nothing.
    package static func assumption(_ scope: Scope, given: QueryScope, names: InputNames = .commandLine) -> String? {
        let open = scope.allowed.filter { given.values[$0.key] == nil }.sorted { $0.key < $1.key }
        guard !open.isEmpty else { return nil }
        return "only " + open.map { dimension, values in "\(phrase(dimension, .anyOf(values.sorted()))) (\(names.name(dimension)))" }.joined(separator: ", ")
    }

    /// The "call:" lines of an answer: the first contact is the one to call, the others follow as "also:", each with
    /// the scope it assumes. More than two lines that differ by a state the question left open (the MACs of Original
    /// Medicare) are summed up as the option to give instead.
    package static func callLines(
        _ contacts: [Contact], vendorLines: [Contact] = [], given: QueryScope, payer: Payer, names: InputNames = .commandLine
    ) -> [String] {
        var shown = contacts
        var summaries: [String] = []
        for dimension in [ScopeDimension.state, .memberState] where given.values[dimension] == nil {
            let limited = shown.filter { $0.scope.allowed[dimension] != nil }
            guard limited.count > 2 else { continue }
            let values = Set(limited.flatMap { $0.scope.allowed[dimension]! }).sorted()
            let what = dimension == .state ? "the state where the service is furnished" : "the member's state of residence"
            summaries.append("\(limited.count) lines depend on \(what): give \(names.name(dimension)) (PayerRules has lines for \(values.joined(separator: ", ")))")
            shown.removeAll { $0.scope.allowed[dimension] != nil }
        }
        // "Prior authorization: phone 800-555-0100 [only for Medicare Advantage members (--line-of-business)]".
        func line(_ contact: Contact) -> String {
            Describe.contact(contact, vendors: payer.vendors, withNotes: false)
                + (assumption(contact.scope, given: given, names: names).map { " [\($0)]" } ?? "")
        }
        var lines = summaries.map { "call: \($0)" }
        for contact in shown {
            lines.append("\(lines.isEmpty ? "call" : "also"): \(line(contact))")
        }
        if lines.isEmpty {
            lines.append("call: PayerRules has no number for this question; see \(names.contactSheet(of: payer))")
        }
        if !vendorLines.isEmpty {
            lines.append("if the service is in a review vendor's program (see \(names.contactSheet(of: payer))):")
        }
        lines += vendorLines.map { "  " + line($0) }
        return lines
    }
}
