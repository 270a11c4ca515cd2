import PayerKit

import Foundation

/// Every CPT and HCPCS code and range in a text a payer published — `pdftotext` output, a web table pasted from a
/// browser, a CSV export — and every code-like token that was not taken for a code, with the reason.
///
/// Ranges are read however they are written: `27130-27138`, `27130 – 27138` (any dash, with or without spaces),
/// `27130 through 27138`, `27130 thru 27138`, `27130 to 27138`, and split over a line break (`27130 –` at the end of
/// one line, `27138` on the next; a page footer between them is skipped), and wrapped inside a table cell of
/// `pdftotext -layout` output (`27130-` above `27138` in the same column, other columns beside them). A dash at the
/// start of a line is a bullet,
/// not a range, when the line of the lower code starts with a bullet too. Codes stand anywhere: in prose, in any
/// column of a table, between commas, quotes or slashes; a modifier (`64490-50`) is dropped.
///
/// A code is what ``ProcedureCode`` accepts, within the ranges the code sets use: CPT Category I `00100`–`99607`
/// (the home-service and medication-management codes 99500–99607 are Category I too), Category II, III and PLA (four
/// digits and F, T or U), and HCPCS Level II (a letter used by HCPCS — A–E, G, H, J–M, P–V — and four digits).
///
/// Numbers that are not codes are recognized first and listed in ``ignored``, so a mis-read is visible before it
/// becomes a proposed change: dates (`01/2026`, `2026-01-01`, `12/31`, `January 1, 2026`), phone numbers
/// (`800-555-0100`, `(800) 555-0100`), ZIP codes (in an address, `Dallas, TX 75201`; after "ZIP"; or ZIP+4), ICD-10 codes
/// (`M17.11`, `E66.01`, and undotted shapes with a letter HCPCS does not use), page numbers (`Page 12 of 40`), years,
/// amounts (`$1,250.00`, `27130.00`), P.O. box numbers, and five-character tokens that are part of a longer identifier
/// (`PCA-1-25-03456`) or not a code at all (`00042`, `1234X`).
public struct CodeListText: Sendable, Codable, Hashable {
    /// A code or range where it stands in the text.
    public struct Occurrence: Sendable, Codable, Hashable {
        /// The code or range as PayerRules writes it: `27130-27138`, `K0856`.
        public let codes: String
        /// The text it was read from, white space collapsed: `27130 – 27138`, `27130 through 27138`.
        public let text: String
        /// The 1-based line of its first character.
        public let line: Int
        /// The 1-based column of its first character, in Unicode scalars.
        public let column: Int

        /// The code or range.
        public var range: CodeRange? { try? CodeRange(codes) }
    }

    /// Why a token was not taken for a code.
    public enum Reason: String, Sendable, Codable, Hashable, CaseIterable {
        /// A date or part of one: `01/2026`, `2026-01-01`, `12/31`, `January 1, 2026`.
        case date
        /// A phone or fax number: `800-555-0100`, `(800) 555-0100`.
        case phone
        /// A ZIP code: after a city and state (`Chicago, IL 60601`), after "ZIP", or ZIP+4 (`60601-1234`).
        case zipCode = "zip-code"
        /// An ICD-10 diagnosis code (`M17.11`, `E66.01`), or a code shape whose letter only ICD-10 uses (`Z0000`).
        case icd10 = "icd-10"
        /// A page number: `Page 12`, `Page 12 of 40`.
        case pageNumber = "page-number"
        /// A year on its own: `2026`.
        case year
        /// A sum of money or a decimal number: `$1,250.00`, `27130.00`, `12,500`.
        case amount
        /// A P.O. box number.
        case address
        /// Part of a longer identifier joined by dashes, slashes, dots or underscores: `PCA-1-25-03456`.
        case identifier
        /// Five characters with digits that are not a CPT or HCPCS code: `00042`, `1234X`, `AB123`.
        case notACode = "not-a-code"

        /// "date", "phone number", "ZIP code", …
        public var phrase: String {
            switch self {
            case .date: "date"
            case .phone: "phone number"
            case .zipCode: "ZIP code"
            case .icd10: "ICD-10 code"
            case .pageNumber: "page number"
            case .year: "year"
            case .amount: "amount"
            case .address: "P.O. box"
            case .identifier: "part of an identifier"
            case .notACode: "not a code"
            }
        }
    }

