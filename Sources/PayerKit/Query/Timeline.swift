/// The dates a case's deadlines count from, each given separately: a payer's policies, appeal levels and filing
/// limits each count from their own ``Anchor``, and a date nobody gave is never replaced by another.
public struct AnchorDates: Sendable, Hashable {
    /// The date of service (``Anchor/dateOfService``).
    public var service: CalendarDate
    /// The admission date (``Anchor/admission``).
    public var admission: CalendarDate?
    /// The discharge date (``Anchor/discharge``).
    public var discharge: CalendarDate?
    /// The date the payer was notified (``Anchor/notification``).
    public var notification: CalendarDate?
    /// The date the member was added to eligibility (``Anchor/eligibilityAddDate``).
    public var eligibilityAdd: CalendarDate?
    /// The date of the denial or remittance notice being answered (``Anchor/denialNotice``).
    public var denialNotice: CalendarDate?
    /// The date of the initial determination; with an appeal level's `presumed_receipt` it gives
    /// ``Anchor/initialDeterminationReceipt``.
    public var initialDetermination: CalendarDate?
    /// The day the initial determination was actually received, when known: it counts instead of the presumption.
    public var initialDeterminationReceived: CalendarDate?

    /// Creates the dates of a case; only the date of service is required.
    public init(
        service: CalendarDate, admission: CalendarDate? = nil, discharge: CalendarDate? = nil, notification: CalendarDate? = nil,
        eligibilityAdd: CalendarDate? = nil, denialNotice: CalendarDate? = nil, initialDetermination: CalendarDate? = nil,
        initialDeterminationReceived: CalendarDate? = nil
    ) {
        self.service = service
        self.admission = admission
        self.discharge = discharge
        self.notification = notification
        self.eligibilityAdd = eligibilityAdd
        self.denialNotice = denialNotice
        self.initialDetermination = initialDetermination
        self.initialDeterminationReceived = initialDeterminationReceived
    }

    /// The dates given for the anchors that are plain dates (every anchor but the receipt of the initial
    /// determination, which may be presumed).
    public var plainDates: [Anchor: CalendarDate] {
        var dates: [Anchor: CalendarDate] = [.dateOfService: service]
        dates[.admission] = admission
        dates[.discharge] = discharge
        dates[.notification] = notification
        dates[.eligibilityAddDate] = eligibilityAdd
        dates[.denialNotice] = denialNotice
        dates[.initialDeterminationReceipt] = initialDeterminationReceived
        return dates
    }

    /// Every date given, with the name of its input, in order (for range checks and messages).
    var given: [(name: String, date: CalendarDate)] {
        [
            ("service date", service), ("admission date", admission), ("discharge date", discharge),
            ("notification date", notification), ("eligibility add date", eligibilityAdd),
            ("denial notice date", denialNotice), ("initial determination date", initialDetermination),
            ("initial determination receipt date", initialDeterminationReceived),
        ].compactMap { name, date in date.map { (name, $0) } }
    }

    /// The date a window counting from `anchor` starts on, or what is missing.
    public func start(of anchor: Anchor, presumedReceipt: TimeLimit? = nil) -> AnchorStart {
        if anchor == .initialDeterminationReceipt {
            if let initialDeterminationReceived { return .given(initialDeterminationReceived) }
            guard let initialDetermination else { return .missing(.initialDeterminationReceipt) }
            guard let presumedReceipt else { return .missing(.initialDeterminationReceipt) }
            return .presumed(presumedReceipt.deadline(from: initialDetermination), from: initialDetermination, after: presumedReceipt)
        }
        return plainDates[anchor].map(AnchorStart.given) ?? .missing(anchor)
    }
}

/// Where a deadline starts: a date given, a receipt presumed some time after a notice's date, or a date not given.
public enum AnchorStart: Sendable, Hashable {
    /// The date given for the anchor.
    case given(CalendarDate)
    /// Receipt presumed `after` the notice dated `from`.
    case presumed(CalendarDate, from: CalendarDate, after: TimeLimit)
    /// The anchor's date was not given.
    case missing(Anchor)

    /// The start date, when known.
    public var date: CalendarDate? {
        switch self {
        case .given(let date), .presumed(let date, _, _): date
        case .missing: nil
        }
    }
}

/// A timeline question: the dated steps of one case after (or before) a service, with whatever scope is known.
public struct TimelineQuery: Sendable, Hashable {
    /// The service's code, when known: prior authorization is then answered for it, and retro policies of programs
    /// that don't list it are left out.
    public var code: CodeQuery?
    /// Line of business, plan, states, setting and network status, where known.
    public var scope: QueryScope
    /// The case's dates, one per anchor.
    public var dates: AnchorDates
    /// The day to judge every window on. Always given by the caller: a timeline is as of a day.
    public var asOf: CalendarDate
    /// Facts last verified longer ago than this are flagged stale.
    public var maximumAgeInDays: Int

