extension AuthorizationAnswer: Encodable {
    /// The answer as a plain value in the JSON shape the README documents; it decodes back from that JSON.
    ///
    /// ```json
    /// {"payer": {"id", "name"}, "code", "modifiers", "dateOfService", "verdict", "crdPaNeeded", "condition",
    ///  "situations": [{"when", "verdict", "crdPaNeeded", "condition", "rules", "unlistedCodes"}],
    ///  "vendors", "contacts", "vendorLines", "portals", "decisionTimeframes", "stale", "staleSources", "ruleSet"}
    /// ```
    public struct Record: Sendable, Hashable, Codable {
        /// The answer in one situation.
        public struct Situation: Sendable, Hashable, Codable {
            /// "in every case", or the situation in words ("when line of business is medicare-advantage").
            public var when: String
            /// The verdict in this situation.
            public var verdict: AuthorizationVerdict
            /// The Da Vinci CRD `pa-needed` code of the verdict.
            public var crdPaNeeded: String
            /// The condition, when the verdict is conditional on something other than scope.
            public var condition: String?
            /// The rules that decided.
            public var rules: [PriorAuthorizationRule]
            /// The unlisted-code policy that decided, when no rule lists the code.
            public var unlistedCodes: UnlistedCodePolicy?
        }

        /// The payer asked about.
        public var payer: PayerReference
        /// The code asked about, without modifiers.
        public var code: ProcedureCode
        /// Modifiers typed with the code (ignored for matching).
        public var modifiers: [String]
        /// The date of service.
        public var dateOfService: CalendarDate
        /// The overall verdict.
        public var verdict: AuthorizationVerdict
        /// The Da Vinci CRD `pa-needed` code: `auth-needed`, `no-auth`, `conditional`, `indeterminate`.
        public var crdPaNeeded: String
        /// What a conditional verdict depends on.
        public var condition: String?
        /// The outcome per situation; one, `when: "in every case"`, unless the answer depends on scope.
        public var situations: [Situation]
        /// Delegated review vendors.
        public var vendors: [Vendor]
        /// Whom to call, most specific first.
        public var contacts: [Contact]
        /// Delegated vendors' lines for the question's scope that no deciding rule names; omitted when none.
        public var vendorLines: [Contact]?
        /// Portals that take prior-authorization requests.
        public var portals: [Portal]
        /// Decision timeframes that apply.
        public var decisionTimeframes: [DecisionTimeframe]
        /// Whether any fact behind the answer is stale.
        public var stale: Bool
        /// The stale facts' provenance.
        public var staleSources: [Provenance]
        /// The rule set that answered.
        public var ruleSet: RuleSetIdentity
    }

    /// The answer as a plain, `Codable` value.
    public var record: Record {
        Record(
            payer: PayerReference(id: payerID, name: payerName), code: code, modifiers: modifiers, dateOfService: dateOfService,
            verdict: verdict, crdPaNeeded: verdict.crdCode, condition: condition,
            situations: outcomes.map { situation, outcome in
                Record.Situation(
                    when: situation.description, verdict: outcome.verdict, crdPaNeeded: outcome.verdict.crdCode,
                    condition: outcome.condition, rules: outcome.rules, unlistedCodes: outcome.unlistedPolicy)
            },
            vendors: vendors, contacts: contacts, vendorLines: vendorLines.isEmpty ? nil : vendorLines, portals: portals, decisionTimeframes: decisionTimeframes,
            stale: isStale, staleSources: staleProvenance, ruleSet: ruleSet)
    }

    /// Encodes ``record``.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
    }
}
