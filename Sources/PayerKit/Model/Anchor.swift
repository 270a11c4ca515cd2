/// The date a deadline (a retro window, an appeal, a claim filing limit) is counted from.
public enum Anchor: String, Sendable, Hashable, CaseIterable, Codable {
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
    /// The date of the denial or remittance notice (schema version 1 called it `remittance`).
    case denialNotice = "denial-notice"
    /// The date the initial determination was received, presumed a stated number of days after its date.
    case initialDeterminationReceipt = "initial-determination-receipt"

    /// "the date of service", "the admission date".
    public var phrase: String {
        switch self {
        case .dateOfService: "the date of service"
        case .admission: "the admission date"
        case .discharge: "the discharge date"
        case .notification: "the notification date"
        case .eligibilityAddDate: "the eligibility add date"
        case .denialNotice: "the denial (remittance) notice date"
        case .initialDeterminationReceipt: "receipt of the initial determination"
        }
    }
}
