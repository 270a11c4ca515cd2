import PayerKit

import Foundation

/// The review checks for one payer present before and after a change (see ``RuleSetReview``).
struct PayerReview {
    let old: Payer
    let new: Payer
    let asOf: CalendarDate
    /// The new file's `corrections` entries, and notes that record a correction with its evidence (schema 1).
    let corrections: [String]
    /// The codes the new file's `corrections` entries name.
    let correctedCodes: CodeSet

    init(old: Payer, new: Payer, asOf: CalendarDate) {
        self.old = old
        self.new = new
        self.asOf = asOf
        let notes = [new.notes] + new.rules.map(\.notes) + Self.entries(new).map(\.notes)
        corrections = new.corrections.map { [$0.subject, $0.note].compactMap { $0 }.joined(separator: " ") }
            + notes.compactMap { $0 }.filter { $0.range(of: "correction", options: .caseInsensitive) != nil && $0.contains("https://") }
        correctedCodes = CodeSet(new.corrections.flatMap(\.codes))
    }

    typealias Finding = RuleSetReview.Finding

    // MARK: History

    /// Rules' codes and dated entries that no longer say what they said for their dates, and undated entries removed.
    func historyLost() -> [Finding] {
        var findings: [Finding] = []
        let corrected = correctedCodes.union(CodeSet(corrections.flatMap { CodeListText($0).occurrences.compactMap(\.range) }))
        let newRules = new.rules.map { (identity: Self.identity($0), codes: CodeSet($0.codes)) }
        for rule in old.rules where !startsLater(rule.scope) {
            let identity = Self.identity(rule)
            let kept = newRules.filter { $0.identity == identity }.reduce(CodeSet(intervals: [])) { $0.union($1.codes) }
            let lost = CodeSet(rule.codes).subtracting(kept).subtracting(corrected)
            guard !lost.isEmpty else { continue }
            let codes = lost.ranges.map(\.description).joined(separator: ", ")
            let location = new.rules.first { $0.category == rule.category }?.provenance.location ?? fileStart
            findings.append(Finding(.historyLost, at: location,
                "\(codes) (\(rule.category); \(FactSummary.rule(rule))) was at line \(rule.provenance.location.line) before and no rule keeps it for those dates; "
                    + "end the rule with effective_until instead of deleting or changing it (a correction goes in a note with its source)"))
        }
        let newEntries = Self.entries(new)
        let newIdentities = Set(newEntries.map(\.identity))
        for entry in Self.entries(old) where !newIdentities.contains(entry.identity) {
            if let scope = entry.scope, startsLater(scope) { continue }
            if isCorrected(entry.words) { continue }
            let location = newEntries.first { $0.section == entry.section }?.provenance.location ?? fileStart
            let advice = entry.scope == nil
                ? "it was removed outright; keep it while it is in use, or record why it went in a note ('Correction: …' with the source)"
                : "end it with effective_until and add the new entry from that date instead of deleting or changing it (a correction goes in a note with its source)"
            findings.append(Finding(.historyLost, at: location,
                "the \(entry.section) entry '\(entry.label)' was at line \(entry.provenance.location.line) before and is gone; \(advice)"))
        }
        return findings
    }

    private func startsLater(_ scope: Scope) -> Bool {
        scope.effectiveFrom.map { $0 > asOf } ?? false
    }

    private func isCorrected(_ words: [String]) -> Bool {
        corrections.contains { note in words.contains { note.range(of: $0, options: .caseInsensitive) != nil } }
    }

    /// What a rule answers, without its end date or label: an ended rule still says the same for its dates.
    static func identity(_ rule: PriorAuthorizationRule) -> String {
        var scope = rule.scope
        scope.effectiveUntil = nil
        let pairing = rule.billedWith.map(\.description).joined(separator: ",")
        return [rule.requirement.rawValue, rule.condition ?? "", pairing, rule.vendorID ?? "", FactSummary.scope(scope)].joined(separator: "|")
    }

    // MARK: Verification

