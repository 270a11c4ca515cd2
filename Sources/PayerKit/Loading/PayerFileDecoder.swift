/// Reads one payer file straight from YAML events into a ``Payer``, reporting every schema problem in one pass.
///
/// Entries are read before the file's `last_verified` may have been seen, so each entry is kept as a pending builder
/// that receives the file date once the whole document is read.
final class PayerFileDecoder {
    /// The schema version this PayerKit reads.
    static let schemaVersion = 1

    private typealias Pending<T> = (CalendarDate) -> T?

    private let reader: YAMLReader
    private let expectedID: String
    private let limits: LoadLimits
    private var programReferences: [Located<String>] = []
    private var vendorReferences: [Located<String>] = []

    private init(content: [UInt8], file: String, expectedID: String, limits: LoadLimits) {
        reader = YAMLReader(content: content, file: file, limits: limits)
        self.expectedID = expectedID
        self.limits = limits
    }

    /// Decodes `content`; the payer is nil when the file has any error. Content over `limits.maxFileBytes` is refused
    /// unread.
    static func decode(
        _ content: [UInt8], file: String, expectedID: String, limits: LoadLimits = .default
    ) -> (payer: Payer?, diagnostics: [Diagnostic]) {
        if let tooLarge = RuleFile.sizeProblem(content.count, file: file, limits: limits) { return (nil, [tooLarge]) }
        let decoder = PayerFileDecoder(content: content, file: file, expectedID: expectedID, limits: limits)
        var payer: Payer?
        do {
            try decoder.reader.readDocument { () throws(YAMLSyntaxError) in payer = try decoder.readPayer() }
        } catch {
            decoder.reader.error(at: error.location, error.message)
            payer = nil
        }
        let diagnostics = decoder.reader.diagnostics.sorted { $0.location < $1.location }
        return (diagnostics.containsErrors ? nil : payer, diagnostics)
    }

    private var r: YAMLReader { reader }

