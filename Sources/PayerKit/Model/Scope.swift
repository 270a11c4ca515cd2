/// Where and when an entry applies. A dimension with no allowed values listed means "any".
public struct Scope: Sendable, Hashable {
    /// The payer program the entry belongs to (for example Medicare's `opd`).
    public var program: String?
    /// The values each limited dimension allows (raw values: `medicare-advantage`, `TX`, `hospital-outpatient`).
    public var allowed: [ScopeDimension: Set<String>]
    /// The first date of service it applies to.
    public var effectiveFrom: CalendarDate?
    /// The first date of service it no longer applies to (a removal or suspension date).
    public var effectiveUntil: CalendarDate?

    /// Creates a scope; everything defaults to "any".
    public init(
        program: String? = nil, linesOfBusiness: Set<LineOfBusiness>? = nil, plans: Set<String>? = nil, states: Set<String>? = nil,
        memberStates: Set<String>? = nil, settings: Set<CareSetting>? = nil, network: NetworkStatus? = nil,
        effectiveFrom: CalendarDate? = nil, effectiveUntil: CalendarDate? = nil
    ) {
        self.program = program
        allowed = [:]
        allowed[.lineOfBusiness] = linesOfBusiness.map { Set($0.map(\.rawValue)) }
        allowed[.plan] = plans
        allowed[.state] = states
        allowed[.memberState] = memberStates
        allowed[.setting] = settings.map { Set($0.map(\.rawValue)) }
        allowed[.network] = network.map { [$0.rawValue] }
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
    }

    /// The lines of business it applies to; nil for all.
    public var linesOfBusiness: Set<LineOfBusiness>? { allowed[.lineOfBusiness].map { Set($0.compactMap(LineOfBusiness.init)) } }
    /// The plan ids it applies to; nil for all.
    public var plans: Set<String>? { allowed[.plan] }
    /// The states where the service is furnished it applies to (USPS codes); nil for all.
    public var states: Set<String>? { allowed[.state] }
    /// The members' states of residence it applies to; nil for all.
    public var memberStates: Set<String>? { allowed[.memberState] }
    /// The settings it applies to; nil for all.
    public var settings: Set<CareSetting>? { allowed[.setting].map { Set($0.compactMap(CareSetting.init)) } }
    /// The network status it applies to; nil for both.
    public var network: NetworkStatus? { allowed[.network]?.first.flatMap(NetworkStatus.init) }

    /// Whether a date of service falls within the effective dates.
    public func isEffective(on date: CalendarDate) -> Bool {
        if let effectiveFrom, date < effectiveFrom { return false }
        if let effectiveUntil, date >= effectiveUntil { return false }
        return true
    }

    /// Whether nothing the asker knows rules this scope out.
    public func isCompatible(with known: QueryScope) -> Bool {
        allowed.allSatisfy { dimension, values in known.values[dimension].map(values.contains) ?? true }
    }

    /// "effective 2020-07-01 until 2022-01-07", or nil when the entry has no dates.
    public var effectiveDescription: String? {
        switch (effectiveFrom, effectiveUntil) {
        case (nil, nil): nil
        case (let from?, nil): "effective \(from)"
        case (nil, let until?): "until \(until)"
        case (let from?, let until?): "effective \(from) until \(until)"
        }
    }
}

extension Scope: Codable {
    private enum CodingKeys: String, CodingKey {
        case program, linesOfBusiness, plans, states, memberStates, settings, network, effectiveFrom, effectiveUntil
    }

    private static let keys: [(CodingKeys, ScopeDimension)] = [
        (.linesOfBusiness, .lineOfBusiness), (.plans, .plan), (.states, .state), (.memberStates, .memberState), (.settings, .setting),
    ]

    /// Whether the scope is "anywhere, any time".
    var isUnlimited: Bool { program == nil && allowed.isEmpty && effectiveFrom == nil && effectiveUntil == nil }

    /// Decodes `{program, linesOfBusiness, plans, states, memberStates, settings, network, effectiveFrom,
    /// effectiveUntil}`; an absent key means "any".
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            program: try c.decodeIfPresent(String.self, forKey: .program),
            effectiveFrom: try c.decodeIfPresent(CalendarDate.self, forKey: .effectiveFrom),
            effectiveUntil: try c.decodeIfPresent(CalendarDate.self, forKey: .effectiveUntil))
        for (key, dimension) in Self.keys {
            allowed[dimension] = try c.decodeIfPresent([String].self, forKey: key).map(Set.init)
        }
        allowed[.network] = try c.decodeIfPresent(String.self, forKey: .network).map { [$0] }
    }

    /// Encodes the limited dimensions (values sorted) and dates; dimensions open to any value are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(program, forKey: .program)
        for (key, dimension) in Self.keys {
            try c.encodeIfPresent(allowed[dimension]?.sorted(), forKey: key)
        }
        try c.encodeIfPresent(allowed[.network]?.sorted().first, forKey: .network)
        try c.encodeIfPresent(effectiveFrom, forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveUntil, forKey: .effectiveUntil)
    }
}
