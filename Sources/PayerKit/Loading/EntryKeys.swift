/// The keys every fact carries: `source`, `secondary_source`, `last_verified`, `notes`.
struct FactKeys {
    static let names = ["source", "secondary_source", "last_verified", "notes"]

    private(set) var source: String?
    private(set) var isSecondary = false
    private(set) var lastVerified: CalendarDate?
    private(set) var notes: String?

    /// Reads the value of `key` if it is a fact key; false (nothing read) otherwise.
    mutating func read(_ key: String, _ reader: YAMLReader) throws(YAMLSyntaxError) -> Bool {
        switch key {
        case "source": source = try reader.url("source")?.value
        case "secondary_source": isSecondary = try reader.bool("secondary_source") ?? false
        case "last_verified": lastVerified = try reader.date("last_verified")?.value
        case "notes": notes = try reader.text("notes")
        default: return false
        }
        return true
    }

    /// The entry's provenance; `fileLastVerified` fills in a missing `last_verified`. Nil when `source` is missing.
    func provenance(at location: SourceLocation, fileLastVerified: CalendarDate) -> Provenance? {
        source.map {
            Provenance(location: location, sourceURL: $0, isSecondarySource: isSecondary, lastVerified: lastVerified ?? fileLastVerified)
        }
    }
}

/// The scope keys: `program`, `lines_of_business`, `states`, `settings`, `effective_from`, `effective_until`.
struct ScopeKeys {
    static let names = ["program", "lines_of_business", "states", "settings", "effective_from", "effective_until"]

    private(set) var scope = Scope()
    private(set) var programReference: Located<String>?
    private var from: Located<CalendarDate>?
    private var until: Located<CalendarDate>?

    /// Reads the value of `key` if it is a scope key; false (nothing read) otherwise.
    mutating func read(_ key: String, _ reader: YAMLReader) throws(YAMLSyntaxError) -> Bool {
        switch key {
        case "program":
            programReference = try reader.identifier("program")
            scope.program = programReference?.value
        case "lines_of_business":
            scope.linesOfBusiness = try reader.nonEmpty(reader.choices("lines_of_business", LineOfBusiness.self))
        case "states": scope.states = try reader.nonEmpty(reader.states("states"))
        case "settings": scope.settings = try reader.nonEmpty(reader.choices("settings", CareSetting.self))
        case "effective_from":
            from = try reader.date("effective_from")
            scope.effectiveFrom = from?.value
            checkOrder(reader)
        case "effective_until":
            until = try reader.date("effective_until")
            scope.effectiveUntil = until?.value
            checkOrder(reader)
        default: return false
        }
        return true
    }

    /// Runs once both dates are read, whichever key comes first in the entry.
    private func checkOrder(_ reader: YAMLReader) {
        guard let from, let until, until.value <= from.value else { return }
        reader.error(at: until.location, "effective_until \(until.value) must be after effective_from \(from.value) (line \(from.location.line))")
    }
}

