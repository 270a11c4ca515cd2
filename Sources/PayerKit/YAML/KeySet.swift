/// The keys a kind of mapping takes, each with its name and what the decoder calls it, and which of them it requires.
/// Made once per kind of mapping; a key is matched on its bytes.
struct KeySet<Key: Sendable>: Sendable {
    let names: [String]
    let keys: [Key]
    /// Indices of the required keys, in the order missing ones are reported.
    let required: [Int]

    init(_ keys: [(name: String, key: Key)], required: [String] = []) {
        names = keys.map(\.name)
        self.keys = keys.map(\.key)
        self.required = required.map { [names] name in
            guard let index = names.firstIndex(of: name) else { preconditionFailure("required key '\(name)' is not a known key") }
            return index
        }
    }

    func index(of scalar: YAMLScalar) -> Int? {
        names.firstIndex(where: scalar.equals)
    }
}

extension KeySet where Key == String {
    /// Keys read by name.
    init(names: [String], required: [String] = []) {
        self.init(names.map { ($0, $0) }, required: required)
    }
}

extension KeySet where Key: SchemaKey {
    /// A declared enumeration's cases, named by their raw values, with its required keys.
    init(_: Key.Type) {
        self.init(Key.allCases.map { ($0.rawValue, $0) }, required: Key.declarations.filter(\.isRequired).map(\.name))
    }
}
