internal import CLibYAML

/// A node-level YAML event.
enum YAMLEvent {
    case mappingStart
    case mappingEnd
    case sequenceStart
    case sequenceEnd
    case scalar(YAMLScalar)
}

/// A scalar exactly as written, as libyaml's bytes: valid only until the stream reads its next event, so that most
/// values (keys, codes, enumerations) are matched without making a `String`.
struct YAMLScalar {
    let bytes: UnsafeBufferPointer<UInt8>
    /// False for quoted and block scalars.
    let isPlain: Bool

    /// The text, as a `String` that outlives the event.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether the bytes spell `text`.
    func equals(_ text: String) -> Bool {
        // Compared as two buffers: iterating `String.UTF8View` cost 3 % of a large load (keys are matched this way).
        var text = text
        return bytes.count == text.utf8.count && text.withUTF8 { bytes.elementsEqual($0) }
    }
}

/// A 1-based line and column in the file being read; the reader adds the file name when it keeps or reports one.
struct YAMLMark: Hashable {
    let line: Int
    let column: Int

    /// `line:column`, for pointing at a second place in the same file.
    var lineAndColumn: String { "\(line):\(column)" }
}

/// A problem that stops reading a file: libyaml's own errors and the YAML features rule files refuse.
struct YAMLSyntaxError: Error {
    let location: SourceLocation
    let message: String
}

/// Pulls events from libyaml one at a time, rejecting what rule files must not contain: anchors, aliases, tags,
/// more than one document, and anything beyond ``LoadLimits`` (nesting, node count, value length), checked while
/// streaming, before any work is done on the offending node.
///
/// A scalar's bytes stay valid until the next call to ``next()`` or ``peek()`` reads a new event from libyaml.
final class YAMLEventStream {
    let file: String
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let limits: LoadLimits
    private var depth = 0
    private var nodes = 0
    /// The libyaml event behind the event last returned or peeked, whose scalar bytes the caller may hold.
    private let current: UnsafeMutablePointer<yaml_event_t>
    private var peeked: (event: YAMLEvent, mark: YAMLMark)?

