/// A value read from a rule file together with where it was written.
struct Located<Value> {
    let value: Value
    let location: YAMLMark
}

/// Reads typed values from a YAML event stream, schema-first: every scalar is text as written, and only the field's
/// type decides what it means (`00100` stays "00100", `NO` stays "NO").
///
/// Schema problems become diagnostics and the offending value is skipped, so one pass reports every problem in a file.
/// Syntax problems (``YAMLSyntaxError``) end the file.
final class YAMLReader {
    var file: String { events.file }
    /// The limits this file is read under.
    let limits: LoadLimits
    private let events: YAMLEventStream
    private var kept: [Diagnostic] = []
    /// Where the first diagnostic beyond `limits.maxDiagnosticsPerFile` was, and whether any of those left out is an error.
    private var overflow: (location: SourceLocation, hasErrors: Bool)?

    /// Every problem found, at most `LoadLimits.maxDiagnosticsPerFile` of them and then one saying that reading
    /// stopped (an error whenever any problem left out is one, so a file is never loaded on a hidden error).
    var diagnostics: [Diagnostic] {
        guard let overflow else { return kept }
        let note = "more than \(limits.maxDiagnosticsPerFile) problems in this file; reading stopped here, fix these first (LoadLimits.maxDiagnosticsPerFile)"
        return kept + [Diagnostic(overflow.hasErrors ? .error : .warning, at: overflow.location, note)]
    }

    /// A message quoting a huge value keeps its start and end (where the hint is) and says how much is left out.
    private static func shortened(_ diagnostic: Diagnostic) -> Diagnostic {
        let message = diagnostic.message
        guard message.unicodeScalars.count > 600 else { return diagnostic }
        let scalars = Array(message.unicodeScalars)
        var short = String.UnicodeScalarView(scalars.prefix(400))
        short.append(contentsOf: " […\(scalars.count - 600) characters left out…] ".unicodeScalars)
        short.append(contentsOf: scalars.suffix(200))
        return Diagnostic(diagnostic.severity, at: diagnostic.location, String(short))
    }

    /// Whether the diagnostics limit is reached; long checks stop early then.
    var isFull: Bool { overflow != nil }

    init(content: [UInt8], file: String, limits: LoadLimits = .default) {
        self.limits = limits
        events = YAMLEventStream(content: content, file: file, limits: limits)
    }

    /// The next event, left unread when `peeking`; once an error has been left out for the diagnostics limit, reading
    /// stops.
    private func nextEvent(peeking: Bool = false) throws(YAMLSyntaxError) -> (YAMLEvent, YAMLMark) {
        if let overflow, overflow.hasErrors { throw YAMLSyntaxError(location: overflow.location, message: "reading stopped") }
        return try peeking ? events.peek() : events.next()
    }

    /// Reads the file's single document with `root`, then checks that nothing follows it.
    func readDocument(_ root: () throws(YAMLSyntaxError) -> Void) throws(YAMLSyntaxError) {
        guard try events.start() else {
            error(at: SourceLocation(file: file, line: 1, column: 1), "the file is empty; a payer file starts with 'schema_version: 2'")
            return
        }
        try root()
        try events.finish()
    }

    func error(at location: SourceLocation, _ message: String) {
        report(Diagnostic(.error, at: location, message))
    }

    func error(at mark: YAMLMark, _ message: String) {
        error(at: location(mark), message)
    }

    func warning(at mark: YAMLMark, _ message: String) {
        report(Diagnostic(.warning, at: location(mark), message))
    }

    /// The place `mark` names in this file.
    func location(_ mark: YAMLMark) -> SourceLocation { events.location(mark) }

    private func report(_ diagnostic: Diagnostic) {
        guard kept.count >= limits.maxDiagnosticsPerFile else {
            kept.append(Self.shortened(diagnostic))
            return
        }
        let isError = diagnostic.severity == .error
        overflow = (overflow?.location ?? diagnostic.location, (overflow?.hasErrors ?? false) || isError)
    }

    // MARK: Structure

