/// Text a person typed for a date, setting or line of business that PayerKit could not read as exactly one value.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was being read: "date", "setting", "line of business".
    public let kind: String
    /// What was typed.
    public let input: String
    /// The values it could mean, when it could mean more than one (empty when it means none).
    public let candidates: [String]
    /// What is accepted, in words.
    public let accepted: String
    /// Why a date is invalid ("February 2026 has 28 days"), when there is more to say than "not a date".
    public let reason: String?

    /// Creates an error; `candidates` empty means the input matched nothing.
    public init(kind: String, input: String, candidates: [String] = [], accepted: String, reason: String? = nil) {
        self.kind = kind
        self.input = input
        self.candidates = candidates
        self.accepted = accepted
        self.reason = reason
    }

    /// One sentence: what was wrong and what is accepted.
    public var message: String {
        if !candidates.isEmpty {
            return "\(kind) '\(input)' is ambiguous: it could be \(candidates.joined(separator: " or ")); type one of them"
        }
        return "'\(input)' is not a \(kind)\(reason.map { " (\($0))" } ?? ""): \(accepted)"
    }

    public var description: String { message }
}
