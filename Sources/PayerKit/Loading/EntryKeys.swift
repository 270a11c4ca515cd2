/// An entry's key: one of its own, a fact key, or (for scoped entries) a scope key.
enum EntryKey<Own: Sendable>: Sendable {
    case own(Own)
    case fact(FactKey)
    case scope(ScopeKey)
}

extension KeySet {
    /// The keys of a kind of entry, with its required keys, as ``EntryKind`` declares them.
    init<Own: SchemaKey>(entry kind: EntryKind, _: Own.Type) where Key == EntryKey<Own> {
        let own = Own.allCases.map { ($0.rawValue, EntryKey.own($0)) }
        let facts = FactKey.allCases.map { ($0.rawValue, EntryKey<Own>.fact($0)) }
        let scope = kind.isScoped ? ScopeKey.allCases.map { ($0.rawValue, EntryKey<Own>.scope($0)) } : []
        self.init(own + facts + scope, required: kind.keys.filter(\.isRequired).map(\.name))
    }
}

/// The keys every fact carries.
package enum FactKey: String, SchemaKey {
    case source
    case secondarySource = "secondary_source"
    case lastVerified = "last_verified"
    case sourceDate = "source_date"
    case notes

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .source: (.url, true, "The public page that states this fact.")
        case .secondarySource: (.boolean, false, "true when the source is not the payer, CMS, a MAC or the payer's review vendor (a billing blog, a mirror, a third-party copy).")
        case .lastVerified: (.date, false, "The day this fact was confirmed current on its source, when not the file's last_verified.")
        case .sourceDate: (.date, false, "The source document's own date: the list's effective date, or its publication date.")
        case .notes: (.text, false, "Free-text notes for staff.")
        }
    }
}

/// The values of an entry's fact keys.
struct FactKeys {
    private(set) var source: String?
    private(set) var isSecondary = false
    private(set) var lastVerified: CalendarDate?
    private(set) var sourceDate: CalendarDate?
    private(set) var notes: String?

    mutating func read(_ key: FactKey, _ reader: YAMLReader) throws(YAMLSyntaxError) {
        switch key {
        case .source: source = try reader.url("source")?.value
        case .secondarySource: isSecondary = try reader.bool("secondary_source") ?? false
        case .lastVerified: lastVerified = try reader.date("last_verified")?.value
        case .sourceDate: sourceDate = try reader.date("source_date")?.value
        case .notes: notes = try reader.text("notes")
        }
    }

    /// Stands for the file's `last_verified` in an entry without its own until the file's is known; no date in a file
    /// can be in year 1.
    static let fileDate = CalendarDate(year: 1, month: 1, day: 1)!

    /// The entry's provenance, dated ``fileDate`` when the entry has no date of its own. Nil when `source` is missing.
    func provenance(at location: SourceLocation) -> Provenance? {
        source.map {
            Provenance(
                location: location, sourceURL: $0, isSecondarySource: isSecondary, lastVerified: lastVerified ?? Self.fileDate,
                sourceDate: sourceDate)
        }
    }
}

/// The keys that narrow where and when an entry applies.
package enum ScopeKey: String, SchemaKey {
    case program
    case plans
    case linesOfBusiness = "lines_of_business"
    case states
    case memberStates = "member_states"
    case settings
    case network
    case effectiveFrom = "effective_from"
    case effectiveUntil = "effective_until"

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .program: (.identifier, false, "The id of a program declared under `programs`.")
        case .plans: (.list(.identifier), false, "The plans (ids under `plans`) this applies to; leave out for all.")
        case .linesOfBusiness: (.list(.oneOf(Words.linesOfBusiness)), false, "The lines of business this applies to; leave out for all of the payer's.")
        case .states: (.list(.oneOf(Words.states)), false, "The states where the service is furnished (the provider's location); leave out for all.")
        case .memberStates: (.list(.oneOf(Words.states)), false, "The members' states of residence (the DME MAC jurisdiction follows it); leave out for all.")
        case .settings: (.list(.oneOf(Words.settings)), false, "The care settings this applies to; leave out for all.")
        case .network: (.oneOf(Words.networks), false, "participating or non-participating providers; leave out for both.")
        case .effectiveFrom: (.date, false, "First date of service covered, inclusive.")
        case .effectiveUntil: (.date, false, "First date of service no longer covered, exclusive: the removal date as the source states it.")
        }
    }
}

/// The values of an entry's scope keys.
struct ScopeKeys {
    private(set) var scope = Scope()
    private(set) var programReference: Located<String>?
    private(set) var planReferences: [Located<String>] = []
    private var from: Located<CalendarDate>?
    private var until: Located<CalendarDate>?

    mutating func read(_ key: ScopeKey, _ reader: YAMLReader) throws(YAMLSyntaxError) {
        func values<T: RawRepresentable & CaseIterable & Hashable>(_ type: T.Type) throws(YAMLSyntaxError) -> Set<String>? where T.RawValue == String {
            // A closure, not `\.rawValue`: a key path on a generic type is built at run time, on every call.
            return reader.nonEmpty(Set(try reader.choices(key.rawValue, T.self).map { $0.rawValue }))
        }
        switch key {
        case .program:
            programReference = try reader.identifier("program")
            scope.program = programReference?.value
        case .plans:
            planReferences = try reader.values("plans") { () throws(YAMLSyntaxError) in try reader.identifier("a plan") }
            scope.allowed[.plan] = reader.nonEmpty(Set(planReferences.map(\.value)))
        case .linesOfBusiness: scope.allowed[.lineOfBusiness] = try values(LineOfBusiness.self)
        case .states: scope.allowed[.state] = try reader.nonEmpty(reader.states("states"))
        case .memberStates: scope.allowed[.memberState] = try reader.nonEmpty(reader.states("member_states"))
        case .settings: scope.allowed[.setting] = try values(CareSetting.self)
        case .network: scope.allowed[.network] = try reader.choice("network", NetworkStatus.self).map { [$0.rawValue] }
        case .effectiveFrom:
            from = try reader.date("effective_from")
            scope.effectiveFrom = from?.value
            checkOrder(reader)
        case .effectiveUntil:
            until = try reader.date("effective_until")
            scope.effectiveUntil = until?.value
            checkOrder(reader)
        }
    }

    /// Runs once both dates are read, whichever key comes first in the entry.
    private func checkOrder(_ reader: YAMLReader) {
        guard let from, let until, until.value <= from.value else { return }
        reader.error(at: until.location, "effective_until \(until.value) must be after effective_from \(from.value) (line \(from.location.line))")
    }
}

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