    private func readPayer() throws(YAMLSyntaxError) -> Payer? {
        var version: Int?
        var id: Located<String>?
        var name: String?
        var aliases: [String] = []
        var linesOfBusiness: Set<LineOfBusiness> = []
        var states: Set<String>?
        var lastVerified: CalendarDate?
        var sources: [String] = []
        var notes: String?
        var ediIDs: [Pending<EDIPayerID>] = []
        var programs: [(Located<String>, Pending<Program>)] = []
        var vendors: [(Located<String>, Pending<Vendor>)] = []
        var contacts: [Pending<Contact>] = []
        var portals: [Pending<Portal>] = []
        var rules: [Pending<PriorAuthorizationRule>] = []
        var unlisted: [Pending<UnlistedCodePolicy>] = []
        var retro: [Pending<RetroAuthorizationPolicy>] = []
        var timeframes: [Pending<DecisionTimeframe>] = []
        var filing: [Pending<TimelyFilingLimit>] = []
        var examples = PayerExamples.none

        let start = try r.mapping(
            "the payer file",
            required: ["schema_version", "id", "name", "lines_of_business", "last_verified", "sources"],
            [
                "schema_version": { () throws(YAMLSyntaxError) in
                    version = try self.r.scalar("schema_version") { text in
                        text == "\(Self.schemaVersion)"
                            ? .success(Self.schemaVersion)
                            : .failure(ScalarError("schema_version '\(text)' is not supported; this PayerKit reads schema_version \(Self.schemaVersion)"))
                    }?.value
                },
                "id": { () throws(YAMLSyntaxError) in id = try self.r.identifier("id") },
                "name": { () throws(YAMLSyntaxError) in name = try self.r.text("name") },
                "aliases": { () throws(YAMLSyntaxError) in
                    aliases = try self.r.uniqueValues("aliases") { () throws(YAMLSyntaxError) in try self.r.scalar("an alias") { .success($0) } }.sorted()
                },
                "lines_of_business": { () throws(YAMLSyntaxError) in linesOfBusiness = try self.r.choices("lines_of_business") },
                "states": { () throws(YAMLSyntaxError) in states = try self.r.nonEmpty(self.r.states("states")) },
                "last_verified": { () throws(YAMLSyntaxError) in lastVerified = try self.r.date("last_verified")?.value },
                "sources": { () throws(YAMLSyntaxError) in
                    sources = try self.r.values("sources") { () throws(YAMLSyntaxError) in try self.r.url("a source")?.value }
                },
                "notes": { () throws(YAMLSyntaxError) in notes = try self.r.text("notes") },
                "edi_payer_ids": { () throws(YAMLSyntaxError) in ediIDs = try self.entries("edi_payer_ids", self.readEDIPayerID) },
                "programs": { () throws(YAMLSyntaxError) in programs = try self.entries("programs", self.readProgram) },
                "vendors": { () throws(YAMLSyntaxError) in vendors = try self.entries("vendors", self.readVendor) },
                "contacts": { () throws(YAMLSyntaxError) in contacts = try self.entries("contacts", self.readContact) },
                "portals": { () throws(YAMLSyntaxError) in portals = try self.entries("portals", self.readPortal) },
                "prior_authorization": { () throws(YAMLSyntaxError) in rules = try self.entries("prior_authorization", self.readRule) },
                "unlisted_codes": { () throws(YAMLSyntaxError) in unlisted = try self.entries("unlisted_codes", self.readUnlisted) },
                "retro_authorization": { () throws(YAMLSyntaxError) in retro = try self.entries("retro_authorization", self.readRetro) },
                "decision_timeframes": { () throws(YAMLSyntaxError) in timeframes = try self.entries("decision_timeframes", self.readTimeframe) },
                "timely_filing": { () throws(YAMLSyntaxError) in filing = try self.entries("timely_filing", self.readTimelyFiling) },
                "examples": { () throws(YAMLSyntaxError) in examples = try self.r.examples("examples") ?? .none },
            ])
        guard start != nil else { return nil }

        if let id, id.value != expectedID {
            r.error(at: id.location, "id '\(id.value)' must match the file name '\(expectedID).yaml'")
        }
        checkReferences(programReferences, declared: programs.map(\.0), kind: "program", listKey: "programs")
        checkReferences(vendorReferences, declared: vendors.map(\.0), kind: "vendor", listKey: "vendors")

        guard version != nil, let id, let name, !linesOfBusiness.isEmpty, let lastVerified, !sources.isEmpty else { return nil }
        func build<T>(_ pending: [Pending<T>]) -> [T] { pending.compactMap { $0(lastVerified) } }
        let builtRules = build(rules)
        let overlaps = CodeOverlaps.count(builtRules.flatMap(\.codes))
        guard overlaps <= limits.maxCodeOverlaps else {
            r.error(
                at: builtRules.first?.provenance.location ?? SourceLocation(file: r.file, line: 1, column: 1),
                "rules list the same codes too often to check: \(overlaps) overlapping rule pairs (counted per stretch of codes), more than the \(limits.maxCodeOverlaps) allowed (LoadLimits.maxCodeOverlaps); merge rules that share codes or split the file")
            return nil
        }
        let index = CodeIndex(ranges: builtRules.enumerated().flatMap { rule in rule.element.codes.map { ($0, rule.offset) } })
        return Payer(
            id: id.value, name: name, aliases: aliases, linesOfBusiness: linesOfBusiness, states: states,
            lastVerified: lastVerified, sources: sources, notes: notes, ediPayerIDs: build(ediIDs),
            programs: build(programs.map(\.1)), vendors: build(vendors.map(\.1)), contacts: build(contacts),
            portals: build(portals), rules: builtRules, unlistedCodePolicies: build(unlisted), retroPolicies: build(retro),
            decisionTimeframes: build(timeframes), timelyFilingLimits: build(filing), examples: examples, file: r.file, codeIndex: index
        ).validated(by: r)
    }

    /// Reads a list of entries with `read`, dropping entries that were not mappings.
    private func entries<T>(_ what: String, _ read: (String) throws(YAMLSyntaxError) -> T?) throws(YAMLSyntaxError) -> [T] {
        try r.values(what) { () throws(YAMLSyntaxError) in try read("an entry of \(what)") }
    }

