import PayerKit

import Foundation

/// A payer's newly published list compared with the codes its rules require: what the list adds, what it drops and
/// the YAML that records the change without losing history.
///
/// The rules compared are those that require authorization (`requirement: required` or `conditional`), are
/// effective on ``Criteria/date`` and whose scope admits the criteria's line of business, state and setting (a
/// criterion left out admits every rule), optionally only rules whose category contains ``Criteria/category``.
public struct CodeListComparison: Sendable, Codable, Hashable {
    /// Which of the payer's rules the list is compared with.
    public struct Criteria: Sendable, Hashable {
        /// The date the new list takes effect; rules effective on it are compared, and the YAML starts and ends
        /// rules on it.
        public var date: CalendarDate
        /// Only rules for this line of business (and rules for every line).
        public var lineOfBusiness: LineOfBusiness?
        /// Only rules for this state (and rules for every state); a USPS code.
        public var state: String?
        /// Only rules for this setting (and rules for every setting).
        public var setting: CareSetting?
        /// Only rules whose category contains this text, ignoring case.
        public var category: String?

        /// Creates criteria; everything but the date defaults to "any".
        public init(date: CalendarDate, lineOfBusiness: LineOfBusiness? = nil, state: String? = nil, setting: CareSetting? = nil, category: String? = nil) {
            self.date = date
            self.lineOfBusiness = lineOfBusiness
            self.state = state?.uppercased()
            self.setting = setting
            self.category = category
        }
    }

    /// Why a list could not be compared.
    public enum Error: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// The text holds no CPT or HCPCS code (`ignored` tokens were read and refused). Comparing it would report
        /// every code as removed, so nothing is compared.
        case noCodes(ignored: Int)
        /// The payer does not serve the line of business asked about.
        case lineOfBusinessNotServed(String, served: [String])
        /// The state is not a USPS code.
        case unknownState(String)
        /// The payer's service area does not include the state.
        case stateNotServed(String, served: [String])
        /// No rule's category contains the text given; the payer's categories are listed.
        case noCategoryMatch(String, categories: [String])

