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

        /// Open through `deadline` as of `asOf`, closed after it.
        static func window(endingOn deadline: CalendarDate, asOf: CalendarDate) -> Status {
            asOf <= deadline ? .open(deadline: deadline, daysLeft: asOf.days(until: deadline)) : .closed(deadline: deadline)
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