    /// Reads an entry mapping with its own keys plus the fact keys (and the scope keys when `scope` is given).
    private func entry(
        _ what: String, required: [String], scope: ScopeKeys? = nil, _ handlers: [String: YAMLReader.Handler]
    ) throws(YAMLSyntaxError) -> (location: SourceLocation, facts: FactKeys, keys: Set<String>)? {
        let facts = FactKeys()
        var all = handlers.merging(facts.handlers(r)) { own, _ in own }
        if let scope {
            all.merge(scope.handlers(r)) { own, _ in own }
        }
        guard let (location, keys) = try r.mapping(what, required: required + ["source"], all) else { return nil }
        if let reference = scope?.programReference { programReferences.append(reference) }
        return (location, facts, keys)
    }

    private func checkReferences(_ references: [Located<String>], declared: [Located<String>], kind: String, listKey: String) {
        var seen: [String: SourceLocation] = [:]
        for (previous, id) in zip([nil] + declared.map(Optional.some), declared) {
            if let first = seen[id.value] {
                r.error(at: id.location, "\(kind) id '\(id.value)' is declared twice; first at \(first.lineAndColumn)")
            } else if let previous, id.value < previous.value {
                r.warning(at: id.location, "\(kind) '\(id.value)' should come before '\(previous.value)' (\(previous.location.lineAndColumn)); keep '\(listKey)' sorted by id so diffs stay small")
            }
            seen[id.value] = seen[id.value] ?? id.location
        }
        for reference in references where seen[reference.value] == nil {
            if r.isFull { break }  // Past the diagnostics limit, suggestions for unseen errors are wasted work.
            let hint = Suggestions.nearest(to: reference.value, in: seen.keys, limit: 1).first.map { " (did you mean '\($0)'?)" } ?? ""
            r.error(at: reference.location, "\(kind) '\(reference.value)' is not declared under '\(listKey)'\(hint)")
        }
    }

    private func vendorReference() throws(YAMLSyntaxError) -> String? {
        guard let reference = try r.identifier("vendor") else { return nil }
        vendorReferences.append(reference)
        return reference.value
    }

    // MARK: Entries

    private func readEDIPayerID(_ what: String) throws(YAMLSyntaxError) -> Pending<EDIPayerID>? {
        var id: String?
        var lines: Set<LineOfBusiness>?
        guard let (location, facts, _) = try entry(what, required: ["id"], [
            "id": { () throws(YAMLSyntaxError) in id = try self.r.text("id") },
            "lines_of_business": { () throws(YAMLSyntaxError) in lines = try self.r.nonEmpty(self.r.choices("lines_of_business")) },
        ]) else { return nil }
        return { date in
            guard let id, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return EDIPayerID(id: id, linesOfBusiness: lines, provenance: provenance, notes: facts.notes)
        }
    }

    private func readProgram(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Pending<Program>)? {
        var id: Located<String>?
        var name: String?
        guard let (location, facts, _) = try entry(what, required: ["id", "name"], [
            "id": { () throws(YAMLSyntaxError) in id = try self.r.identifier("id") },
            "name": { () throws(YAMLSyntaxError) in name = try self.r.text("name") },
        ]), let id else { return nil }
        return (id, { date in
            guard let name, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Program(id: id.value, name: name, provenance: provenance, notes: facts.notes)
        })
    }

    private func readVendor(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Pending<Vendor>)? {
        var id: Located<String>?
        var name: String?
        var programs: [String] = []
        var url: String?
        guard let (location, facts, _) = try entry(what, required: ["id", "name"], [
            "id": { () throws(YAMLSyntaxError) in id = try self.r.identifier("id") },
            "name": { () throws(YAMLSyntaxError) in name = try self.r.text("name") },
            "programs": { () throws(YAMLSyntaxError) in programs = try self.r.values("programs") { () throws(YAMLSyntaxError) in try self.r.text("a program") } },
            "url": { () throws(YAMLSyntaxError) in url = try self.r.url("url")?.value },
        ]), let id else { return nil }
        return (id, { date in
            guard let name, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Vendor(id: id.value, name: name, programs: programs, url: url, provenance: provenance, notes: facts.notes)
        })
    }