        /// One sentence saying what is wrong and what to do.
        public var description: String {
            switch self {
            case .noCodes(let ignored):
                "the text has no CPT or HCPCS code" + (ignored == 0 ? "" : ignored == 1 ? " (1 number was read and is not a code)" : " (\(ignored) numbers were read and are not codes)")
                    + "; nothing was compared. Check the file is the code list (pdftotext the PDF first)"
            case .lineOfBusinessNotServed(let line, let served):
                "the payer has no \(line) line of business; it serves \(served.joined(separator: ", "))"
            case .unknownState(let state):
                "'\(state)' is not a two-letter USPS state code (e.g. TX, DC, PR)"
            case .stateNotServed(let state, let served):
                "the payer does not serve \(state); its states are \(served.joined(separator: ", "))"
            case .noCategoryMatch(let text, let categories):
                "no rule's category contains '\(text)'; the categories are: \(categories.joined(separator: "; "))"
            }
        }
    }

    /// A rule of the payer file, as a maintainer finds it.
    public struct RuleReference: Sendable, Codable, Hashable, CustomStringConvertible {
        /// The rule file.
        public let file: String
        /// The 1-based line of the rule's entry.
        public let line: Int
        /// The 1-based column of the entry's first key.
        public let column: Int
        /// The rule's category label.
        public let category: String
        /// The rule's codes as listed.
        public let codes: [String]
        /// `required`, `conditional` or `not-required`.
        public let requirement: String
        /// The rule's effective_from, `YYYY-MM-DD`.
        public let effectiveFrom: String?
        /// The rule's effective_until, `YYYY-MM-DD`.
        public let effectiveUntil: String?

        init(_ rule: PriorAuthorizationRule) {
            let location = rule.provenance.location
            (file, line, column) = (location.file, location.line, location.column)
            (category, codes, requirement) = (rule.category, rule.codes.map(\.description), rule.requirement.rawValue)
            (effectiveFrom, effectiveUntil) = (rule.scope.effectiveFrom?.description, rule.scope.effectiveUntil?.description)
        }

        /// `PayerRules/acme.yaml:30`, the form terminals make clickable.
        public var description: String { "\(file):\(line)" }
    }

    /// Codes the rules require and the list no longer has, with the rules that list them.
    public struct Removal: Sendable, Codable, Hashable {
        /// A code or range: `70553`, `27130-27134`.
        public let codes: String
        /// The rules listing every code of it.
        public let rules: [RuleReference]
    }

    /// A change to an existing rule so its history is kept: it ends on the list's date instead of losing codes.
    public struct RuleEdit: Sendable, Codable, Hashable {
        /// What to do to the rule.
        public enum Action: String, Sendable, Codable, Hashable {
            /// Add (or change) `effective_until` to the list's date.
            case end
            /// The rule starts on the list's date, so it has no past to keep: delete the codes from its `codes`.
            case removeCodes = "remove-codes"
        }

        /// Why the rule changes.
        public enum Why: String, Sendable, Codable, Hashable {
            /// The new list no longer has some of its codes.
            case leftTheList = "left-the-list"
            /// The rule says not-required for codes the new list requires.
            case nowOnTheList = "now-on-the-list"
        }

        /// The rule.
        public let rule: RuleReference
        /// End it, or remove codes from it.
        public let action: Action
        /// Why.
        public let why: Why
        /// The codes that change, as compact ranges.
        public let codes: [String]
        /// The rule's other codes, which a new entry (in ``CodeListComparison/newEntries``) continues from the date
        /// when the rule ends.
        public let keptCodes: [String]
    }

    /// The payer's id.
    public let payerID: String
    /// The payer's name.
    public let payerName: String
    /// The payer's rule file.
    public let file: String
    /// The date compared, `YYYY-MM-DD`.
    public let date: String
    /// The line of business compared, if one was given.
    public let lineOfBusiness: String?
    /// The state compared, if one was given.
    public let state: String?
    /// The setting compared, if one was given.
    public let setting: String?
    /// The category filter, if one was given.
    public let category: String?
    /// The rules compared: requiring authorization, effective on the date, in scope.
    public let rules: [RuleReference]
    /// Distinct codes on the list.
    public let listedCount: Int
    /// Codes on the list the rules do not require.
    public let addedCount: Int
    /// Codes the rules require that the list does not have.
    public let removedCount: Int
    /// Codes on both.
    public let unchangedCount: Int
    /// The added codes as compact ranges.
    public let added: [String]
    /// The removed codes as compact ranges, each with the rules listing it.
    public let removed: [Removal]
    /// Edits to existing rules: ending those whose codes left the list, and not-required rules for codes that are
    /// now on it.
    public let edits: [RuleEdit]
    /// YAML entries to paste under `prior_authorization:`: the added codes (with a category placeholder and
    /// `source: REPLACE-WITH-SOURCE-URL`, which lint refuses until it is a real address) and the continuations of
    /// rules that end with codes still listed.
    public let newEntries: String
    /// The whole fragment: the edits as comments naming `file:line`, then ``newEntries``.
    public let yamlFragment: String
    /// What was read from the list.
    public let text: CodeListText

    /// Whether the list and the rules disagree.
    public var hasChanges: Bool { addedCount > 0 || removedCount > 0 }

    /// Whether the list shares no code with rules that require some: most likely another category's list or the
    /// wrong scope, in which case the proposed removals are wrong too.
    public var sharesNoCode: Bool { unchangedCount == 0 && removedCount > 0 }

    /// Compares a list with a payer's rules.
    public init(payer: Payer, text: CodeListText, criteria: Criteria) throws(Error) {
        guard !text.occurrences.isEmpty else { throw .noCodes(ignored: text.ignored.count) }
        if let line = criteria.lineOfBusiness, !payer.linesOfBusiness.contains(line) {
            throw .lineOfBusinessNotServed(line.rawValue, served: payer.linesOfBusiness.map(\.rawValue).sorted())
        }
        if let state = criteria.state {
            guard USState.codes.contains(state) else { throw .unknownState(state) }
            if let states = payer.states, !states.contains(state) { throw .stateNotServed(state, served: states.sorted()) }
        }
        if let category = criteria.category, !payer.rules.contains(where: { $0.category.localizedCaseInsensitiveContains(category) }) {
            throw .noCategoryMatch(category, categories: payer.rules.map(\.category).distinctInOrder())
        }

        func admits(_ scope: Scope) -> Bool {
            scope.isEffective(on: criteria.date)
                && (criteria.lineOfBusiness.map { scope.linesOfBusiness?.contains($0) ?? true } ?? true)
                && (criteria.state.map { scope.states?.contains($0) ?? true } ?? true)
                && (criteria.setting.map { scope.settings?.contains($0) ?? true } ?? true)
        }
        let compared = payer.rules.filter { rule in
            rule.requirement != .notRequired && admits(rule.scope)
                && (criteria.category.map { rule.category.localizedCaseInsensitiveContains($0) } ?? true)
        }
        let listed = text.codeSet
        let required = CodeSet(compared.flatMap(\.codes))
        let addedSet = listed.subtracting(required)
        let removedSet = required.subtracting(listed)

        payerID = payer.id
        payerName = payer.name
        file = payer.file
        date = criteria.date.description
        lineOfBusiness = criteria.lineOfBusiness?.rawValue
        state = criteria.state
        setting = criteria.setting?.rawValue
        category = criteria.category
        rules = compared.map(RuleReference.init)
        listedCount = listed.count
        addedCount = addedSet.count
        removedCount = removedSet.count
        unchangedCount = listed.intersection(required).count
        added = addedSet.ranges.map(\.description)
        self.text = text
        removed = Self.removals(removedSet, rules: compared)

        // Rules to end: those losing codes, and not-required rules (of any category) for codes now required.
        var edits: [RuleEdit] = []
        var continuations: [(PriorAuthorizationRule, CodeSet)] = []
        func edit(_ rule: PriorAuthorizationRule, losing codes: CodeSet, why: RuleEdit.Why) {
            let all = CodeSet(rule.codes)
            let kept = all.subtracting(codes)
            let startsToday = rule.scope.effectiveFrom == criteria.date
            edits.append(RuleEdit(
                rule: RuleReference(rule), action: startsToday ? .removeCodes : .end, why: why,
                codes: codes.ranges.map(\.description), keptCodes: startsToday ? [] : kept.ranges.map(\.description)))
            if !startsToday, !kept.isEmpty { continuations.append((rule, kept)) }
        }
        for rule in compared {
            let losing = CodeSet(rule.codes).intersection(removedSet)
            if !losing.isEmpty { edit(rule, losing: losing, why: .leftTheList) }
        }
        for rule in payer.rules where rule.requirement == .notRequired && admits(rule.scope) {
            let contradicted = CodeSet(rule.codes).intersection(addedSet)
            if !contradicted.isEmpty { edit(rule, losing: contradicted, why: .nowOnTheList) }
        }
        self.edits = edits

        let yaml = CodeListYAML(criteria: criteria, payerLines: payer.linesOfBusiness)
        let entries = (addedSet.isEmpty ? [] : [yaml.newEntry(addedSet)]) + continuations.map { yaml.continuation(of: $0.0, codes: $0.1) }
        newEntries = entries.joined()
        yamlFragment = yaml.fragment(
            edits: edits, newEntries: newEntries, payerName: payer.name, file: payer.file, sharesNoCode: unchangedCount == 0 && !removedSet.isEmpty)
    }

    /// The removed codes cut wherever the set of rules listing them changes.
    private static func removals(_ removed: CodeSet, rules: [PriorAuthorizationRule]) -> [Removal] {
        let ranges = rules.map { rule in (rule, CodeSet(rule.codes)) }
        var result: [Removal] = []
        for interval in removed.intervals {
            var cuts = Set([interval.lowerBound, interval.upperBound + 1])
            for (_, set) in ranges {
                for part in set.intervals where part.overlaps(interval) {
                    cuts.insert(max(part.lowerBound, interval.lowerBound))
                    cuts.insert(min(part.upperBound, interval.upperBound) + 1)
                }
            }
            let sorted = cuts.sorted()
            for (lower, next) in zip(sorted, sorted.dropFirst()) {
                let listing = ranges.filter { $0.1.contains(key: lower) }.map { RuleReference($0.0) }
                for range in CodeSet(intervals: [lower...(next - 1)]).ranges {
                    result.append(Removal(codes: range.description, rules: listing))
                }
            }
        }
        return result
    }
}

extension Array where Element: Hashable {
    fileprivate func distinctInOrder() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
