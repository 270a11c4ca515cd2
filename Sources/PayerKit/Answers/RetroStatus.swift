/// Where a retro-authorization request stands.
public enum RetroStatus: Sendable, Hashable {
    /// The payer does not accept retro-authorization here.
    case notAccepted
    /// A request is still possible through `deadline` (inclusive).
    case open(deadline: CalendarDate, daysLeft: Int)
    /// The window closed: `deadline` was the last day.
    case closed(deadline: CalendarDate)
    /// Accepted, but the source states no window.
    case acceptedWithoutStatedWindow
    /// The answer depends on scope the question did not give; see the outcomes.
    case conditional
    /// No policy covers this: ask the payer.
    case unknown

    /// Every ``code``, the order in which rule files' examples and the schema list them.
    package static let codes = ["open", "closed", "not-accepted", "accepted-no-window", "conditional", "unknown"]

    /// `not-accepted`, `open`, `closed`, `accepted-no-window`, `conditional`, `unknown`.
    public var code: String {
        switch self {
        case .notAccepted: "not-accepted"
        case .open: "open"
        case .closed: "closed"
        case .acceptedWithoutStatedWindow: "accepted-no-window"
        case .conditional: "conditional"
        case .unknown: "unknown"
        }
    }

    /// The deadline, and the days left while the window is open.
    public var deadlineAndDaysLeft: (deadline: CalendarDate?, daysLeft: Int?) {
        switch self {
        case .open(let deadline, let daysLeft): (deadline, daysLeft)
        case .closed(let deadline): (deadline, nil)
        default: (nil, nil)
        }
    }
}