    private func readContact(_ what: String) throws(YAMLSyntaxError) -> Pending<Contact>? {
        var purpose: ContactPurpose?
        var name: String?
        var vendor: String?
        var phone: String?
        var fax: String?
        var hours: String?
        var lines: Set<LineOfBusiness>?
        var states: Set<String>?
        guard let (location, facts, keys) = try entry(what, required: ["purpose"], [
            "purpose": { () throws(YAMLSyntaxError) in purpose = try self.r.choice("contact purpose") },
            "name": { () throws(YAMLSyntaxError) in name = try self.r.text("name") },
            "vendor": { () throws(YAMLSyntaxError) in vendor = try self.vendorReference() },
            "phone": { () throws(YAMLSyntaxError) in phone = try self.r.phone("phone") },
            "fax": { () throws(YAMLSyntaxError) in fax = try self.r.phone("fax") },
            "hours": { () throws(YAMLSyntaxError) in hours = try self.r.text("hours") },
            "lines_of_business": { () throws(YAMLSyntaxError) in lines = try self.r.nonEmpty(self.r.choices("lines_of_business")) },
            "states": { () throws(YAMLSyntaxError) in states = try self.r.nonEmpty(self.r.states("states")) },
        ]) else { return nil }
        if keys.isDisjoint(with: ["phone", "fax"]) {
            r.error(at: location, "a contact needs a phone or a fax")
        }
        return { date in
            guard let purpose, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Contact(
                purpose: purpose, name: name, vendorID: vendor, phone: phone, fax: fax, hours: hours,
                linesOfBusiness: lines, states: states, provenance: provenance, notes: facts.notes)
        }
    }

    private func readPortal(_ what: String) throws(YAMLSyntaxError) -> Pending<Portal>? {
        var name: String?
        var url: String?
        var uses: Set<PortalUse> = []
        guard let (location, facts, _) = try entry(what, required: ["name", "url", "uses"], [
            "name": { () throws(YAMLSyntaxError) in name = try self.r.text("name") },
            "url": { () throws(YAMLSyntaxError) in url = try self.r.url("url")?.value },
            "uses": { () throws(YAMLSyntaxError) in uses = try self.r.choices("portal use") },
        ]) else { return nil }
        return { date in
            guard let name, let url, !uses.isEmpty, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Portal(name: name, url: url, uses: uses, provenance: provenance, notes: facts.notes)
        }
    }