    /// A token that was not taken for a code.
    public struct Ignored: Sendable, Codable, Hashable {
        /// The token as written.
        public let text: String
        /// Why it is not a code.
        public let reason: Reason
        /// More about the reason, when there is more to say ("no HCPCS Level II code starts with W").
        public let detail: String?
        /// The 1-based line.
        public let line: Int
        /// The 1-based column, in Unicode scalars.
        public let column: Int
    }

    /// Every code and range, in text order (a code listed twice is here twice).
    public let occurrences: [Occurrence]
    /// Every token not taken for a code, in text order.
    public let ignored: [Ignored]

    /// Reads a text.
    public init(_ text: String) {
        var scanner = Scanner(text)
        scanner.maskStructures()
        let (occurrences, rejected) = scanner.codes()
        self.occurrences = occurrences
        self.ignored = (scanner.ignored + rejected).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The distinct codes, merged into as few ranges as possible (consecutive codes of one kind and letter).
    public var ranges: [CodeRange] { codeSet.ranges }

    /// How many distinct codes the text lists.
    public var codeCount: Int { codeSet.count }

    var codeSet: CodeSet { CodeSet(occurrences.compactMap(\.range)) }
}

extension CodeListText {
    /// The letters HCPCS Level II codes start with. ICD-10 uses every letter but U, so the others (F, I, N, O,
    /// W–Z) on a code shape mean a diagnosis code written without its dot.
    static let hcpcsLetters = Set("ABCDEGHJKLMPQRSTUV".unicodeScalars)
    /// The highest CPT Category I code (medication therapy management).
    static let lastCategoryI = 99607
    /// The lowest CPT Category I code (anesthesia).
    static let firstCategoryI = 100

    /// Whether a five-character token is a code, and if not why not.
    static func classify(_ token: String) -> Result<ProcedureCode, Rejection> {
        let scalars = Array(token.uppercased().unicodeScalars)
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        let upper = String(String.UnicodeScalarView(scalars))
        guard scalars.count == 5 else { return .failure(Rejection(.notACode, nil)) }
        if scalars.allSatisfy(isDigit) {
            let number = Int(upper)!
            if number < firstCategoryI { return .failure(Rejection(.notACode, "CPT Category I codes start at 00100")) }
            if number > lastCategoryI { return .failure(Rejection(.notACode, "CPT Category I codes end at 99607")) }
        } else if scalars[0..<4].allSatisfy(isDigit) {
            // Four digits and a letter: ProcedureCode knows which letters CPT uses (F, T, U, …).
            if (try? ProcedureCode(upper)) == nil {
                return .failure(Rejection(.notACode, "no CPT code is four digits and \(scalars[4])"))
            }
        } else if ("A"..."Z").contains(scalars[0]), scalars[1...].allSatisfy(isDigit) {
            guard hcpcsLetters.contains(scalars[0]) else {
                return .failure(Rejection(.icd10, "no HCPCS Level II code starts with \(scalars[0]); an ICD-10 code without its dot does"))
            }
        } else {
            return .failure(Rejection(.notACode, nil))
        }
        do {
            return .success(try ProcedureCode(upper))
        } catch {
            return .failure(Rejection(.notACode, error.message))
        }
    }

    /// Why a token is not a code.
    struct Rejection: Error {
        let reason: Reason
        let detail: String?
        init(_ reason: Reason, _ detail: String?) {
            self.reason = reason
            self.detail = detail
        }
    }
}

/// The text as Unicode scalars, with the structures that are not codes masked out.
private struct Scanner {
    let text: String
    let scalars: [Unicode.Scalar]
    /// The scalar index each line starts at.
    let lineStarts: [Int]
    /// Scalars inside a recognized non-code structure.
    var masked: [Bool]
    var ignored: [CodeListText.Ignored] = []

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
        masked = Array(repeating: false, count: scalars.count)
    }

    /// A pattern for a structure that is not a code; `group` is the part masked and reported (0: the whole match).
    struct Pattern {
        let reason: CodeListText.Reason
        let regex: NSRegularExpression
        let group: Int
        let accept: @Sendable (String) -> Bool

        init(_ reason: CodeListText.Reason, _ pattern: String, group: Int = 0, accept: @escaping @Sendable (String) -> Bool = { _ in true }) {
            self.reason = reason
            // The patterns are literals below; a typo in one is a programming error caught by any test.
            self.regex = try! NSRegularExpression(pattern: pattern, options: [])
            self.group = group
            self.accept = accept
        }
    }

    // `B` and `E`: not glued to a letter or digit on the left or the right.
    static let (b, e) = ("(?<![A-Za-z0-9])", "(?![A-Za-z0-9])")
    static let month = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"

