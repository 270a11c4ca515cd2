internal import CLibYAML

/// A node-level YAML event with its 1-based position.
enum YAMLEvent {
    case mappingStart
    case mappingEnd
    case sequenceStart
    case sequenceEnd
    /// A scalar exactly as written; `isPlain` is false for quoted and block scalars.
    case scalar(String, isPlain: Bool)
}

/// A problem that stops reading a file: libyaml's own errors and the YAML features rule files refuse.
struct YAMLSyntaxError: Error {
    let location: SourceLocation
    let message: String
}

/// Pulls events from libyaml one at a time, rejecting what rule files must not contain: anchors, aliases, tags,
/// more than one document, and anything beyond ``LoadLimits`` (nesting, node count, value length), checked while
/// streaming, before any work is done on the offending node.
final class YAMLEventStream {
    private let file: String
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let limits: LoadLimits
    private var depth = 0
    private var nodes = 0
    private var peeked: (YAMLEvent, SourceLocation)?
    private var documentEnded = false

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
    }

    private let content: [UInt8]

    deinit {
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
    func peek() throws(YAMLSyntaxError) -> (YAMLEvent, SourceLocation) {
        if let peeked { return peeked }
        let next = try readNodeEvent()
        peeked = next
        return next
    }

    /// The next node event.
    func next() throws(YAMLSyntaxError) -> (YAMLEvent, SourceLocation) {
        if let event = peeked {
            peeked = nil
            return event
        }
        return try readNodeEvent()
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

    private func readNodeEvent() throws(YAMLSyntaxError) -> (YAMLEvent, SourceLocation) {
        var event = try parseRaw()
        defer { yaml_event_delete(&event) }
        let here = location(of: event.start_mark)
        switch event.type {
        case YAML_ALIAS_EVENT, YAML_SCALAR_EVENT, YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            nodes += 1
            if nodes > limits.maxNodes {
                throw YAMLSyntaxError(location: here, message: "the file has more than \(limits.maxNodes) values, lists and mappings; split it or raise LoadLimits.maxNodes")
            }
        default: break
        }
        switch event.type {
        case YAML_ALIAS_EVENT:
            throw YAMLSyntaxError(location: here, message: "aliases ('*name') are not allowed in rule files; write the value out")
        case YAML_SCALAR_EVENT:
            try reject(anchor: event.data.scalar.anchor, tag: event.data.scalar.tag, at: here)
            let scalar = event.data.scalar
            if scalar.length > limits.maxValueBytes {
                throw YAMLSyntaxError(location: here, message: "a value of \(scalar.length) bytes is longer than the \(limits.maxValueBytes) allowed; rule values are short text")
            }
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return (.scalar(value, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE), here)
        case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if isMapping {
                try reject(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: here)
            } else {
                try reject(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: here)
            }
            depth += 1
            if depth > limits.maxDepth {
                throw YAMLSyntaxError(location: here, message: "nesting is deeper than \(limits.maxDepth) levels; rule files never need that")
            }
            return (isMapping ? .mappingStart : .sequenceStart, here)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            depth -= 1
            return (event.type == YAML_MAPPING_END_EVENT ? .mappingEnd : .sequenceEnd, here)
        default:
            throw YAMLSyntaxError(location: here, message: "unexpected end of the document")
        }
    }

    private func reject(anchor: UnsafeMutablePointer<UInt8>?, tag: UnsafeMutablePointer<UInt8>?, at here: SourceLocation) throws(YAMLSyntaxError) {
        if anchor != nil {
            throw YAMLSyntaxError(location: here, message: "anchors ('&name') are not allowed in rule files; write the value out")
        }
        if let tag {
            let name = String(cString: tag)
            throw YAMLSyntaxError(location: here, message: "tags ('\(name)') are not allowed in rule files; values are read as the schema says")
        }
    }

    /// One raw libyaml event; the caller deletes it.
    private func parseRaw() throws(YAMLSyntaxError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw parserError() }
        return event
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
            message += " (\(context) started at \(location(of: parser.pointee.context_mark).lineAndColumn))"
        }
        if isTab(at: here) {
            message += "; tabs are not allowed in YAML indentation, use spaces"
        }
        return YAMLSyntaxError(location: here, message: message)
    }

    private func location(of mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
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

extension SourceLocation {
    /// `line:column`, for pointing at a second place in the same file.
    var lineAndColumn: String { "\(line):\(column)" }
}
