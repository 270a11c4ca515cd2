/// What the asker knows about the coverage and the service. A dimension without a value is unknown.
public struct QueryScope: Sendable, Hashable {
    /// The known value of each dimension (raw values: `medicare-advantage`, `TX`, `hospital-outpatient`).
    public var values: [ScopeDimension: String]

    /// Creates a scope; unknown fields stay nil. States are upper-cased.
    public init(
        lineOfBusiness: LineOfBusiness? = nil, plan: String? = nil, state: String? = nil, memberState: String? = nil,
        setting: CareSetting? = nil, network: NetworkStatus? = nil
    ) {
        values = [:]
        values[.lineOfBusiness] = lineOfBusiness?.rawValue
        values[.plan] = plan
        values[.state] = state?.uppercased()
        values[.memberState] = memberState?.uppercased()
        values[.setting] = setting?.rawValue
        values[.network] = network?.rawValue
    }

    /// The member's line of business.
    public var lineOfBusiness: LineOfBusiness? { values[.lineOfBusiness].flatMap(LineOfBusiness.init) }
    /// The member's plan (a plan id of the payer).
    public var plan: String? { values[.plan] }
    /// The state (USPS code) the service is furnished in.
    public var state: String? { values[.state] }
    /// The member's state of residence.
    public var memberState: String? { values[.memberState] }
    /// The setting the service is performed in.
    public var setting: CareSetting? { values[.setting].flatMap(CareSetting.init) }
    /// The provider's network status.
    public var network: NetworkStatus? { values[.network].flatMap(NetworkStatus.init) }
}
