// Model values are Codable in the JSON form the README documents: camelCase keys, dates `YYYY-MM-DD`, optional values
// omitted when absent, sets as sorted arrays; each type's conformance sits beside the type. Keys may be added; none is
// renamed or removed without a major version. Each value decodes back to itself.

/// A code or range, written in JSON as its text and validated when read back.
protocol CodeText: Codable, CustomStringConvertible {
    init(_ text: String) throws(CodeError)
}

extension CodeText {
    /// Decodes the value written as a string, validating it.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Encodes the value as a string: `"70553"`, `"70551-70553"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ProcedureCode: CodeText {}

extension CodeRange: CodeText {}
