/// What a person typed: trimmed and upper-cased, with modifiers split off ("64490-50" is 64490 with modifier 50).
public struct CodeQuery: Sendable, Hashable, CustomStringConvertible {
    /// The code, used for matching.
    public let code: ProcedureCode
    /// The modifiers, reported back but ignored for matching.
    public let modifiers: [String]

    /// A bare code, without modifiers.
    public init(_ code: ProcedureCode) {
        self.code = code
        self.modifiers = []
    }

    /// Parses " k0856 ", "64490-50", "64490-50-LT".
    public init(parsing input: String) throws {
        do {
            try self.init(validating: input)
        } catch {
            throw PayerKitError.invalidCode(error)
        }
    }

    private init(validating input: String) throws(CodeError) {
        let trimmed = Self.trimmed(input)
        let parts = trimmed.uppercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        code = try ProcedureCode(parts[0])
        for modifier in parts.dropFirst() {
            guard modifier.unicodeScalars.count == 2, modifier.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
                let what = modifier.isEmpty ? "'\(trimmed)' has an empty modifier" : "'\(modifier)' in '\(trimmed)' is not a modifier"
                throw CodeError(input: input, message: "\(what): \(Self.expectedModifier)", expected: Self.expectedModifier)
            }
        }
        modifiers = Array(parts.dropFirst())
    }

    /// "64490-50".
    public var description: String { ([code.text] + modifiers).joined(separator: "-") }

    static let expectedModifier = "a modifier is two letters or digits, as in 64490-50 or L1832-RT"

    private static func trimmed(_ text: String) -> String {
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
