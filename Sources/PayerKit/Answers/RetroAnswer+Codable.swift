extension RetroAnswer: Encodable {
    /// The answer as a plain value in the JSON shape the README documents; it decodes back from that JSON.
    ///
    /// ```json
    /// {"payer": {"id", "name"}, "serviceDate", "asOf", "status", "deadline", "daysLeft",
    ///  "situations": [{"when", "status", "deadline", "daysLeft", "policy"}], "contacts", "stale", "staleSources", "ruleSet"}
    /// ```
    public struct Record: Sendable, Hashable, Codable {
        /// The status in one situation.
        public struct Situation: Sendable, Hashable, Codable {
            /// "in every case", or the situation in words.
            public var when: String
            /// ``RetroStatus/code``: `open`, `closed`, `not-accepted`, `accepted-no-window`, `unknown`.
            public var status: String
            /// The last day a request is accepted, when the policy states a window.
            public var deadline: CalendarDate?
            /// Days left until the deadline, while the window is open.
            public var daysLeft: Int?
            /// The policy that decided.
            public var policy: RetroAuthorizationPolicy?
        }

        /// The payer asked about.
        public var payer: PayerReference
        /// The date the window counts from.
        public var serviceDate: CalendarDate
        /// The day the window was judged on.
        public var asOf: CalendarDate
        /// ``RetroStatus/code`` of the overall status (`conditional` when the situations disagree).
        public var status: String
        /// The last day a request is accepted, when one window decides.
        public var deadline: CalendarDate?
        /// Days left until the deadline, while the window is open.
        public var daysLeft: Int?
        /// The status per situation.
        public var situations: [Situation]
        /// Whom to call.
        public var contacts: [Contact]
        /// Whether any fact behind the answer is stale.
        public var stale: Bool
        /// The stale facts' provenance.
        public var staleSources: [Provenance]
        /// The rule set that answered.
        public var ruleSet: RuleSetIdentity
    }

    /// The answer as a plain, `Codable` value.
    public var record: Record {
        let (deadline, daysLeft) = status.deadlineAndDaysLeft
        return Record(
            payer: PayerReference(id: payerID, name: payerName), serviceDate: serviceDate, asOf: asOf, status: status.code,
            deadline: deadline, daysLeft: daysLeft,
            situations: outcomes.map { situation, outcome in
                let (deadline, daysLeft) = outcome.status.deadlineAndDaysLeft
                return Record.Situation(when: situation.description, status: outcome.status.code, deadline: deadline, daysLeft: daysLeft, policy: outcome.policy)
            },
            contacts: contacts, stale: isStale, staleSources: staleProvenance, ruleSet: ruleSet)
    }

    /// Encodes ``record``.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
    }
}