    /// Reads a mapping whose keys must be among `keySet`'s, calling `read(key)` for each, which must consume exactly
    /// the key's value. Reports duplicate and unknown keys (with a suggestion) and the key set's missing required keys.
    /// Returns the mapping's location and the keys it sets, or nil when the value is not a mapping.
    @discardableResult
    func mapping<Key: Sendable>(
        _ what: String, _ keySet: KeySet<Key>, _ read: (Key) throws(YAMLSyntaxError) -> Void
    ) throws(YAMLSyntaxError) -> (location: SourceLocation, keys: MappingKeys)? {
        let (event, start) = try nextEvent()
        guard case .mappingStart = event else {
            error(at: start, "expected a mapping of keys for \(what), found \(describe(event))")
            try skipRest(of: event)
            return nil
        }
        var keys = MappingKeys(names: keySet.names)
        var unknown: [(key: String, location: YAMLMark)] = []
        while true {
            let (keyEvent, keyLocation) = try nextEvent()
            if case .mappingEnd = keyEvent { break }
            guard case .scalar(let scalar) = keyEvent else {
                error(at: keyLocation, "a key must be plain text, found \(describe(keyEvent))")
                try skipRest(of: keyEvent)
                try skipNode()
                continue
            }
            if let index = keySet.index(of: scalar) {
                if let first = keys.positions[index] {
                    error(at: keyLocation, "duplicate key '\(keySet.names[index])' in \(what); it is first set at \(first.lineAndColumn)")
                    try skipNode()
                } else {
                    keys.positions[index] = keyLocation
                    try read(keySet.keys[index])
                }
                continue
            }
            let key = scalar.text
            if key == "<<" && scalar.isPlain {
                error(at: keyLocation, "merge keys ('<<') are not allowed in rule files; write the keys out")
            } else if let first = unknown.first(where: { $0.key == key }) {
                error(at: keyLocation, "duplicate key '\(key)' in \(what); it is first set at \(first.location.lineAndColumn)")
            } else {
                unknown.append((key, keyLocation))
                let hint = Suggestions.nearest(to: key, in: keySet.names, limit: 1).first.map { " (did you mean '\($0)'?)" } ?? ""
                error(at: keyLocation, "unknown key '\(key)' in \(what)\(hint)")
            }
            try skipNode()
        }
        for index in keySet.required where keys.positions[index] == nil {
            error(at: start, "\(what) is missing the required key '\(keySet.names[index])'")
        }
        return (location(start), keys)
    }

    /// Reads a list, calling `element` once per item (it must consume exactly one node). An empty list is an error:
    /// an absent key already means "none" or "any".
    func list(_ what: String, _ element: () throws(YAMLSyntaxError) -> Void) throws(YAMLSyntaxError) {
        let (event, start) = try nextEvent()
        guard case .sequenceStart = event else {
            error(at: start, "expected a list for \(what), found \(describe(event))")
            try skipRest(of: event)
            return
        }
        var count = 0
        while true {
            if case .sequenceEnd = try nextEvent(peeking: true).0 {
                _ = try nextEvent()
                if count == 0 { error(at: start, "\(what) is an empty list; remove the key or list something") }
                return
            }
            try element()
            count += 1
        }
    }

    /// Reads a list of values read by `item`, dropping the invalid ones.
    func values<T>(_ what: String, _ item: () throws(YAMLSyntaxError) -> T?) throws(YAMLSyntaxError) -> [T] {
        var result: [T] = []
        try list(what) { () throws(YAMLSyntaxError) in
            if let value = try item() { result.append(value) }
        }
        return result
    }

    /// Skips one whole node.
    func skipNode() throws(YAMLSyntaxError) {
        let (event, _) = try nextEvent()
        try skipRest(of: event)
    }

    private func skipRest(of event: YAMLEvent) throws(YAMLSyntaxError) {
        var open: Int
        switch event {
        case .mappingStart, .sequenceStart: open = 1
        default: return
        }
        while open > 0 {
            switch try nextEvent().0 {
            case .mappingStart, .sequenceStart: open += 1
            case .mappingEnd, .sequenceEnd: open -= 1
            case .scalar: break
            }
        }
    }

    private func describe(_ event: YAMLEvent) -> String {
        switch event {
        case .mappingStart: "a mapping"
        case .sequenceStart: "a list"
        case .scalar(let scalar): scalar.isEmpty ? "nothing" : "the text '\(scalar.text)'"
        case .mappingEnd, .sequenceEnd: "the end of a block"
        }
    }

    // MARK: Scalars

    /// Reads a non-empty scalar and converts its bytes with `convert`, which returns an error message on failure.
    func scalarBytes<T>(_ what: String, _ convert: (YAMLScalar) -> Result<T, ScalarError>) throws(YAMLSyntaxError) -> Located<T>? {
        let (event, location) = try nextEvent()
        guard case .scalar(let scalar) = event else {
            error(at: location, "expected a single value for \(what), found \(describe(event))")
            try skipRest(of: event)
            return nil
        }
        guard !scalar.isEmpty else {
            error(at: location, "\(what) has no value")
            return nil
        }
        switch convert(scalar) {
        case .success(let value): return Located(value: value, location: location)
        case .failure(let problem):
            error(at: location, problem.message)
            return nil
        }
    }