    /// Starts reading `content`; libyaml needs the buffer for as long as it parses, so the stream owns a copy.
    init(content: [UInt8], file: String, limits: LoadLimits = .default) {
        self.file = file
        self.limits = limits
        bytes = .allocate(capacity: max(content.count, 1))
        _ = bytes.initialize(from: content)
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, bytes.baseAddress, content.count)
        self.content = content
        current = .allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
    }

    private let content: [UInt8]

    deinit {
        yaml_event_delete(current)
        current.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
        bytes.deallocate()
    }

    /// Reads up to the first node of the single document. Returns false for a file with no document at all.
    func start() throws(YAMLSyntaxError) -> Bool {
        // libyaml would decode UTF-16, but positions, tabs and every tool around rule files assume UTF-8.
        if content.starts(with: [0xFF, 0xFE]) || content.starts(with: [0xFE, 0xFF]) {
            throw YAMLSyntaxError(location: SourceLocation(file: file, line: 1, column: 1), message: "the file is UTF-16; save it as UTF-8")
        }
        var event = try parseRaw()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_STREAM_START_EVENT else { return false }
        var document = try parseRaw()
        defer { yaml_event_delete(&document) }
        return document.type == YAML_DOCUMENT_START_EVENT
    }

    /// The next node event, without consuming it.
    func peek() throws(YAMLSyntaxError) -> (YAMLEvent, YAMLMark) {
        if let peeked { return peeked }
        let next = try self.next()
        peeked = next
        return next
    }

    /// The next node event.
    func next() throws(YAMLSyntaxError) -> (YAMLEvent, YAMLMark) {
        if let next = peeked {
            peeked = nil
            return next
        }
        yaml_event_delete(current)
        try parse(into: current)
        return try nodeEvent(current)
    }

    /// The place `mark` names in this file.
    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Checks that the document ended and nothing follows it.
    func finish() throws(YAMLSyntaxError) {
        var event = try parseRaw()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_DOCUMENT_END_EVENT else {
            throw YAMLSyntaxError(location: location(of: event.start_mark), message: "unexpected content after the document")
        }
        var after = try parseRaw()
        defer { yaml_event_delete(&after) }
        if after.type == YAML_DOCUMENT_START_EVENT {
            throw YAMLSyntaxError(
                location: location(of: after.start_mark),
                message: "a rule file holds one YAML document; remove the second one (or the '---' that starts it)")
        }
    }

    /// Checks one raw event against the rules and limits and describes it; `event` stays owned by the caller.
    private func nodeEvent(_ event: UnsafeMutablePointer<yaml_event_t>) throws(YAMLSyntaxError) -> (YAMLEvent, YAMLMark) {
        let here = mark(event.pointee.start_mark)
        switch event.pointee.type {
        case YAML_ALIAS_EVENT, YAML_SCALAR_EVENT, YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            nodes += 1
            if nodes > limits.maxNodes {
                throw error(at: here, "the file has more than \(limits.maxNodes) values, lists and mappings; split it or raise LoadLimits.maxNodes")
            }
        default: break
        }
        switch event.pointee.type {
        case YAML_ALIAS_EVENT:
            throw error(at: here, "aliases ('*name') are not allowed in rule files; write the value out")
        case YAML_SCALAR_EVENT:
            let scalar = event.pointee.data.scalar
            try reject(anchor: scalar.anchor, tag: scalar.tag, at: here)
            if scalar.length > limits.maxValueBytes {
                throw error(at: here, "a value of \(scalar.length) bytes is longer than the \(limits.maxValueBytes) allowed; rule values are short text")
            }
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
            return (.scalar(YAMLScalar(bytes: bytes, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE)), here)
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            let isMapping = event.pointee.type == YAML_MAPPING_START_EVENT
            if isMapping {
                try reject(anchor: event.pointee.data.mapping_start.anchor, tag: event.pointee.data.mapping_start.tag, at: here)
            } else {
                try reject(anchor: event.pointee.data.sequence_start.anchor, tag: event.pointee.data.sequence_start.tag, at: here)
            }
            depth += 1
            if depth > limits.maxDepth {
                throw error(at: here, "nesting is deeper than \(limits.maxDepth) levels; rule files never need that")
            }
            return (isMapping ? .mappingStart : .sequenceStart, here)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            depth -= 1
            return (event.pointee.type == YAML_MAPPING_END_EVENT ? .mappingEnd : .sequenceEnd, here)
        default:
            throw error(at: here, "unexpected end of the document")
        }
    }

    private func error(at mark: YAMLMark, _ message: String) -> YAMLSyntaxError {
        YAMLSyntaxError(location: location(mark), message: message)
    }

    private func reject(anchor: UnsafeMutablePointer<UInt8>?, tag: UnsafeMutablePointer<UInt8>?, at here: YAMLMark) throws(YAMLSyntaxError) {
        if anchor != nil {
            throw error(at: here, "anchors ('&name') are not allowed in rule files; write the value out")
        }
        if let tag {
            throw error(at: here, "tags ('\(String(cString: tag))') are not allowed in rule files; values are read as the schema says")
        }
    }

    /// One raw libyaml event; the caller deletes it.
    private func parseRaw() throws(YAMLSyntaxError) -> yaml_event_t {
        var event = yaml_event_t()
        try parse(into: &event)
        return event
    }

    /// Reads the next libyaml event into `event`, which must be empty (deleted); the caller deletes it.
    private func parse(into event: UnsafeMutablePointer<yaml_event_t>) throws(YAMLSyntaxError) {
        guard yaml_parser_parse(parser, event) == 1 else { throw parserError() }
    }

    private func parserError() -> YAMLSyntaxError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "malformed YAML"
        if parser.pointee.error == YAML_READER_ERROR {
            // The reader reports only a byte offset (bad UTF-8, control characters).
            let offset = parser.pointee.problem_offset
            return YAMLSyntaxError(location: location(ofByteOffset: offset), message: "\(problem) at byte offset \(offset)")
        }
        let here = location(of: parser.pointee.problem_mark)
        var message = problem
        if let context = parser.pointee.context.map({ String(cString: $0) }) {
            message += " (\(context) started at \(mark(parser.pointee.context_mark).lineAndColumn))"
        }
        if isTab(at: here) {
            message += "; tabs are not allowed in YAML indentation, use spaces"
        }
        return YAMLSyntaxError(location: here, message: message)
    }

    private func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: mark.line + 1, column: mark.column + 1)
    }

    private func location(of mark: yaml_mark_t) -> SourceLocation {
        location(self.mark(mark))
    }

    /// Counts as libyaml does: lines end at LF, CR LF or a lone CR; columns count Unicode scalars (so UTF-8
    /// continuation bytes and a leading byte-order mark don't count).
    private func location(ofByteOffset offset: Int) -> SourceLocation {
        let (lf, cr) = (UInt8(ascii: "\n"), UInt8(ascii: "\r"))
        var line = 1
        var column = 1
        var index = content.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < min(offset, content.count) {
            let byte = content[index]
            if byte == lf || (byte == cr && (index + 1 == content.count || content[index + 1] != lf)) {
                (line, column) = (line + 1, 1)
            } else if byte != cr && byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    private func isTab(at location: SourceLocation) -> Bool {
        let lines = content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard location.line - 1 < lines.count else { return false }
        let scalars = String(decoding: lines[location.line - 1], as: UTF8.self).unicodeScalars
        guard location.column - 1 < scalars.count else { return false }
        return scalars[scalars.index(scalars.startIndex, offsetBy: location.column - 1)] == "\t"
    }
}
