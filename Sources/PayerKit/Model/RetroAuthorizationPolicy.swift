/// One `retro_authorization` entry: whether an authorization can be requested after the service, and until when.
public struct RetroAuthorizationPolicy: Sendable, Hashable {
    /// The date a retro window is counted from.
    public enum Anchor: String, Sendable, Hashable, CaseIterable {
        /// The date of service.
        case dateOfService = "date-of-service"
        /// The admission date.
        case admission
        /// The discharge date.
        case discharge
        /// The date the payer was notified.
        case notification
        /// The date the member was added to eligibility.
        case eligibilityAddDate = "eligibility-add-date"
        /// The remittance date.
        case remittance

        /// "the date of service", "the admission date".
        public var phrase: String {
            switch self {
            case .dateOfService: "the date of service"
            case .admission: "the admission date"
            case .discharge: "the discharge date"
            case .notification: "the notification date"
            case .eligibilityAddDate: "the eligibility add date"
            case .remittance: "the remittance date"
            }
        }
    }

    /// What happens to a request after the window.
    public enum AfterWindow: String, Sendable, Hashable, CaseIterable {
        /// It goes through the appeal process.
        case appeal
        /// It is denied.
        case denied
    }

    /// Whether retro-authorization is accepted at all.
    public let accepted: Bool
    /// The window, when the source states one.
    public let window: TimeLimit?
    /// What the window is counted from.
    public let anchor: Anchor?
    /// When a retro request is allowed.
    public let conditions: [String]
    /// What happens after the window.
    public let afterWindow: AfterWindow?
    /// How long a decision takes.
    public let decisionTime: TimeLimit?
    /// The policy in a sentence.
    public let policy: String
    /// Where and when it applies.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
