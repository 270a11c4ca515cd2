import PayerKit

import Foundation

/// What a reviewer checks on a change to PayerRules beyond lint: that history is kept, that changed facts were
/// re-verified, that a moved source is explained, and that nothing of the template is left.
///
/// Built from the rules before the change (`base`) and after it (`new`). ``diagnostics`` holds what `payer lint
/// --strict` reports on the new rules (errors, warnings and stale facts), ``diff`` the semantic diff, and
/// ``findings`` the review checks, each at a `file:line:column` of the new rules with one sentence:
///
/// - **history lost**: a rule's codes, or a dated entry (unlisted codes, retro window, decision timeframe, timely
///   filing), that no longer says what it said for its dates — removed or changed in place instead of ended with
///   `effective_until` (and followed by a new entry); a contact, portal, vendor, program or claim payer id removed
///   outright; a payer file removed. Entries that had not started by the review date have no history yet. A
///   removal recorded as a correction passes: a note (the payer's or any entry's) containing "correction" and the
///   evidence's `https://` address, naming the codes, the phone or fax number, or the section it corrects.
/// - **unverified change**: an entry added or changed whose `last_verified` (its own, or the file's) did not move
///   past the one it had before (for an added entry, the file's before), unless it is the review date.
/// - **source host changed**: an entry whose source moved to another host while its notes stayed the same.
/// - **template leftover**: `example.com`, `.org` or `.net` hosts, 555-01xx numbers, "Example" names, the template's
///   own id `payer-id`, its `TEMPLATE:` comment, and compare-codes' `REPLACE-WITH-` placeholders.
public struct RuleSetReview: Sendable {
    /// One review finding.
    public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
        /// What the finding is about.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// History removed or rewritten instead of ended with `effective_until`.
            case historyLost = "history-lost"
            /// A fact changed without its verified date moving forward.
            case unverifiedChange = "unverified-change"
            /// A source moved to another host without a note.
            case sourceHostChanged = "source-host-changed"
            /// Something of the template (or a compare-codes placeholder) is left.
            case templateLeftover = "template-leftover"
        }

        /// What the finding is about.
        public let kind: Kind
        /// The file in the new rules.
        public let file: String
        /// The 1-based line.
        public let line: Int
        /// The 1-based column.
        public let column: Int
        /// One sentence: what is wrong and what to do.
        public let message: String

        init(_ kind: Kind, at location: SourceLocation, _ message: String) {
            self.kind = kind
            (file, line, column) = (location.file, location.line, location.column)
            self.message = message
        }

        /// `file:line:column: history-lost: message`.
        public var description: String { "\(file):\(line):\(column): \(kind.rawValue): \(message)" }
    }

    /// What `payer lint --strict` reports on the new rules, stale facts included, sorted by location (template
    /// leftovers, which lint reports too, are in ``findings`` instead).
    public let diagnostics: [Diagnostic]
    /// The semantic diff from the base.
    public let diff: RuleSetDiff
    /// The review findings, sorted by location.
    public let findings: [Finding]

    /// Whether the change passes: no lint error or warning and no finding.
    public var isClean: Bool { diagnostics.isEmpty && findings.isEmpty }

    /// Reviews the change from `base` to `new` on `date` (entries starting after it have no history yet).
    ///
    /// - Parameter staleAfter: facts last verified more than this many days before `date` are lint warnings.
    public init(base: PayerKnowledgeBase, new: PayerKnowledgeBase, asOf date: CalendarDate, staleAfter: Int = 180) {
        var diagnostics = new.diagnostics + new.payers.flatMap { $0.stalenessWarnings(asOf: date, maximumAgeInDays: staleAfter) }
        diff = RuleSetDiff(from: base, to: new)
        var findings: [Finding] = []
        let newByID = Dictionary(uniqueKeysWithValues: new.payers.map { ($0.id, $0) })
        let directory = new.files.first.map { ($0 as NSString).deletingLastPathComponent } ?? "."
        let skipped = Set(new.skippedFiles.map { ($0 as NSString).lastPathComponent })
        for old in base.payers {
            guard let payer = newByID[old.id] else {
                let name = (old.file as NSString).lastPathComponent
                // A file with errors is not loaded; lint reports it, and it is not gone.
                if !skipped.contains(name) {
                    findings.append(Finding(.historyLost, at: SourceLocation(file: (directory as NSString).appendingPathComponent(name), line: 1, column: 1),
                        "the payer file '\(name)' (\(old.name)) was removed; end its entries with effective_until instead, so past dates of service keep their answers"))
                }
                continue
            }
            let review = PayerReview(old: old, new: payer, asOf: date)
            findings += review.historyLost() + review.unverifiedChanges() + review.sourceHostChanges()
        }
        for file in new.files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            // Lint reports template leftovers as errors too; here they are findings, so they are listed once.
            findings += TemplateLeftovers.findings(in: text, file: file)
            diagnostics += RuleFileLint.numberDiagnostics(in: text, file: file)
        }
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
        self.findings = findings.sorted { ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message) }
    }
}

extension RuleSetReview: Encodable {
    private enum CodingKeys: String, CodingKey { case clean, diagnostics, diff, findings }
    private struct LintItem: Encodable { let file: String, line: Int, column: Int, severity: String, message: String }

    /// `{clean, diagnostics: [{file, line, column, severity, message}], diff, findings: [{kind, file, line, column, message}]}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isClean, forKey: .clean)
        try container.encode(diagnostics.map { LintItem(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message) }, forKey: .diagnostics)
        try container.encode(diff, forKey: .diff)
        try container.encode(findings, forKey: .findings)
    }
}