extension YAMLReader {
    /// An `https://` (or `http://`) address without spaces.
    func url(_ what: String) throws(YAMLSyntaxError) -> Located<String>? {
        try scalar(what) { text in
            if Self.isPlainASCIIWebAddress(text.utf8) { return .success(text) }
            let lower = text.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), text.count > 10,
                !text.contains(where: \.isWhitespace)
            else {
                return .failure(ScalarError("\(what) must be a web address starting with https://, not '\(text)'"))
            }
            return .success(text)
        }
    }

    /// The check ``url(_:)`` makes, on the bytes of an all-ASCII address (most of them); false sends the text
    /// through the general check.
    private static func isPlainASCIIWebAddress(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count > 10 else { return false }
            // ASCII whitespace is space and \t \n \v \f \r.
            for byte in bytes where byte >= 0x80 || byte == 0x20 || byte &- 0x09 <= 0x0D - 0x09 { return false }
            func lowered(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }
            let scheme = (lowered(bytes[0]), lowered(bytes[1]), lowered(bytes[2]), lowered(bytes[3]), lowered(bytes[4]))
            guard scheme.0 == UInt8(ascii: "h"), scheme.1 == UInt8(ascii: "t"), scheme.2 == UInt8(ascii: "t"), scheme.3 == UInt8(ascii: "p")
            else { return false }
            if scheme.4 == UInt8(ascii: ":") { return bytes[5] == UInt8(ascii: "/") && bytes[6] == UInt8(ascii: "/") }
            return scheme.4 == UInt8(ascii: "s") && bytes[5] == UInt8(ascii: ":") && bytes[6] == UInt8(ascii: "/") && bytes[7] == UInt8(ascii: "/")
        } ?? false
    }

    /// A phone or fax number written `800-555-0100`.
    func phone(_ what: String) throws(YAMLSyntaxError) -> String? {
        try scalar(what) { text in
            let digitGroups = text.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
            guard digitGroups == [3, 3, 4], text.allSatisfy({ $0 == "-" || $0.isASCII && $0.isNumber }) else {
                return .failure(ScalarError("\(what) must be ten digits written like 800-555-0100, not '\(text)'; put menu options in notes"))
            }
            return .success(text)
        }?.value
    }

    /// A lower-case id: letters, digits and dashes.
    func identifier(_ what: String) throws(YAMLSyntaxError) -> Located<String>? {
        try scalar(what) { text in
            let isPlain = text.utf8.allSatisfy {
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-")
            }
            guard isPlain || text.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
                return .failure(ScalarError("\(what) must use lower-case letters, digits and dashes, not '\(text)'"))
            }
            return .success(text)
        }
    }

    /// A list of USPS state codes.
    func states(_ what: String) throws(YAMLSyntaxError) -> Set<String> {
        try uniqueValues(what) { () throws(YAMLSyntaxError) in try state(what) }
    }

    /// A two-letter USPS state code.
    func state(_ what: String) throws(YAMLSyntaxError) -> Located<String>? {
        try scalar(what) { text in
            USState.codes.contains(text)
                ? .success(text) : .failure(ScalarError("'\(text)' is not a two-letter USPS state code (e.g. TX, DC, PR)"))
        }
    }

    /// A CPT or HCPCS code or code range.
    func codeRange(_ what: String) throws(YAMLSyntaxError) -> Located<CodeRange>? {
        try scalar(what) { text in
            do throws(CodeError) { return .success(try CodeRange(text)) } catch { return .failure(ScalarError(error.message)) }
        }
    }

    /// A list of code ranges in which no code appears twice.
    func codeRanges(_ what: String) throws(YAMLSyntaxError) -> [CodeRange] {
        let ranges = try values(what) { () throws(YAMLSyntaxError) in try codeRange(what) }
        // Lists are usually written in order already; sorting is only needed when they are not.
        let isAscending = zip(ranges, ranges.dropFirst()).allSatisfy { $0.value.lowerKey <= $1.value.lowerKey }
        let sorted = isAscending ? ranges : ranges.sorted { $0.value.lowerKey < $1.value.lowerKey }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.value.lowerKey <= previous.value.upperKey {
            error(at: next.location, "'\(next.value)' overlaps '\(previous.value)' at \(previous.location.lineAndColumn); list each code once")
        }
        return ranges.map(\.value)
    }

    /// A duration mapping `{length: 7, unit: calendar-days}`.
    func timeLimit(_ what: String, units: [TimeLimit.Unit] = TimeLimit.Unit.allCases) throws(YAMLSyntaxError) -> TimeLimit? {
        var length: Int?
        var unit: Located<TimeLimit.Unit>?
        try mapping(what, required: Self.timeLimitKeys, known: Self.timeLimitKeys) { key throws(YAMLSyntaxError) in
            switch key {
            case "length":
                // Zero is not a length: "no retro authorization" is accepted: false, and a zero-day limit is a typo.
                length = try integer("length", in: 1...1000)
            default:
                unit = try scalar("unit") { text in
                    guard let value = TimeLimit.Unit(rawValue: text), units.contains(value) else {
                        return .failure(ScalarError("'\(text)' is not a unit for \(what); expected one of: \(units.map(\.rawValue).joined(separator: ", "))"))
                    }
                    return .success(value)
                }
            }
            return true
        }
        guard let length, let unit else { return nil }
        return TimeLimit(length: length, unit: unit.value)
    }

    private static let timeLimitKeys = ["length", "unit"]

    /// Treats an empty list as a mistake: an absent key already means "any".
    func nonEmpty<T>(_ set: Set<T>) -> Set<T>? { set.isEmpty ? nil : set }
}
