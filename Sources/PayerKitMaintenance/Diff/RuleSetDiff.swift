import PayerKit

/// What changed between two rule sets, in the terms a reviewer checks: codes added to or removed from authorization
/// lists with their dates, requirements that changed, retro windows, phones, portals, vendors.
public struct RuleSetDiff: Sendable, Hashable, Codable {
    /// One change to one fact.
    public struct Change: Sendable, Hashable, Codable {
        /// What happened to the fact.
        public enum Action: String, Sendable, Hashable, Codable {
            case added, removed, changed
        }

        /// The part of the payer file: `payer`, `prior authorization`, `contacts`, `retro authorization`, …
        public let section: String
        /// Added, removed or changed.
        public let action: Action
        /// What the fact is about: codes for authorization rules, otherwise the entry (e.g. a contact's purpose).
        public let subject: String
        /// The fact before; nil when added.
        public let before: String?
        /// The fact after; nil when removed.
        public let after: String?
    }

    /// The changes to one payer that is on both sides.
    public struct PayerChanges: Sendable, Hashable, Codable {
        /// The payer id.
        public let id: String
        /// The payer's name on the new side.
        public let name: String
        /// The changes, by section in file order, then by subject.
        public let changes: [Change]
    }

    /// The old rule set.
    public let old: RuleSetIdentity
    /// The new rule set.
    public let new: RuleSetIdentity
    /// Ids of payers only in the new rule set.
    public let addedPayers: [String]
    /// Ids of payers only in the old rule set.
    public let removedPayers: [String]
    /// Payers on both sides with at least one change, by id.
    public let changedPayers: [PayerChanges]

    /// Whether the two rule sets say the same things (files may still differ in layout, comments or sources).
    public var isEmpty: Bool { addedPayers.isEmpty && removedPayers.isEmpty && changedPayers.isEmpty }

    /// Compares two rule sets.
    public init(from old: PayerKnowledgeBase, to new: PayerKnowledgeBase) {
        self.old = old.identity
        self.new = new.identity
        let oldIDs = Set(old.payers.map(\.id))
        let newIDs = Set(new.payers.map(\.id))
        addedPayers = newIDs.subtracting(oldIDs).sorted()
        removedPayers = oldIDs.subtracting(newIDs).sorted()
        let oldByID = Dictionary(uniqueKeysWithValues: old.payers.map { ($0.id, $0) })
        changedPayers = new.payers.compactMap { payer in
            guard let before = oldByID[payer.id] else { return nil }
            let changes = Self.changes(from: before, to: payer)
            return changes.isEmpty ? nil : PayerChanges(id: payer.id, name: payer.name, changes: changes)
        }
    }

    static func changes(from old: Payer, to new: Payer) -> [Change] {
        var changes = Self.codeChanges(from: old, to: new)
        for section in FactSummary.sections {
            changes += Self.entryChanges(section.name, old: section.summaries(old), new: section.summaries(new))
        }
        return changes
    }

    /// Entries matched by key: only on one side → added or removed; same key, other text → changed.
    static func entryChanges(_ section: String, old: [FactSummary], new: [FactSummary]) -> [Change] {
        let before = Dictionary(old.map { ($0.key, [$0.text]) }, uniquingKeysWith: +)
        let after = Dictionary(new.map { ($0.key, [$0.text]) }, uniquingKeysWith: +)
        return Set(before.keys).union(after.keys).sorted().flatMap { key -> [Change] in
            let was = before[key] ?? []
            let now = after[key] ?? []
            if was.count == 1, now.count == 1 {
                return was == now ? [] : [Change(section: section, action: .changed, subject: key, before: was[0], after: now[0])]
            }
            // Several entries share a key (e.g. two lines for one purpose): list what appeared and what went.
            return was.filter { !now.contains($0) }.map { Change(section: section, action: .removed, subject: key, before: $0, after: nil) }
                + now.filter { !was.contains($0) }.map { Change(section: section, action: .added, subject: key, before: nil, after: $0) }
        }
    }

    /// Authorization rules compared code by code: the key line is cut at every range boundary on either side, and
    /// each piece compares the rule facts covering it; neighbouring pieces with the same change are merged.
    static func codeChanges(from old: Payer, to new: Payer) -> [Change] {
        let boundaries = Set(
            (old.rules + new.rules).flatMap(\.codes).flatMap { [$0.lowerKey, $0.upperKey + 1] }
        ).sorted()
        var pieces: [(lower: Int, upper: Int, removed: [String], added: [String])] = []
        for (start, next) in zip(boundaries, boundaries.dropFirst()) {
            let was = Set(old.ruleIndices(coveringKey: start).map { FactSummary.rule(old.rules[$0]) })
            let now = Set(new.ruleIndices(coveringKey: start).map { FactSummary.rule(new.rules[$0]) })
            guard was != now else { continue }
            let removed = was.subtracting(now).sorted()
            let added = now.subtracting(was).sorted()
            if let last = pieces.last, last.upper + 1 == start, last.removed == removed, last.added == added {
                pieces[pieces.count - 1].upper = next - 1
            } else {
                pieces.append((start, next - 1, removed, added))
            }
        }
        return pieces.map { piece in
            let codes = ProcedureCode.rangeText(piece.lower, piece.upper)
            let before = piece.removed.isEmpty ? nil : piece.removed.joined(separator: " | ")
            let after = piece.added.isEmpty ? nil : piece.added.joined(separator: " | ")
            let action: Change.Action = before == nil ? .added : after == nil ? .removed : .changed
            return Change(section: "prior authorization", action: action, subject: codes, before: before, after: after)
        }
    }
}
