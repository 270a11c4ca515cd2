/// An entry's key: one of its own, a fact key, or (for scoped entries) a scope key.
enum EntryKey<Own: Sendable>: Sendable {
    case own(Own)
    case fact(FactKey)
    case scope(ScopeKey)
}

extension KeySet {
    /// The keys of a kind of entry, with its required keys, as ``EntryKind`` declares them.
    init<Own: SchemaKey>(entry kind: EntryKind, _: Own.Type) where Key == EntryKey<Own> {
        let own = Own.allCases.map { ($0.rawValue, EntryKey.own($0)) }
        let facts = FactKey.allCases.map { ($0.rawValue, EntryKey<Own>.fact($0)) }
        let scope = kind.isScoped ? ScopeKey.allCases.map { ($0.rawValue, EntryKey<Own>.scope($0)) } : []
        self.init(own + facts + scope, required: kind.keys.filter(\.isRequired).map(\.name))
    }
}