    /// Entries added or changed whose verified date did not move forward.
    func unverifiedChanges() -> [Finding] {
        var findings: [Finding] = []
        let oldEntries = Self.unique(Self.entries(old) + Self.payerFacts(old))
        for entry in Self.unique(Self.entries(new) + Self.payerFacts(new)).values {
            let before = oldEntries[entry.pairKey]
            guard before?.text != entry.text else { continue }
            let floor = before?.provenance.lastVerified ?? old.lastVerified
            // Verified on the review day counts as verified, even when the file already had that date.
            guard entry.provenance.lastVerified <= floor, entry.provenance.lastVerified < asOf else { continue }
            let what = before.map { "'\(entry.key)' changed from '\($0.text)' to '\(entry.text)'" } ?? "'\(entry.label)' was added"
            findings.append(Finding(.unverifiedChange, at: entry.provenance.location,
                "the \(entry.section) entry \(what) but its last_verified (\(entry.provenance.lastVerified)) did not move past \(floor); re-check its source and update last_verified"))
        }
        // Rules, code by code, as the diff compares them.
        var byRule: [SourceLocation: (codes: [String], verified: CalendarDate, floor: CalendarDate)] = [:]
        for change in RuleSetDiff.codeChanges(from: old, to: new) where change.after != nil {
            guard let code = try? ProcedureCode(String(change.subject.prefix(5))) else { continue }
            let now = new.rules.filter { rule in rule.codes.contains { $0.contains(code) } }
            let then = old.rules.filter { rule in rule.codes.contains { $0.contains(code) } }
            guard let newest = now.max(by: { $0.provenance.lastVerified < $1.provenance.lastVerified }) else { continue }
            let floor = then.map(\.provenance.lastVerified).max() ?? old.lastVerified
            guard newest.provenance.lastVerified <= floor, newest.provenance.lastVerified < asOf else { continue }
            byRule[newest.provenance.location, default: ([], newest.provenance.lastVerified, floor)].codes.append(change.subject)
        }
        for (location, change) in byRule {
            findings.append(Finding(.unverifiedChange, at: location,
                "prior authorization for \(change.codes.joined(separator: ", ")) changed but the rule's last_verified (\(change.verified)) did not move past \(change.floor); re-check its source and update last_verified"))
        }
        return findings
    }

    // MARK: Sources

    /// Entries whose source moved to another host while their notes stayed the same.
    func sourceHostChanges() -> [Finding] {
        var findings: [Finding] = []
        func check(_ before: Provenance, _ beforeNotes: String?, _ after: Provenance, _ afterNotes: String?, _ what: String) {
            guard let was = Self.host(before.sourceURL), let now = Self.host(after.sourceURL), was != now, beforeNotes == afterNotes else { return }
            findings.append(Finding(.sourceHostChanged, at: after.location,
                "the source of \(what) moved from \(was) to \(now) without a note; say in its notes why (the payer's new site, a secondary page)"))
        }
        let oldEntries = Self.unique(Self.entries(old))
        for entry in Self.unique(Self.entries(new)).values {
            if let before = oldEntries[entry.pairKey] { check(before.provenance, before.notes, entry.provenance, entry.notes, "the \(entry.section) entry '\(entry.label)'") }
        }
        for rule in new.rules {
            let codes = CodeSet(rule.codes)
            let counterpart = old.rules.first { $0.category == rule.category && !CodeSet($0.codes).intersection(codes).isEmpty }
            if let counterpart { check(counterpart.provenance, counterpart.notes, rule.provenance, rule.notes, "the rule '\(rule.category)'") }
        }
        return findings
    }

