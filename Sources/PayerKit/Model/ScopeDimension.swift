/// Something an entry can be limited to and a question can give: the member's line of business or plan, where the
/// service is furnished, the member's state, the setting, the provider's network status.
public enum ScopeDimension: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case lineOfBusiness = "line-of-business"
    case plan
    /// Where the service is furnished (the provider's location).
    case state
    /// The member's state of residence (the DME MAC jurisdiction follows it).
    case memberState = "member-state"
    case setting
    case network

    /// The name a sentence uses: "line of business", "member's state".
    public var label: String {
        switch self {
        case .lineOfBusiness: "line of business"
        case .plan: "plan"
        case .state: "state"
        case .memberState: "member's state"
        case .setting: "setting"
        case .network: "network status"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
