/// A payer as an answer names it: `{id, name}`.
public struct PayerReference: Sendable, Hashable, Codable {
    /// The payer's id, the rule file's name.
    public var id: String
    /// The payer's name.
    public var name: String

    /// Creates a reference.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
