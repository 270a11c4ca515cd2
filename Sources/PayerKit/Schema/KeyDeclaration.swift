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

/// One key of a mapping in a payer file, declared once: the loader's key sets, the JSON Schema, the key tables of
/// PayerRules/README.md and the fuzzing dictionary are derived from it.
package struct KeyDeclaration: Sendable {
    package let name: String
    package let type: ValueType
    package let isRequired: Bool
    /// One line for maintainers (README, editor hover).
    package let doc: String
}

/// The keys of one kind of mapping: an enumeration whose cases carry their declarations.
package protocol SchemaKey: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The value's type, whether the key is required, and its one-line doc.
    var declaration: (type: ValueType, isRequired: Bool, doc: String) { get }
}

extension SchemaKey {
    /// Every key of the enumeration, declared.
    package static var declarations: [KeyDeclaration] {
        allCases.map { KeyDeclaration(name: $0.rawValue, type: $0.declaration.type, isRequired: $0.declaration.isRequired, doc: $0.declaration.doc) }
    }
}

/// The vocabularies keys take their words from.
package enum Words {
    package static let linesOfBusiness = LineOfBusiness.allCases.map(\.rawValue)
    package static let settings = CareSetting.allCases.map(\.rawValue)
    package static let states = USState.ordered
    package static let networks = NetworkStatus.allCases.map(\.rawValue)
    package static let anchors = Anchor.allCases.map(\.rawValue)
}