    private func readRule(_ what: String) throws(YAMLSyntaxError) -> Pending<PriorAuthorizationRule>? {
        let scope = ScopeKeys()
        var category: String?
        var codes: [CodeRange] = []
        var requirement: Located<Requirement>?
        var condition: Located<String>?
        var billedWith: [CodeRange] = []
        var vendor: String?
        var howToSubmit: String?
        var documentation: [String] = []
        var validFor: TimeLimit?
        guard let (location, facts, _) = try entry(what, required: ["category", "codes", "requirement"], scope: scope, [
            "category": { () throws(YAMLSyntaxError) in category = try self.r.text("category") },
            "codes": { () throws(YAMLSyntaxError) in codes = try self.r.codeRanges("codes") },
            "requirement": { () throws(YAMLSyntaxError) in
                requirement = try self.r.scalar("requirement") { text in
                    Requirement(rawValue: text).map { .success($0) }
                        ?? .failure(ScalarError("'\(text)' is not a valid requirement; expected one of: required, not-required, conditional"))
                }
            },
            "condition": { () throws(YAMLSyntaxError) in condition = try self.r.scalar("condition") { .success($0) } },
            "billed_with": { () throws(YAMLSyntaxError) in billedWith = try self.r.codeRanges("billed_with") },
            "vendor": { () throws(YAMLSyntaxError) in vendor = try self.vendorReference() },
            "how_to_submit": { () throws(YAMLSyntaxError) in howToSubmit = try self.r.text("how_to_submit") },
            "documentation": { () throws(YAMLSyntaxError) in
                documentation = try self.r.values("documentation") { () throws(YAMLSyntaxError) in try self.r.text("a documentation item") }
            },
            "decision_valid_for": { () throws(YAMLSyntaxError) in validFor = try self.r.timeLimit("decision_valid_for") },
        ]) else { return nil }
        if let requirement {
            if requirement.value == .conditional, condition == nil, billedWith.isEmpty {
                r.error(at: requirement.location, "a conditional rule must state its 'condition' (or 'billed_with')")
            }
            if requirement.value != .conditional, let condition {
                r.error(at: condition.location, "'condition' goes with requirement: conditional, not \(requirement.value.rawValue)")
            }
        }
        return { date in
            guard let category, !codes.isEmpty, let requirement, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return PriorAuthorizationRule(
                category: category, codes: codes, requirement: requirement.value, condition: condition?.value,
                billedWith: billedWith, vendorID: vendor, howToSubmit: howToSubmit, documentation: documentation,
                decisionValidFor: validFor, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readUnlisted(_ what: String) throws(YAMLSyntaxError) -> Pending<UnlistedCodePolicy>? {
        let scope = ScopeKeys()
        var meaning: UnlistedCodePolicy.Meaning?
        guard let (location, facts, _) = try entry(what, required: ["meaning"], scope: scope, [
            "meaning": { () throws(YAMLSyntaxError) in meaning = try self.r.choice("meaning") },
        ]) else { return nil }
        return { date in
            guard let meaning, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return UnlistedCodePolicy(meaning: meaning, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readRetro(_ what: String) throws(YAMLSyntaxError) -> Pending<RetroAuthorizationPolicy>? {
        let scope = ScopeKeys()
        var accepted: Bool?
        var window: TimeLimit?
        var anchor: RetroAuthorizationPolicy.Anchor?
        var conditions: [String] = []
        var afterWindow: RetroAuthorizationPolicy.AfterWindow?
        var decisionTime: TimeLimit?
        var policy: String?
        guard let (location, facts, keys) = try entry(what, required: ["accepted", "policy"], scope: scope, [
            "accepted": { () throws(YAMLSyntaxError) in accepted = try self.r.bool("accepted") },
            "window": { () throws(YAMLSyntaxError) in window = try self.r.timeLimit("window", units: [.calendarDays, .businessDays]) },
            "anchor": { () throws(YAMLSyntaxError) in anchor = try self.r.choice("anchor") },
            "conditions": { () throws(YAMLSyntaxError) in
                conditions = try self.r.values("conditions") { () throws(YAMLSyntaxError) in try self.r.text("a condition") }
            },
            "after_window": { () throws(YAMLSyntaxError) in afterWindow = try self.r.choice("after_window") },
            "decision_time": { () throws(YAMLSyntaxError) in decisionTime = try self.r.timeLimit("decision_time") },
            "policy": { () throws(YAMLSyntaxError) in policy = try self.r.text("policy") },
        ]) else { return nil }
        if accepted == false, !keys.isDisjoint(with: ["window", "anchor", "after_window"]) {
            r.error(at: location, "a policy with accepted: false cannot have a window, anchor or after_window")
        }
        if keys.contains("window") != keys.contains("anchor") {
            r.error(at: location, "'window' and 'anchor' go together: a window is counted from an anchor date")
        }
        return { date in
            guard let accepted, let policy, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return RetroAuthorizationPolicy(
                accepted: accepted, window: window, anchor: anchor, conditions: conditions, afterWindow: afterWindow,
                decisionTime: decisionTime, policy: policy, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readTimeframe(_ what: String) throws(YAMLSyntaxError) -> Pending<DecisionTimeframe>? {
        let scope = ScopeKeys()
        var standard: TimeLimit?
        var expedited: TimeLimit?
        guard let (location, facts, keys) = try entry(what, required: [], scope: scope, [
            "standard": { () throws(YAMLSyntaxError) in standard = try self.r.timeLimit("standard") },
            "expedited": { () throws(YAMLSyntaxError) in expedited = try self.r.timeLimit("expedited") },
        ]) else { return nil }
        if keys.isDisjoint(with: ["standard", "expedited"]) {
            r.error(at: location, "a decision timeframe needs 'standard' or 'expedited'")
        }
        return { date in
            guard let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return DecisionTimeframe(standard: standard, expedited: expedited, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readTimelyFiling(_ what: String) throws(YAMLSyntaxError) -> Pending<TimelyFilingLimit>? {
        let scope = ScopeKeys()
        var limit: TimeLimit?
        var network: TimelyFilingLimit.Network?
        guard let (location, facts, _) = try entry(what, required: ["limit"], scope: scope, [
            "limit": { () throws(YAMLSyntaxError) in limit = try self.r.timeLimit("limit") },
            "network": { () throws(YAMLSyntaxError) in network = try self.r.choice("network") },
        ]) else { return nil }
        return { date in
            guard let limit, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return TimelyFilingLimit(limit: limit, network: network, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }
}
