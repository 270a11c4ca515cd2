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
        /// Four digits and M (Multianalyte Assays with Algorithmic Analyses, administrative codes).
        case cptMAAA = "CPT MAAA"
    }

    /// The code, e.g. "00100", "3074F", "0042T", "0001U", "0004M", "K0856": rebuilt from the sort key, which holds
    /// everything a valid code says (a code is only ever written one way).
    public var text: String {
        let number = sortKey % 1_000_000
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: width - digits.count) + digits
        }
        switch kind {
        case .cptCategoryI: return padded(number, 5)
        case .cptCategoryII: return padded(number, 4) + "F"
        case .cptCategoryIII: return padded(number, 4) + "T"
        case .cptPLA: return padded(number, 4) + "U"
        case .cptMAAA: return padded(number, 4) + "M"
        case .hcpcsLevelII: return String(UnicodeScalar(UInt8(65 + number / 10_000))) + padded(number % 10_000, 4)
        }
    }
    /// Its kind.
    public var kind: Kind { Kind.allCases[sortKey / 1_000_000] }
    /// Orders codes: kinds in declaration order, then the letter (HCPCS), then the number. Consecutive codes of one
    /// kind (and letter) have consecutive keys, so a range is a closed integer interval.
    package var sortKey: Int { Int(key) }
    /// The sort key is the whole value (4 bytes, so a million indexed ranges take 8 MB, not 64).
    private let key: Int32

    static let expected = "expected 5 digits (CPT Category I, e.g. 70553), 4 digits + F, T, U or M (CPT Category II, III, PLA or MAAA, e.g. 3074F, 0042T, 0001U, 0004M), or a letter + 4 digits (HCPCS Level II, e.g. K0856)"

    /// Validates a code exactly as written: no trimming, upper case only.
    public init(_ text: String) throws(CodeError) {
        guard let key = Self.key(text) else {
            let upper = text.uppercased()
            let hint = upper != text && Self.key(upper) != nil ? "; codes are written in upper case, as '\(upper)'" : ""
            throw CodeError(input: text, message: "'\(text)' is not a CPT or HCPCS code: \(Self.expected)\(hint)", expected: Self.expected)
        }
        self.key = key
    }

    /// The sort key of a valid code, read from its UTF-8 bytes; nil for anything else. Every valid code is five
    /// ASCII bytes.
    private static func key(_ text: String) -> Int32? {
        let bytes = Array(text.utf8)
        return bytes.count == 5 ? key(bytes, at: 0) : nil
    }

    /// The sort key of the valid code in `bytes[start ..< start + 5]`, or nil.
    @inline(__always)
    static func key<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at start: Int) -> Int32? where Bytes.Index == Int {
        func digit(_ byte: UInt8) -> Int32? { byte &- UInt8(ascii: "0") < 10 ? Int32(byte &- UInt8(ascii: "0")) : nil }
        guard let d1 = digit(bytes[start + 1]), let d2 = digit(bytes[start + 2]), let d3 = digit(bytes[start + 3]) else { return nil }
        let middle = d1 * 100 + d2 * 10 + d3
        let first = bytes[start], last = bytes[start + 4]
        if let d0 = digit(first) {
            if let d4 = digit(last) { return (d0 * 1000 + middle) * 10 + d4 }
            let number = d0 * 1000 + middle
            switch last {
            case UInt8(ascii: "F"): return 1_000_000 + number
            case UInt8(ascii: "T"): return 2_000_000 + number
            case UInt8(ascii: "U"): return 3_000_000 + number
            case UInt8(ascii: "M"): return 5_000_000 + number
            default: return nil
            }
        }
        guard first &- UInt8(ascii: "A") < 26, let d4 = digit(last) else { return nil }
        return 4_000_000 + Int32(first &- UInt8(ascii: "A")) * 10_000 + middle * 10 + d4
    }

    /// The code.
    public var description: String { text }

    /// Kinds in declaration order, then by number (HCPCS: letter, then number).
    public static func < (lhs: ProcedureCode, rhs: ProcedureCode) -> Bool { lhs.sortKey < rhs.sortKey }

    /// The code with a sort key: the inverse of ``sortKey``.
    package init(sortKey: Int) {
        key = Int32(sortKey)
    }

    /// "70551-70553", or one code, for a closed interval of sort keys; a span across kinds or letters is written
    /// from its first to its last code all the same.
    package static func rangeText(_ lower: Int, _ upper: Int) -> String {
        lower == upper ? ProcedureCode(sortKey: lower).text : "\(ProcedureCode(sortKey: lower).text)-\(ProcedureCode(sortKey: upper).text)"
    }

    /// The HCPCS letter, or nil for CPT (where the kind already fixes the suffix letter).
    var hcpcsLetter: Character? { kind == .hcpcsLevelII ? Character(Unicode.Scalar(UInt8(65 + sortKey % 1_000_000 / 10_000))) : nil }
}
