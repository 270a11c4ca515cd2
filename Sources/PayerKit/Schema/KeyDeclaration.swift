

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