    /// In order: an earlier structure wins over a later one that overlaps it.
    static let patterns: [Pattern] = [
        Pattern(.pageNumber, "(?i)\(b)page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?\(e)"),
        Pattern(.phone, "\(b)(?:\\+?1[-. ])?(?:\\(\\d{3}\\)\\s?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}\(e)"),
        Pattern(.date, "(?i)\(b)\(month)\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\(e)"),
        Pattern(.date, "(?i)\(b)\\d{1,2}\\s+\(month),?\\s+\\d{4}\(e)"),
        Pattern(.date, "(?i)\(b)\(month),?\\s+(?:19|20)\\d{2}\(e)"),
        Pattern(.date, "\(b)\\d{4}-\\d{1,2}-\\d{1,2}\(e)"),
        Pattern(.date, "\(b)\\d{1,2}([-/.])\\d{1,2}\\1\\d{2,4}\(e)"),
        Pattern(.date, "\(b)\\d{1,2}/(?:19|20)\\d{2}\(e)"),
        Pattern(.date, "\(b)\\d{1,2}/\\d{1,2}(?![A-Za-z0-9/])", accept: isMonthAndDay),
        Pattern(.icd10, "(?<![A-Za-z0-9.])[A-TV-Z][0-9][0-9A-Z]\\.[0-9A-Z]{1,4}\(e)"),
        Pattern(.zipCode, "\(b)\\d{5}-\\d{4}\(e)"),
        // "Dallas, TX 75201": the comma keeps "MA 27130" (Medicare Advantage) and "PA 27130" codes.
        Pattern(.zipCode, "[A-Za-z.],[ \\t\\u00A0]*([A-Z]{2}),?[ \\t\\u00A0]+(\\d{5})\(e)", group: 2),
        Pattern(.zipCode, "(?i)\(b)zip(?:\\s*code)?:?\\s*(\\d{5})\(e)", group: 1),
        Pattern(.address, "(?i)\(b)(?:p\\.?\\s*o\\.?\\s*)?box\\s+(\\d{1,6})\(e)", group: 1),
        Pattern(.amount, "\\$\\s?\\d[\\d,]*(?:\\.\\d+)?\(e)"),
        Pattern(.amount, "\(b)\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\(e)"),
        Pattern(.amount, "(?<![A-Za-z0-9.])\\d+\\.\\d+\(e)"),
        Pattern(.year, "\(b)(?:19|20)\\d{2}\(e)"),
    ]

    /// "12/31" is a date only when it can be one (month first, as U.S. lists write it).
    static func isMonthAndDay(_ text: String) -> Bool {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        return parts.count == 2 && (1...12).contains(parts[0]) && (1...31).contains(parts[1])
    }

    /// Finds every structure that is not a code, lists it in ``ignored`` and masks it.
    mutating func maskStructures() {
        // NSRegularExpression counts UTF-16 units; map them to scalar indices.
        var scalarIndex: [Int] = []
        scalarIndex.reserveCapacity(text.utf16.count + 1)
        for (index, scalar) in scalars.enumerated() {
            scalarIndex.append(index)
            if scalar.value > 0xFFFF { scalarIndex.append(index) }
        }
        scalarIndex.append(scalars.count)
        let whole = NSRange(location: 0, length: text.utf16.count)
        for pattern in Self.patterns {
            for match in pattern.regex.matches(in: text, range: whole) {
                let range = match.range(at: pattern.group)
                guard range.location != NSNotFound else { continue }
                if pattern.reason == .zipCode, pattern.group == 2 {
                    // Only after a real state abbreviation.
                    let state = match.range(at: 1)
                    let code = String(String.UnicodeScalarView(scalars[scalarIndex[state.location]..<scalarIndex[state.location + state.length]]))
                    guard USState.codes.contains(code) else { continue }
                }
                let lower = scalarIndex[range.location], upper = scalarIndex[range.location + range.length]
                guard lower < upper, !masked[lower..<upper].contains(true) else { continue }
                let found = String(String.UnicodeScalarView(scalars[lower..<upper]))
                guard pattern.accept(found) else { continue }
                for index in lower..<upper { masked[index] = true }
                let (line, column) = location(lower)
                ignored.append(CodeListText.Ignored(text: collapsed(found), reason: pattern.reason, detail: nil, line: line, column: column))
            }
        }
    }