    /// Reads a non-empty scalar and converts its text with `convert`, which returns an error message on failure.
    func scalar<T>(_ what: String, _ convert: (String) -> Result<T, ScalarError>) throws(YAMLSyntaxError) -> Located<T>? {
        try scalarBytes(what) { convert($0.text) }
    }

    /// Free text.
    func text(_ what: String) throws(YAMLSyntaxError) -> String? {
        try scalar(what) { .success($0) }?.value
    }

    /// `true` or `false`, nothing else (`yes`, `NO`, `on` are refused, not guessed).
    func bool(_ what: String) throws(YAMLSyntaxError) -> Bool? {
        try scalar(what) { text in
            switch text {
            case "true": .success(true)
            case "false": .success(false)
            default: .failure(ScalarError("\(what) must be true or false, not '\(text)'"))
            }
        }?.value
    }

    /// Plain decimal digits only, within `range`.
    func integer(_ what: String, in range: ClosedRange<Int>) throws(YAMLSyntaxError) -> Int? {
        try scalar(what) { text in
            guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                return .failure(ScalarError("\(what) must be a whole number written in digits, not '\(text)'"))
            }
            // Digits beyond Int's 64 bits are simply out of range, not a different kind of mistake.
            guard let value = Int(text), range.contains(value) else {
                return .failure(ScalarError("\(what) must be between \(range.lowerBound) and \(range.upperBound), not \(text)"))
            }
            return .success(value)
        }?.value
    }

    /// A calendar date written `YYYY-MM-DD`.
    func date(_ what: String) throws(YAMLSyntaxError) -> Located<CalendarDate>? {
        try scalar(what) { text in
            guard let date = CalendarDate(iso8601: text) else {
                return .failure(ScalarError("\(what) must be a real date written YYYY-MM-DD, not '\(text)'"))
            }
            guard CalendarDate.supportedYears.contains(date.year) else {
                return .failure(ScalarError("\(what) \(text) is outside the years PayerKit handles (\(CalendarDate.supportedYears))"))
            }
            return .success(date)
        }
    }

    /// One of an enumeration's raw values; a near miss gets a suggestion.
    func choice<T: RawRepresentable & CaseIterable>(_ what: String, _ type: T.Type = T.self) throws(YAMLSyntaxError) -> T? where T.RawValue == String {
        try scalarBytes(what) { Self.enumeration($0, what) }?.value
    }

    /// A list of enumeration values, each at most once.
    func choices<T: RawRepresentable & CaseIterable & Hashable>(_ what: String, _ type: T.Type = T.self) throws(YAMLSyntaxError) -> Set<T> where T.RawValue == String {
        try uniqueValues(what) { () throws(YAMLSyntaxError) in try scalarBytes(what) { Self.enumeration($0, what) } }
    }

    static func enumeration<T: RawRepresentable & CaseIterable>(_ scalar: YAMLScalar, _ what: String) -> Result<T, ScalarError> where T.RawValue == String {
        for value in T.allCases where scalar.equals(value.rawValue) { return .success(value) }
        let text = scalar.text
        let all = T.allCases.map(\.rawValue)
        let hint = Suggestions.nearest(to: text, in: all, limit: 1).first.map { "did you mean '\($0)'? " } ?? ""
        return .failure(ScalarError("'\(text)' is not a valid \(what); \(hint)expected one of: \(all.joined(separator: ", "))"))
    }

    /// A list whose items must not repeat; a repeat is an error naming both places.
    func uniqueValues<T: Hashable>(_ what: String, _ item: () throws(YAMLSyntaxError) -> Located<T>?) throws(YAMLSyntaxError) -> Set<T> {
        // Hashed, not searched: a list may be long (a hostile file within the limits could have 500,000 entries).
        var firstSeen: [T: YAMLMark] = [:]
        try list(what) { () throws(YAMLSyntaxError) in
            guard let located = try item() else { return }
            if let first = firstSeen[located.value] {
                error(at: located.location, "'\(located.value)' is listed twice in \(what); first at \(first.lineAndColumn)")
            } else {
                firstSeen[located.value] = located.location
            }
        }
        return Set(firstSeen.keys)
    }
}

/// The keys a mapping set, with where each was first set.
struct MappingKeys {
    let names: [String]
    /// Where each of `names` was first set, nil for those the mapping left out.
    fileprivate(set) var positions: [YAMLMark?]

    init(names: [String]) {
        self.names = names
        positions = Array(repeating: nil, count: names.count)
    }

    /// Whether the mapping set `key`.
    func contains(_ key: String) -> Bool { names.firstIndex(of: key).map { positions[$0] != nil } ?? false }

    /// Whether the mapping set none of `keys`.
    func isDisjoint(with keys: [String]) -> Bool { !keys.contains(where: contains) }
}

/// Why a scalar was refused.
struct ScalarError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
