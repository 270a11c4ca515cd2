/// The filing checklist of one prior-authorization request, as `payer checklist` prints it and payer-server's
/// `/checklist` page shows it: the answer in brief, what the request needs, then what to record. Built by
/// ``Payer/checklist(for:approvedOn:)``; `Codable` in the JSON shape the README documents for `payer checklist --json`.
///
/// ```json
/// {"payer": {"id", "name"}, "code", "dateOfService", "verdict", "crdPaNeeded", "prefilled": [{"label", "value"}],
///  "request": [{"label", "value"}], "record": [{"label", "value"}], "blanks", "authorization", "retro"}
/// ```
public struct RequestChecklist: Sendable, Hashable, Codable {
    /// One line to tick off or read: what, and the value when the rules or the question give it (nil: to fill in).
    public struct Line: Sendable, Hashable, Codable {
        /// "Auth needed?", "Member ID and group number", "Valid to".
        public var label: String
        /// The value, or nil where the desk fills it in.
        public var value: String?

        /// Creates a line.
        public init(label: String, value: String?) {
            self.label = label
            self.value = value
        }
    }

    /// The payer asked about.
    public var payer: PayerReference
    /// The code asked about, without modifiers.
    public var code: String
    /// The date of service.
    public var dateOfService: CalendarDate
    /// ``AuthorizationVerdict`` raw value: `required`, `not-required`, `conditional`, `unknown`.
    public var verdict: String
    /// The Da Vinci CRD `pa-needed` code of the verdict.
    public var crdPaNeeded: String
    /// The answer in brief: the verdict, the rule, whom to submit to, how, whom to call, the portal, the expected
    /// decision, the approval's validity, the retro option if the request is missed, the sources. Every value given.
    public var prefilled: [Line]
    /// What the request needs: the standard request fields, then the documentation the matched rule lists.
    public var request: [Line]
    /// What to record once submitted.
    public var record: [Line]
    /// The labels of `record` still to fill in.
    public var blanks: [String]
    /// The authorization answer the checklist is built on.
    public var authorization: AuthorizationAnswer.Record
    /// The retro-authorization answer as it would stand on the date of service ("if missed").
    public var retro: RetroAnswer.Record

    /// "Prior-authorization checklist: Original Medicare, 64490, date of service 2026-01-10".
    public var title: String {
        "Prior-authorization checklist: \(payer.name), \(code), date of service \(dateOfService)"
    }
}