    /// The codes and ranges outside the masked structures, and the five-character tokens refused.
    func codes() -> ([CodeListText.Occurrence], [CodeListText.Ignored]) {
        var found: [(code: ProcedureCode, start: Int, end: Int)] = []
        var rejected: [CodeListText.Ignored] = []
        var index = 0
        while index < scalars.count {
            guard Self.isAlphanumeric(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, Self.isAlphanumeric(scalars[index]) { index += 1 }
            let end = index
            let token = String(String.UnicodeScalarView(scalars[start..<end]))
            let digits = token.unicodeScalars.filter { ("0"..."9").contains($0) }.count
            guard end - start == 5, digits >= 3, !masked[start..<end].contains(true) else { continue }
            let (line, column) = location(start)
            switch CodeListText.classify(token) {
            case .failure(let rejection):
                rejected.append(.init(text: token, reason: rejection.reason, detail: rejection.detail, line: line, column: column))
            case .success(let code):
                if let identifier = joinedIdentifier(start, end) {
                    rejected.append(.init(text: token, reason: .identifier, detail: "the whole token is '\(identifier)'", line: line, column: column))
                } else {
                    found.append((code, start, end))
                }
            }
        }
        // A range wrapped inside a table cell ("27130-" over "27138", other columns beside them) pairs first.
        var wrapped: [Int: Int] = [:]
        var consumed = Set<Int>()
        for index in found.indices where !consumed.contains(index) {
            if let partner = wrappedPartner(of: index, in: found), !consumed.contains(partner), wrapped[partner] == nil {
                wrapped[index] = partner
                consumed.insert(partner)
            }
        }
        // Then neighbours joined by a dash or a word.
        var occurrences: [CodeListText.Occurrence] = []
        var position = 0
        func next(after index: Int) -> Int? {
            var candidate = index + 1
            while consumed.contains(candidate) { candidate += 1 }
            return candidate < found.count ? candidate : nil
        }
        while position < found.count {
            defer { position = next(after: position) ?? found.count }
            let lower = found[position]
            if let partner = wrapped[position] {
                let upper = found[partner]
                let (line, column) = location(lower.start)
                occurrences.append(CodeListText.Occurrence(
                    codes: "\(lower.code.text)-\(upper.code.text)", text: "\(lower.code.text)- \(upper.code.text)", line: line, column: column))
                continue
            }
            if let following = next(after: position), wrapped[following] == nil,
                isRangeSeparator(from: lower.end, to: found[following].start, lowerStart: lower.start),
                let range = try? CodeRange("\(lower.code.text)-\(found[following].code.text)")
            {
                occurrences.append(occurrence(range.description, lower.start, found[following].end))
                consumed.insert(following)
            } else {
                occurrences.append(occurrence(lower.code.text, lower.start, lower.end))
            }
        }
        return (occurrences, rejected)
    }

    /// The code that ends a range wrapped inside a table cell: `27130-` with other columns after it on its line, and
    /// on the next line a code in the same column (within two) that is not itself followed by a dash. A code written
    /// `27130 - description` (spaces around the dash) or a list of `27130- description` lines is not a wrapped range.
    private func wrappedPartner(of index: Int, in found: [(code: ProcedureCode, start: Int, end: Int)]) -> Int? {
        let lower = found[index]
        guard lower.end + 1 < scalars.count, Self.isDash(scalars[lower.end]), scalars[lower.end + 1] == " " || scalars[lower.end + 1] == "\t" else { return nil }
        // Something else follows in the other columns of the line.
        var cursor = lower.end + 1
        while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
        guard cursor < scalars.count, scalars[cursor] != "\n", scalars[cursor] != "\r" else { return nil }
        let (line, column) = location(lower.start)
        for candidate in (index + 1)..<found.count {
            let (candidateLine, candidateColumn) = location(found[candidate].start)
            if candidateLine > line + 1 { return nil }
            guard candidateLine == line + 1, abs(candidateColumn - column) <= 2 else { continue }
            let end = found[candidate].end
            if end < scalars.count, Self.isDash(scalars[end]) { return nil }
            return (try? CodeRange("\(lower.code.text)-\(found[candidate].code.text)")) != nil ? candidate : nil
        }
        return nil
    }

    private func occurrence(_ codes: String, _ start: Int, _ end: Int) -> CodeListText.Occurrence {
        let (line, column) = location(start)
        return CodeListText.Occurrence(codes: codes, text: collapsed(String(String.UnicodeScalarView(scalars[start..<end]))), line: line, column: column)
    }

    /// The longer token a code is glued into (`PCA-1-25-03456`), or nil when the code stands alone, is one end of a
    /// range written without spaces, one of a slash-separated list of codes, or carries modifiers (`64490-50-LT`).
    private func joinedIdentifier(_ start: Int, _ end: Int) -> String? {
        let joiners: Set<Unicode.Scalar> = ["-", "/", ".", "_", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]
        func piece(before index: Int) -> Range<Int>? {
            guard index >= 2, joiners.contains(scalars[index - 1]), Self.isAlphanumeric(scalars[index - 2]) else { return nil }
            var lower = index - 2
            while lower > 0, Self.isAlphanumeric(scalars[lower - 1]) { lower -= 1 }
            return lower..<(index - 1)
        }
        func piece(after index: Int) -> Range<Int>? {
            guard index + 1 < scalars.count, joiners.contains(scalars[index]), Self.isAlphanumeric(scalars[index + 1]) else { return nil }
            var upper = index + 1
            while upper < scalars.count, Self.isAlphanumeric(scalars[upper]) { upper += 1 }
            return (index + 1)..<upper
        }
        func isCode(_ range: Range<Int>) -> Bool {
            range.count == 5 && (try? CodeListText.classify(String(String.UnicodeScalarView(scalars[range]))).get()) != nil
        }
        func isListJoiner(_ index: Int) -> Bool { scalars[index] != "." && scalars[index] != "_" }
        var whole = start..<end
        var isPlain = true
        if let left = piece(before: start) {
            whole = left.lowerBound..<end
            if !(isCode(left) && isListJoiner(start - 1)) { isPlain = false }
        }
        if let right = piece(after: end) {
            whole = whole.lowerBound..<right.upperBound
            if isCode(right) && isListJoiner(end) {
                // one end of a range or list
            } else if right.count == 2, Self.isDash(scalars[end]) {
                // Modifiers: every further piece must be one too.
                var next = right
                while let more = piece(after: next.upperBound) {
                    whole = whole.lowerBound..<more.upperBound
                    if more.count != 2 || !Self.isDash(scalars[next.upperBound]) { isPlain = false }
                    next = more
                }
            } else {
                isPlain = false
            }
        }
        if isPlain { return nil }
        // Show the whole glued token.
        var lower = whole.lowerBound, upper = whole.upperBound
        while let more = piece(before: lower) { lower = more.lowerBound }
        while let more = piece(after: upper) { upper = more.upperBound }
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    /// Whether the text between two codes makes them a range: one dash, or "through", "thru" or "to" between
    /// spaces, with only white space and masked structures (a page footer) around it.
    private func isRangeSeparator(from end: Int, to start: Int, lowerStart: Int) -> Bool {
        var words: [Unicode.Scalar] = []
        var dashIndex: Int?
        var index = end
        while index < start {
            let scalar = scalars[index]
            if masked[index] || scalar.properties.isWhitespace {
                if !words.isEmpty, words.last != " " { words.append(" ") }
            } else {
                if Self.isDash(scalar) { dashIndex = index }
                words.append(scalar)
            }
            index += 1
        }
        let between = String(String.UnicodeScalarView(words)).trimmingCharacters(in: .whitespaces).lowercased()
        if between.unicodeScalars.count == 1, let dashIndex {
            // "- 27131" under "- 27130" is a bulleted list, not a range.
            if isFirstOnLine(dashIndex), let first = firstNonBlank(onLineOf: lowerStart), Self.isDash(scalars[first]) || "•*·▪".unicodeScalars.contains(scalars[first]) {
                return false
            }
            return true
        }
        let spacedBefore = end < start && (scalars[end].properties.isWhitespace || masked[end])
        let spacedAfter = start > end && (scalars[start - 1].properties.isWhitespace || masked[start - 1])
        return ["through", "thru", "to"].contains(between) && spacedBefore && spacedAfter
    }

    private func isFirstOnLine(_ index: Int) -> Bool {
        firstNonBlank(onLineOf: index) == index
    }

    private func firstNonBlank(onLineOf index: Int) -> Int? {
        var lineStart = index
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var first = lineStart
        while first < scalars.count, scalars[first] != "\n", scalars[first].properties.isWhitespace { first += 1 }
        return first < scalars.count && scalars[first] != "\n" ? first : nil
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        "-\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}\u{2212}\u{FE63}\u{FF0D}".unicodeScalars.contains(scalar)
    }

    /// The 1-based line and column of a scalar index.
    func location(_ index: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle }
        }
        return (low + 1, index - lineStarts[low] + 1)
    }

    private func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