    /// Creates a query.
    public init(code: CodeQuery? = nil, scope: QueryScope = QueryScope(), dates: AnchorDates, asOf: CalendarDate, maximumAgeInDays: Int = 180) {
        self.code = code
        self.scope = scope
        self.dates = dates
        self.asOf = asOf
        self.maximumAgeInDays = maximumAgeInDays
    }
}

/// One dated step of a case: prior authorization, the retro request, claim filing, an appeal level, or what remains.
public struct TimelineStep: Sendable, Hashable {
    /// What the step is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Prior authorization before the service.
        case priorAuthorization = "prior-authorization"
        /// A retro-authorization request after the service.
        case retroAuthorization = "retro-authorization"
        /// Filing the claim (timely filing).
        case claimFiling = "claim-filing"
        /// An appeal level after a denial.
        case appeal
        /// What remains once every window has closed.
        case remaining
    }

    /// Where the step stands on the query's as-of day.
    public enum Status: Sendable, Hashable {
        /// Still possible through `deadline` (inclusive).
        case open(deadline: CalendarDate, daysLeft: Int)
        /// The window closed: `deadline` was its last day.
        case closed(deadline: CalendarDate)
        /// The payer does not offer this step here.
        case notOffered
        /// Not needed (prior authorization the rules say is not required).
        case notNeeded
        /// No sourced window or answer: ask the payer (see the step's contacts).
        case unknown
        /// The window counts from a date the question did not give.
        case needsDate(Anchor)
        /// A last step, with no deadline (``Kind/remaining``).
        case final

        /// `open`, `closed`, `not-offered`, `not-needed`, `unknown`, `needs-date`, `final`.
        public var code: String {
            switch self {
            case .open: "open"
            case .closed: "closed"
            case .notOffered: "not-offered"
            case .notNeeded: "not-needed"
            case .unknown: "unknown"
            case .needsDate: "needs-date"
            case .final: "final"
            }
        }

        /// The last day of the window, when known.
        public var deadline: CalendarDate? {
            switch self {
            case .open(let deadline, _), .closed(let deadline): deadline
            default: nil
            }
        }

        /// Whether the window has closed.
        public var isClosed: Bool {
            if case .closed = self { return true }
            return false
        }

        /// Days from the as-of day to the deadline, for an open window.
        public var daysLeft: Int? {
            if case .open(_, let daysLeft) = self { return daysLeft }
            return nil
        }
    }

    /// What the step is.
    public let kind: Kind
    /// Its title: "Prior authorization", "Redetermination".
    public let title: String
    /// The scope it applies to when the question left that open ("line of business is medicare-advantage"); nil
    /// when it applies whatever the open scope.
    public let when: String?
    /// Where it stands.
    public let status: Status
    /// The window in words, with its unit and anchor: "120 calendar days from receipt of the initial determination,
    /// presumed 5 calendar days after its date (2026-03-02)"; nil when no window is stated.
    public let window: String?
    /// What the step says, in a sentence or two: the policy, the verdict, what to do.
    public let summary: String
    /// Notes a desk must see: conditions, what an appeal cannot do, how to file. Each comes from the rules.
    public let notes: [String]
    /// Where every fact in the step comes from.
    public let provenance: [Provenance]
    /// Whom to call.
    public let contacts: [Contact]

    /// Creates a step.
    public init(
        kind: Kind, title: String, when: String? = nil, status: Status, window: String? = nil, summary: String,
        notes: [String] = [], provenance: [Provenance] = [], contacts: [Contact] = []
    ) {
        self.kind = kind
        self.title = title
        self.when = when
        self.status = status
        self.window = window
        self.summary = summary
        self.notes = notes
        self.provenance = provenance
        self.contacts = contacts
    }
}

/// The answer to a ``TimelineQuery``: every step of the case, in the order a desk meets them.
public struct Timeline: Sendable {
    /// The payer asked about.
    public let payerID: String
    /// The payer's name.
    public let payerName: String
    /// The code asked about, when given.
    public let code: ProcedureCode?
    /// The case's dates.
    public let dates: AnchorDates
    /// The day every window was judged on.
    public let asOf: CalendarDate
    /// The steps: prior authorization, retro request, claim filing, appeal levels, then what remains when every window
    /// has closed.
    public let steps: [TimelineStep]
    /// Provenance records last verified longer ago than the query's maximum age.
    public let staleProvenance: [Provenance]
    /// The rule set that answered, for an audit trail.
    public let ruleSet: RuleSetIdentity

    /// The steps still open, soonest deadline first.
    public var openSteps: [TimelineStep] {
        steps.filter { $0.status.daysLeft != nil }.sorted { $0.status.deadline! < $1.status.deadline! }
    }

    /// Whether any fact behind the timeline is stale.
    public var isStale: Bool { !staleProvenance.isEmpty }
}
