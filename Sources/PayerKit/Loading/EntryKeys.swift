/// The keys every fact carries: `source`, `secondary_source`, `last_verified`, `notes`.
final class FactKeys {
    private(set) var source: String?
    private(set) var isSecondary = false
    private(set) var lastVerified: CalendarDate?
    private(set) var notes: String?

    func handlers(_ reader: YAMLReader) -> [String: YAMLReader.Handler] {
        [
            "source": { () throws(YAMLSyntaxError) in self.source = try reader.url("source")?.value },
            "secondary_source": { () throws(YAMLSyntaxError) in self.isSecondary = try reader.bool("secondary_source") ?? false },
            "last_verified": { () throws(YAMLSyntaxError) in self.lastVerified = try reader.date("last_verified")?.value },
            "notes": { () throws(YAMLSyntaxError) in self.notes = try reader.text("notes") },
        ]
    }

    /// The entry's provenance; `fileLastVerified` fills in a missing `last_verified`. Nil when `source` is missing.
    func provenance(at location: SourceLocation, fileLastVerified: CalendarDate) -> Provenance? {
        source.map {
            Provenance(location: location, sourceURL: $0, isSecondarySource: isSecondary, lastVerified: lastVerified ?? fileLastVerified)
        }
    }
}

/// The scope keys: `program`, `lines_of_business`, `states`, `settings`, `effective_from`, `effective_until`.
final class ScopeKeys {
    private(set) var scope = Scope()
    private(set) var programReference: Located<String>?
    private var from: Located<CalendarDate>?
    private var until: Located<CalendarDate>?

    func handlers(_ reader: YAMLReader) -> [String: YAMLReader.Handler] {
        [
            "program": { () throws(YAMLSyntaxError) in
                self.programReference = try reader.identifier("program")
                self.scope.program = self.programReference?.value
            },
            "lines_of_business": { () throws(YAMLSyntaxError) in
                self.scope.linesOfBusiness = try reader.nonEmpty(reader.choices("lines_of_business", LineOfBusiness.self))
            },
            "states": { () throws(YAMLSyntaxError) in self.scope.states = try reader.nonEmpty(reader.states("states")) },
            "settings": { () throws(YAMLSyntaxError) in
                self.scope.settings = try reader.nonEmpty(reader.choices("settings", CareSetting.self))
            },
            "effective_from": { () throws(YAMLSyntaxError) in
                self.from = try reader.date("effective_from")
                self.scope.effectiveFrom = self.from?.value
                self.checkOrder(reader)
            },
            "effective_until": { () throws(YAMLSyntaxError) in
                self.until = try reader.date("effective_until")
                self.scope.effectiveUntil = self.until?.value
                self.checkOrder(reader)
            },
        ]
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
            let lower = text.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), text.count > 10,
                !text.contains(where: \.isWhitespace)
            else {
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
            guard text.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
                return .failure(ScalarError("\(what) must use lower-case letters, digits and dashes, not '\(text)'"))
            }
            return .success(text)
        }
    }

    /// A list of USPS state codes.
    func states(_ what: String) throws(YAMLSyntaxError) -> Set<String> {
        try uniqueValues(what) { () throws(YAMLSyntaxError) in
            try scalar(what) { text in
                USState.codes.contains(text)
                    ? .success(text) : .failure(ScalarError("'\(text)' is not a two-letter USPS state code (e.g. TX, DC, PR)"))
            }
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
        let sorted = ranges.sorted { $0.value.lowerKey < $1.value.lowerKey }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.value.lowerKey <= previous.value.upperKey {
            error(at: next.location, "'\(next.value)' overlaps '\(previous.value)' at \(previous.location.lineAndColumn); list each code once")
        }
        return ranges.map(\.value)
    }

    /// A duration mapping `{length: 7, unit: calendar-days}`.
    func timeLimit(_ what: String, units: [TimeLimit.Unit] = TimeLimit.Unit.allCases) throws(YAMLSyntaxError) -> TimeLimit? {
        var length: Int?
        var unit: Located<TimeLimit.Unit>?
        try mapping(what, required: ["length", "unit"], [
            // Zero is not a length: "no retro authorization" is accepted: false, and a zero-day limit is a typo.
            "length": { () throws(YAMLSyntaxError) in length = try self.integer("length", in: 1...1000) },
            "unit": { () throws(YAMLSyntaxError) in
                unit = try self.scalar("unit") { text in
                    guard let value = TimeLimit.Unit(rawValue: text), units.contains(value) else {
                        return .failure(ScalarError("'\(text)' is not a unit for \(what); expected one of: \(units.map(\.rawValue).joined(separator: ", "))"))
                    }
                    return .success(value)
                }
            },
        ])
        guard let length, let unit else { return nil }
        return TimeLimit(length: length, unit: unit.value)
    }

    /// Treats an empty list as a mistake: an absent key already means "any".
    func nonEmpty<T>(_ set: Set<T>) -> Set<T>? { set.isEmpty ? nil : set }
}
