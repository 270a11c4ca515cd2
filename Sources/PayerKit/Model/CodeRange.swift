/// An inclusive range of codes of one kind, written "70551-70553" or "K0813-K0816"; a single code is a range of one.
public struct CodeRange: Sendable, Hashable, CustomStringConvertible {
    /// The first code.
    public let lower: ProcedureCode
    /// The last code.
    public let upper: ProcedureCode

    static let expected = "a code (70553) or a range (70551-70553)"

    /// Parses a code or a range; both ends must be the same kind (and letter) and run low to high.
    public init(_ text: String) throws(CodeError) {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard ends.count <= 2 else {
            throw CodeError(input: text, message: "'\(text)' is not a code or a range: write \(Self.expected)", expected: Self.expected)
        }
        do {
            lower = try ProcedureCode(ends[0])
            upper = ends.count == 2 ? try ProcedureCode(ends[1]) : lower
        } catch {
            guard ends.count == 2 else { throw error }
            throw CodeError(input: text, message: "in range '\(text)', \(error.message)", expected: error.expected)
        }
        guard lower.kind == upper.kind else {
            throw CodeError(input: text, message: "range '\(text)' mixes \(lower.kind.rawValue) and \(upper.kind.rawValue) codes; a range stays within one kind", expected: Self.expected)
        }
        guard lower.hcpcsLetter == upper.hcpcsLetter else {
            throw CodeError(input: text, message: "range '\(text)' mixes HCPCS letters \(lower.hcpcsLetter!) and \(upper.hcpcsLetter!); a range stays within one letter", expected: Self.expected)
        }
        guard lower.sortKey <= upper.sortKey else {
            throw CodeError(input: text, message: "range '\(text)' runs high to low; write '\(upper.text)-\(lower.text)'", expected: Self.expected)
        }
    }

    /// A valid code ("70553") or range ("70551-70553") read straight from its UTF-8 bytes; nil for anything
    /// ``init(_:)`` would refuse (which then says why). Keys of one kind and letter share the value `key / 10_000`
    /// for HCPCS and `key / 1_000_000` otherwise.
    init?<Bytes: RandomAccessCollection<UInt8>>(utf8 bytes: Bytes) where Bytes.Index == Int {
        guard bytes.count == 5 || bytes.count == 11, let lower = ProcedureCode.key(bytes, at: 0) else { return nil }
        var upper = lower
        if bytes.count == 11 {
            guard bytes[5] == UInt8(ascii: "-"), let end = ProcedureCode.key(bytes, at: 6), lower <= end else { return nil }
            let sameGroup = lower >= 4_000_000 ? lower / 10_000 == end / 10_000 : lower / 1_000_000 == end / 1_000_000
            guard sameGroup else { return nil }
            upper = end
        }
        self.lower = ProcedureCode(sortKey: Int(lower))
        self.upper = ProcedureCode(sortKey: Int(upper))
    }

    /// Whether `code` is in the range.
    public func contains(_ code: ProcedureCode) -> Bool { lowerKey <= code.sortKey && code.sortKey <= upperKey }

    /// "70551-70553", or "K0856" for a single code.
    public var description: String { isSingleCode ? lower.text : "\(lower.text)-\(upper.text)" }

    /// Whether the range holds one code.
    public var isSingleCode: Bool { lower == upper }

    package var lowerKey: Int { lower.sortKey }
    package var upperKey: Int { upper.sortKey }
}
