/// Why a code, range or modifier was refused, in words that say what was expected.
///
/// ``ProcedureCode/init(_:)`` and ``CodeRange/init(_:)`` throw it as it is (the rule-file decoder reads them with typed
/// throws); ``CodeQuery/init(parsing:)``, the entry point for what a user typed, throws it as
/// ``PayerKitError/invalidCode(_:)``.
public struct CodeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was given.
    public let input: String
    /// One sentence saying what is wrong.
    public let message: String
    /// What a valid input looks like, e.g. "a modifier is two letters or digits, as in 64490-50 or L1832-RT".
    public let expected: String
    /// The message.
    public var description: String { message }

    /// Creates an error.
    public init(input: String, message: String, expected: String) {
        self.input = input
        self.message = message
        self.expected = expected
    }
}
