/// Why a code, range or modifier was refused, in words that say what was expected.
public struct CodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was given.
    public let input: String
    /// One sentence saying what is wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}

/// A CPT or HCPCS Level II code, validated, as written (upper case, leading zeros kept).
public struct ProcedureCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The code systems and CPT categories PayerKit recognizes.
    public enum Kind: String, Sendable, CaseIterable {
        /// Five digits, leading zeros allowed (anesthesia 00100–01999).
        case cptCategoryI = "CPT Category I"
        /// Four digits and F.
        case cptCategoryII = "CPT Category II"
        /// Four digits and T.
        case cptCategoryIII = "CPT Category III"
        /// Four digits and U (Proprietary Laboratory Analyses).
        case cptPLA = "CPT PLA"
        /// A letter and four digits.
        case hcpcsLevelII = "HCPCS Level II"
    }

    /// The code, e.g. "00100", "3074F", "0042T", "0001U", "K0856".
    public let text: String
    /// Its kind.
    public let kind: Kind
    /// Orders codes: kinds in declaration order, then the letter (HCPCS), then the number. Consecutive codes of one
    /// kind (and letter) have consecutive keys, so a range is a closed integer interval.
    let sortKey: Int

    static let expected = "expected 5 digits (CPT Category I, e.g. 70553), 4 digits + F, T or U (CPT Category II, III or PLA, e.g. 3074F, 0042T, 0001U), or a letter + 4 digits (HCPCS Level II, e.g. K0856)"

    /// Validates a code exactly as written: no trimming, upper case only.
    public init(_ text: String) throws(CodeError) {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func digits(_ range: Range<Int>) -> Int {
            scalars[range].reduce(0) { $0 * 10 + Int($1.value - 48) }
        }
        let number: Int
        if scalars.count == 5, scalars.allSatisfy(isDigit) {
            (kind, number) = (.cptCategoryI, digits(0..<5))
        } else if scalars.count == 5, scalars[0..<4].allSatisfy(isDigit), let suffix = ["F": Kind.cptCategoryII, "T": .cptCategoryIII, "U": .cptPLA][String(scalars[4])] {
            (kind, number) = (suffix, digits(0..<4))
        } else if scalars.count == 5, ("A"..."Z").contains(scalars[0]), scalars[1..<5].allSatisfy(isDigit) {
            // The letter is part of the number, so K9999 and L0000 are adjacent.
            (kind, number) = (.hcpcsLevelII, Int(scalars[0].value - 65) * 10_000 + digits(1..<5))
        } else {
            let upper = text.uppercased()
            let hint = upper != text && (try? ProcedureCode(upper)) != nil ? "; codes are written in upper case, as '\(upper)'" : ""
            throw CodeError(input: text, message: "'\(text)' is not a CPT or HCPCS code: \(Self.expected)\(hint)")
        }
        self.text = text
        sortKey = Kind.allCases.firstIndex(of: kind)! * 1_000_000 + number
    }

    /// The code.
    public var description: String { text }

    /// Kinds in declaration order, then by number (HCPCS: letter, then number).
    public static func < (lhs: ProcedureCode, rhs: ProcedureCode) -> Bool { lhs.sortKey < rhs.sortKey }

    /// The code with a sort key: the inverse of ``sortKey``.
    init(sortKey: Int) {
        let kind = Kind.allCases[sortKey / 1_000_000]
        let number = sortKey % 1_000_000
        let digits = { (value: Int, width: Int) in String(String(value).reversed()).padding(toLength: width, withPad: "0", startingAt: 0).reversed() }
        text = switch kind {
        case .cptCategoryI: String(digits(number, 5))
        case .cptCategoryII: String(digits(number, 4)) + "F"
        case .cptCategoryIII: String(digits(number, 4)) + "T"
        case .cptPLA: String(digits(number, 4)) + "U"
        case .hcpcsLevelII: String(UnicodeScalar(UInt8(65 + number / 10_000))) + String(digits(number % 10_000, 4))
        }
        self.kind = kind
        self.sortKey = sortKey
    }

    /// "70551-70553", or one code, for a closed interval of sort keys; a span across kinds or letters is written
    /// from its first to its last code all the same.
    static func rangeText(_ lower: Int, _ upper: Int) -> String {
        lower == upper ? ProcedureCode(sortKey: lower).text : "\(ProcedureCode(sortKey: lower).text)-\(ProcedureCode(sortKey: upper).text)"
    }

    /// The HCPCS letter, or nil for CPT (where the kind already fixes the suffix letter).
    var hcpcsLetter: Character? { kind == .hcpcsLevelII ? text.first : nil }
}

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
    public init(parsing input: String) throws(CodeError) {
        let trimmed = Self.trimmed(input)
        let parts = trimmed.uppercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        code = try ProcedureCode(parts[0])
        for modifier in parts.dropFirst() {
            guard modifier.unicodeScalars.count == 2, modifier.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
                let what = modifier.isEmpty ? "'\(trimmed)' has an empty modifier" : "'\(modifier)' in '\(trimmed)' is not a modifier"
                throw CodeError(input: input, message: "\(what): a modifier is two letters or digits, as in 64490-50 or L1832-RT")
            }
        }
        modifiers = Array(parts.dropFirst())
    }

    /// "64490-50".
    public var description: String { ([code.text] + modifiers).joined(separator: "-") }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// An inclusive range of codes of one kind, written "70551-70553" or "K0813-K0816"; a single code is a range of one.
public struct CodeRange: Sendable, Hashable, CustomStringConvertible {
    /// The first code.
    public let lower: ProcedureCode
    /// The last code.
    public let upper: ProcedureCode

    /// Parses a code or a range; both ends must be the same kind (and letter) and run low to high.
    public init(_ text: String) throws(CodeError) {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard ends.count <= 2 else {
            throw CodeError(input: text, message: "'\(text)' is not a code or a range: write a code (70553) or a range (70551-70553)")
        }
        do {
            lower = try ProcedureCode(ends[0])
            upper = ends.count == 2 ? try ProcedureCode(ends[1]) : lower
        } catch {
            guard ends.count == 2 else { throw error }
            throw CodeError(input: text, message: "in range '\(text)', \(error.message)")
        }
        guard lower.kind == upper.kind else {
            throw CodeError(input: text, message: "range '\(text)' mixes \(lower.kind.rawValue) and \(upper.kind.rawValue) codes; a range stays within one kind")
        }
        guard lower.hcpcsLetter == upper.hcpcsLetter else {
            throw CodeError(input: text, message: "range '\(text)' mixes HCPCS letters \(lower.hcpcsLetter!) and \(upper.hcpcsLetter!); a range stays within one letter")
        }
        guard lower.sortKey <= upper.sortKey else {
            throw CodeError(input: text, message: "range '\(text)' runs high to low; write '\(upper.text)-\(lower.text)'")
        }
    }

    /// Whether `code` is in the range.
    public func contains(_ code: ProcedureCode) -> Bool { lowerKey <= code.sortKey && code.sortKey <= upperKey }

    /// "70551-70553", or "K0856" for a single code.
    public var description: String { isSingleCode ? lower.text : "\(lower.text)-\(upper.text)" }

    /// Whether the range holds one code.
    public var isSingleCode: Bool { lower == upper }

    var lowerKey: Int { lower.sortKey }
    var upperKey: Int { upper.sortKey }
}
