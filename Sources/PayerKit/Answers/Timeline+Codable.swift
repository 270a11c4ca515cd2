extension Timeline: Encodable {
    /// The timeline as a plain value in the JSON shape the README documents for `payer timeline --json`; it decodes
    /// back from that JSON. Its contacts have a shape of their own (``Call``), without scope and provenance.
    ///
    /// ```json
    /// {"payer": {"id", "name"}, "code", "dates": {"service", "admission", …}, "asOf",
    ///  "steps": [{"kind", "title", "when", "status", "deadline", "daysLeft", "needsDate", "window", "summary", "notes",
    ///             "contacts", "sources"}], "open", "stale", "staleSources", "ruleSet"}
    /// ```
    public struct Record: Sendable, Hashable, Codable {
        /// A line to call: `{purpose, name, vendor, phone, fax, hours, notes}`.
        public struct Call: Sendable, Hashable, Codable {
            public var purpose: String
            public var name: String?
            public var vendor: String?
            public var phone: String?
            public var fax: String?
            public var hours: String?
            public var notes: String?

            /// The line of `contact`.
            public init(_ contact: Contact) {
                purpose = contact.purpose.rawValue
                name = contact.name
                vendor = contact.vendorID
                phone = contact.phone
                fax = contact.fax
                hours = contact.hours
                notes = contact.notes
            }
        }

        /// One step, as ``TimelineStep`` says it.
        public struct Step: Sendable, Hashable, Codable {
            /// ``TimelineStep/Kind`` raw value.
            public var kind: String
            public var title: String
            public var when: String?
            /// ``TimelineStep/Status/code``.
            public var status: String
            public var deadline: CalendarDate?
            public var daysLeft: Int?
            /// The anchor whose date is missing, for a `needs-date` step.
            public var needsDate: String?
            public var window: String?
            public var summary: String
            public var notes: [String]
            public var contacts: [Call]
            public var sources: [Provenance]

            /// The record of `step`.
            public init(_ step: TimelineStep) {
                kind = step.kind.rawValue
                title = step.title
                when = step.when
                status = step.status.code
                deadline = step.status.deadline
                daysLeft = step.status.daysLeft
                if case .needsDate(let anchor) = step.status { needsDate = anchor.rawValue } else { needsDate = nil }
                window = step.window
                summary = step.summary
                notes = step.notes
                contacts = step.contacts.map(Call.init)
                sources = step.provenance
            }
        }

        /// The payer asked about.
        public var payer: PayerReference
        /// The code asked about, when given.
        public var code: String?
        /// The case's dates, the ones given.
        public var dates: AnchorDates
        /// The day every window was judged on.
        public var asOf: CalendarDate
        /// The steps, in the order a desk meets them.
        public var steps: [Step]
        /// Positions in `steps` of the steps still open, soonest deadline first.
        public var open: [Int]
        /// Whether any fact behind the timeline is stale.
        public var stale: Bool
        /// The stale facts' sources.
        public var staleSources: [Provenance]
        /// The rule set that answered.
        public var ruleSet: RuleSetIdentity
    }

    /// The timeline as a plain, `Codable` value.
    public var record: Record {
        Record(
            payer: PayerReference(id: payerID, name: payerName), code: code?.text, dates: dates, asOf: asOf,
            steps: steps.map(Record.Step.init),
            open: steps.indices.filter { steps[$0].status.daysLeft != nil }.sorted { steps[$0].status.deadline! < steps[$1].status.deadline! },
            stale: isStale, staleSources: staleProvenance, ruleSet: ruleSet)
    }

    /// Encodes ``record``.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
    }
}
