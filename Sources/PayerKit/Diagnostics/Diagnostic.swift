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
        case file, line, column, severity, message
    }

    /// Decodes `{file, line, column, severity, message}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try c.decode(Severity.self, forKey: .severity),
            at: SourceLocation(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line), column: try c.decode(Int.self, forKey: .column)),
            try c.decode(String.self, forKey: .message))
    }

    /// Encodes `{file, line, column, severity, message}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(location.file, forKey: .file)
        try c.encode(location.line, forKey: .line)
        try c.encode(location.column, forKey: .column)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
    }
}
