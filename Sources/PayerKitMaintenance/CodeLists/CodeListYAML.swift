import PayerKit

/// The YAML a ``CodeListComparison`` proposes, written the way PayerRules files are: two-space indentation, entries
/// under `prior_authorization:`, codes as a flow list of quoted strings.
struct CodeListYAML {
    let criteria: CodeListComparison.Criteria
    let payerLines: Set<LineOfBusiness>

    /// What lint refuses until a maintainer replaces it: not a web address.
    static let sourcePlaceholder = "REPLACE-WITH-SOURCE-URL"
    /// What a maintainer replaces with the payer's own label (review reports it if left).
    static let categoryPlaceholder = "REPLACE-WITH-CATEGORY"

    /// The entry for codes the list adds, scoped by the criteria and starting on the list's date.
    func newEntry(_ codes: CodeSet) -> String {
        var lines = ["  - category: \(Self.categoryPlaceholder)", "    codes: \(Self.codeList(codes.ranges.map(\.description)))", "    requirement: required"]
        if let line = criteria.lineOfBusiness { lines.append("    lines_of_business: [\(line.rawValue)]") }
        if let state = criteria.state { lines.append("    states: [\(state)]") }
        if let setting = criteria.setting { lines.append("    settings: [\(setting.rawValue)]") }
        lines.append("    effective_from: \(criteria.date)")
        lines.append("    source: \(Self.sourcePlaceholder)")
        var comments: [String] = []
        if criteria.lineOfBusiness == nil, payerLines.count > 1 {
            comments.append("  # No --line-of-business was given: this entry applies to every line of business; add lines_of_business if the list is for some.")
        }
        return (comments + lines).map { $0 + "\n" }.joined()
    }

    /// A rule that ends on the list's date continued from that date with the codes the list still has: the same
    /// category, requirement, conditions, vendor and scope, and the new list as its source.
    func continuation(of rule: PriorAuthorizationRule, codes: CodeSet) -> String {
        let location = rule.provenance.location
        var lines = ["  # Continues \(location.file):\(location.line) with the codes the new list keeps.", "  - category: \(Self.text(rule.category))"]
        if let program = rule.scope.program { lines.append("    program: \(program)") }
        lines.append("    codes: \(Self.codeList(codes.ranges.map(\.description)))")
        lines.append("    requirement: \(rule.requirement.rawValue)")
        if let condition = rule.condition { lines.append("    condition: \(Self.text(condition))") }
        if !rule.billedWith.isEmpty { lines.append("    billed_with: \(Self.codeList(rule.billedWith.map(\.description)))") }
        if let vendor = rule.vendorID { lines.append("    vendor: \(vendor)") }
        if let lines_ = rule.scope.linesOfBusiness { lines.append("    lines_of_business: [\(lines_.map(\.rawValue).sorted().joined(separator: ", "))]") }
        if let states = rule.scope.states { lines.append("    states: [\(states.sorted().joined(separator: ", "))]") }
        if let settings = rule.scope.settings { lines.append("    settings: [\(settings.map(\.rawValue).sorted().joined(separator: ", "))]") }
        lines.append("    effective_from: \(criteria.date)")
        if let until = rule.scope.effectiveUntil { lines.append("    effective_until: \(until)") }
        if let how = rule.howToSubmit { lines.append("    how_to_submit: \(Self.text(how))") }
        if !rule.documentation.isEmpty { lines.append("    documentation: [\(rule.documentation.map(Self.quoted).joined(separator: ", "))]") }
        if let valid = rule.decisionValidFor { lines.append("    decision_valid_for: {length: \(valid.length), unit: \(valid.unit.rawValue)}") }
        lines.append("    source: \(Self.sourcePlaceholder)")
        return lines.map { $0 + "\n" }.joined()
    }

    /// The edits as comments, each naming `file:line`, then the entries.
    func fragment(edits: [CodeListComparison.RuleEdit], newEntries: String, payerName: String, file: String, sharesNoCode: Bool) -> String {
        let scope = [criteria.lineOfBusiness?.rawValue, criteria.state, criteria.setting?.rawValue, criteria.category.map { "category '\($0)'" }].compactMap { $0 }
        var lines = ["# \(payerName) (\(file)): the list of \(criteria.date)" + (scope.isEmpty ? "" : ", \(scope.joined(separator: ", "))")]
        if edits.isEmpty, newEntries.isEmpty {
            lines.append("# No change: the list and the rules agree.")
            return lines.map { $0 + "\n" }.joined()
        }
        if sharesNoCode {
            lines.append("# CAUTION: the list shares no code with the rules compared; check it is the right list, and narrow the scope or --category, before ending any rule.")
        }
        if !edits.isEmpty {
            lines.append("# 1. Edit these rules (never delete one: past dates of service keep their answers):")
            for edit in edits {
                let rule = edit.rule
                let why = edit.why == .leftTheList ? "\(edit.codes.joined(separator: ", ")) left the list" : "\(edit.codes.joined(separator: ", ")) now require authorization"
                let change: String
                switch edit.action {
                case .removeCodes:
                    change = "the rule starts \(criteria.date): delete \(edit.codes.joined(separator: ", ")) from its codes and add a note 'Correction: …' with the list's address"
                case .end where rule.effectiveUntil != nil:
                    change = "change effective_until: \(rule.effectiveUntil!) to effective_until: \(criteria.date)"
                case .end:
                    change = "add effective_until: \(criteria.date)"
                }
                let kept = edit.keptCodes.isEmpty ? "" : "; its other codes continue in the entry below"
                lines.append("#    \(rule.file):\(rule.line): \(change) (\(rule.category); \(why)\(kept))")
            }
        }
        if !newEntries.isEmpty {
            lines.append("# \(edits.isEmpty ? 1 : 2). Paste under prior_authorization:, then replace each REPLACE-WITH- value (lint refuses the source until it is the list's address):")
        }
        return lines.map { $0 + "\n" }.joined() + newEntries
    }

    /// `["27130-27134", "K0856"]`.
    static func codeList(_ codes: [String]) -> String {
        "[" + codes.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    /// Free text as a plain scalar when that reads back the same, otherwise double-quoted.
    static func text(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " ,()/'.&+-".unicodeScalars.contains($0) }
        let safeStart = value.unicodeScalars.first.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false
        return plain && safeStart && !value.hasSuffix(" ") ? value : quoted(value)
    }

    /// A double-quoted YAML scalar (JSON escapes are valid YAML).
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
