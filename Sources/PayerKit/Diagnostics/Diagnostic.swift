/// One problem found while loading rule files, printed as `path:line:column: error|warning: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The file is not loaded.
        case error
        /// The file loads, but a maintainer should fix it.
        case warning
    }

    /// Where the problem is.
    public let location: SourceLocation
    /// Error or warning.
    public let severity: Severity
    /// One sentence saying what is wrong and, where possible, how to fix it.
    public let message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case severity, message
    }

    /// Decodes `{file, line, column, severity, message}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let severity = try c.decode(Severity.self, forKey: .severity)
        self.init(severity, at: try SourceLocation(from: decoder), try c.decode(String.self, forKey: .message))
    }

    /// Encodes `{file, line, column, severity, message}`.
    public func encode(to encoder: any Encoder) throws {
        try location.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
    }
}
