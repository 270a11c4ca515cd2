/// What a key's value must be, as the loader reads it and the JSON Schema describes it.
package indirect enum ValueType: Sendable {
    case text, identifier, date, url, phone, boolean, schemaVersion
    /// A quoted CPT/HCPCS code or a range of one kind.
    case code
    /// A quoted CPT/HCPCS code, not a range.
    case singleCode
    case duration(units: [TimeLimit.Unit])
    /// One of these words.
    case oneOf([String])
    /// A non-empty list, each item once.
    case list(ValueType)
    /// A list of mappings of one kind.
    case entries(EntryKind)
    /// One mapping of a kind.
    case mapping(EntryKind)
}

/// The vocabularies keys take their words from.
package enum Words {
    package static let linesOfBusiness = LineOfBusiness.allCases.map(\.rawValue)
    package static let settings = CareSetting.allCases.map(\.rawValue)
    package static let states = USState.ordered
    package static let networks = NetworkStatus.allCases.map(\.rawValue)
    package static let anchors = Anchor.allCases.map(\.rawValue)
}