    static func host(_ url: String) -> String? {
        guard var host = URL(string: url)?.host?.lowercased() else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    // MARK: Entries

    private var fileStart: SourceLocation { SourceLocation(file: new.file, line: 1, column: 1) }

    /// One entry of a section other than prior_authorization, with what the checks compare.
    struct Entry {
        let section: String
        /// Pairs the entry with its counterpart (FactSummary's key).
        let key: String
        /// Its facts in words.
        let text: String
        /// What it answers on its dates: the section, its facts and its scope without the end date.
        let identity: String
        let provenance: Provenance
        let notes: String?
        let scope: Scope?
        /// Words a correction note names it by.
        let words: [String]

        var label: String { text.isEmpty ? key : "\(key): \(text)" }
        /// The section and key, which pair an entry with its counterpart on the other side.
        var pairKey: String { section + "|" + key }
    }

    /// The entries of every section FactSummary compares but `payer`, in its order.
    static func entries(_ payer: Payer) -> [Entry] {
        typealias Detail = (provenance: Provenance, notes: String?, scope: Scope?, words: [String])
        let details: [String: [Detail]] = [
            "claim payer ids": payer.ediPayerIDs.map { ($0.provenance, $0.notes, nil, [$0.id, "payer id"]) },
            "programs": payer.programs.map { ($0.provenance, $0.notes, nil, [$0.id, $0.name, "program"]) },
            "vendors": payer.vendors.map { ($0.provenance, $0.notes, nil, [$0.id, $0.name, "vendor"]) },
            "contacts": payer.contacts.map { ($0.provenance, $0.notes, nil, [$0.phone, $0.fax].compactMap { $0 }) },
            "portals": payer.portals.map { ($0.provenance, $0.notes, nil, [$0.name, $0.url, "portal"]) },
            "unlisted codes": payer.unlistedCodePolicies.map { ($0.provenance, $0.notes, $0.scope, ["unlisted"]) },
            "retro authorization": payer.retroPolicies.map { ($0.provenance, $0.notes, $0.scope, ["retro"]) },
            "decision timeframes": payer.decisionTimeframes.map { ($0.provenance, $0.notes, $0.scope, ["timeframe"]) },
            "timely filing": payer.timelyFilingLimits.map { ($0.provenance, $0.notes, $0.scope, ["timely filing"]) },
        ]
        return FactSummary.sections.flatMap { section -> [Entry] in
            guard let sectionDetails = details[section.name] else { return [] }
            let summaries = section.summaries(payer)
            guard summaries.count == sectionDetails.count else { return [] }
            return zip(summaries, sectionDetails).map { summary, detail in
                // A dated entry keeps its history while its facts stand for its dates, whatever its end date; an
                // undated one while it is there. The key of a dated entry holds its scope, the end date last.
                let identity = detail.scope.map { [section.name, summary.text, Self.withoutEnd(summary.key, $0)].joined(separator: "|") }
                    ?? section.name + "|" + summary.key
                return Entry(section: section.name, key: summary.key, text: summary.text, identity: identity,
                    provenance: detail.provenance, notes: detail.notes, scope: detail.scope, words: detail.words)
            }
        }
    }

    /// A dated entry's key without its `until DATE` (FactSummary writes "…; effective A until B" or "until B").
    static func withoutEnd(_ key: String, _ scope: Scope) -> String {
        guard let until = scope.effectiveUntil else { return key }
        let parts = key.components(separatedBy: "; ").compactMap { part -> String? in
            if part == "until \(until)" { return nil }
            return part.hasSuffix(" until \(until)") ? String(part.dropLast(" until \(until)".count)) : part
        }
        return parts.joined(separator: "; ")
    }

    /// The file's own facts (name, aliases, lines of business, states), dated by the file's last_verified.
    static func payerFacts(_ payer: Payer) -> [Entry] {
        guard let section = FactSummary.sections.first(where: { $0.name == "payer" }) else { return [] }
        let provenance = Provenance(location: SourceLocation(file: payer.file, line: 1, column: 1), sourceURL: payer.sources.first ?? "", isSecondarySource: false, lastVerified: payer.lastVerified)
        return section.summaries(payer).filter { $0.key != "last verified" }.map {
            Entry(section: "payer", key: $0.key, text: $0.text, identity: $0.key + "|" + $0.text, provenance: provenance, notes: nil, scope: nil, words: [])
        }
    }

    /// Entries by section and key, leaving out keys several entries share (they cannot be paired).
    static func unique(_ entries: [Entry]) -> [String: Entry] {
        let grouped = Dictionary(grouping: entries, by: \.pairKey)
        return grouped.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }
}
