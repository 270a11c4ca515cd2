/// Reads the values of schema types: web addresses, phone numbers, ids, states, code ranges and durations.
extension YAMLReader {
    /// An `https://` (or `http://`) address without spaces. Checked on the UTF-8 bytes: every rule has a source,
    /// and a check by `Character` cost a fifth of loading a large rule set.
    func url(_ what: String) throws(YAMLSyntaxError) -> Located<String>? {
        try scalar(what) { text in
            let scheme = text.utf8.prefix(8).map { $0 | 0x20 }  // ASCII letters lower-cased; ':' and '/' unchanged.
            let hasSpace = text.utf8.contains { $0 <= 0x20 } || text.utf8.contains { $0 >= 0x80 } && text.unicodeScalars.contains(where: \.properties.isWhitespace)
            guard scheme.starts(with: "https://".utf8) || scheme.starts(with: "http://".utf8), text.unicodeScalars.count > 10, !hasSpace else {
                return .failure(ScalarError("\(what) must be a web address starting with https://, not '\(text)'"))
            }
            return .success(text)
        }
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
            guard isPlain else {
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

    /// A list of code ranges in which no code appears twice.
    func codeRanges(_ what: String) throws(YAMLSyntaxError) -> [CodeRange] {
        var read: [(range: CodeRange, mark: YAMLMark)] = []
        try list(what) { () throws(YAMLSyntaxError) in
            let code = try scalarBytes(what) { scalar in
                if let range = CodeRange(utf8: scalar.bytes) { return .success(range) }
                do throws(CodeError) { return .success(try CodeRange(scalar.text)) } catch { return .failure(ScalarError(error.message)) }
            }
            if let code { read.append((code.value, code.location)) }
        }
        let sorted = read.sorted { $0.range.lowerKey < $1.range.lowerKey }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.range.lowerKey <= previous.range.upperKey {
            error(at: next.mark, "'\(next.range)' overlaps '\(previous.range)' at \(previous.mark.lineAndColumn); list each code once")
        }
        return read.map(\.range)
    }

    /// A duration mapping `{length: 7, unit: calendar-days}` for `key`, in the units its declaration allows.
    func timeLimit(_ key: some SchemaKey) throws(YAMLSyntaxError) -> TimeLimit? {
        guard case .duration(let units) = key.declaration.type else { preconditionFailure("\(key.rawValue) is not a duration") }
        let what = key.rawValue
        var length: Int?
        var unit: Located<TimeLimit.Unit>?
        try mapping(what, Self.timeLimitKeys) { key throws(YAMLSyntaxError) in
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
        }
        guard let length, let unit else { return nil }
        return TimeLimit(length: length, unit: unit.value)
    }

    private static let timeLimitKeys = KeySet(names: ["length", "unit"], required: ["length", "unit"])

    /// Treats an empty list as a mistake: an absent key already means "any".
    func nonEmpty<T>(_ set: Set<T>) -> Set<T>? { set.isEmpty ? nil : set }
}
