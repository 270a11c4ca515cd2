import Foundation
@testable import PayerKit

/// A JSON value: a JSON Schema document, or a payer file as a YAML language server sees it.
enum JSONValue: Hashable, Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// JSON equality: numbers compare by value (`1` equals `1.0`), objects ignore key order.
    func isJSONEqual(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
        case (.array(let a), .array(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.isJSONEqual(to: $1) }
        case (.object(let a), .object(let b)):
            a.count == b.count && a.allSatisfy { key, value in b[key].map { value.isJSONEqual(to: $0) } ?? false }
        default: self == other
        }
    }

    /// "the text 'x'", "the number 7", "a list", for messages.
    var summary: String {
        switch self {
        case .null: "nothing (null)"
        case .bool(let value): "the boolean \(value)"
        case .integer(let value): "the number \(value)"
        case .number(let value): "the number \(value)"
        case .string(let value): "the text '\(value)'"
        case .array: "a list"
        case .object: "a mapping"
        }
    }
}

// MARK: YAML to JSON

extension JSONValue {
    /// Reads one YAML document with PayerKit's own event stream and types its scalars the way yaml-language-server
    /// does with its default YAML 1.2 core schema (the `yaml` package it parses with):
    ///
    /// - quoted and block scalars are text;
    /// - a plain scalar is null (empty, `~`, `null`), a boolean (`true`, `True`, `TRUE`, `false`, …), an integer
    ///   (`7`, `-3`, `0o17`, `0x1F`), a float (`1.5`, `1e3`, `.inf`, `.nan`), or else text.
    ///
    /// So `70553` unquoted is the number 70553 and `2026-01-01` is text, exactly what the editor validates. (YAML 1.1
    /// booleans like `yes`/`no` stay text, as in the language server's default mode.) Anchors, aliases, tags and a
    /// second document throw, as in the loader; so does a duplicate key, which the language server also refuses.
    init(yaml: String, file: String = "fixture.yaml") throws(YAMLSyntaxError) {
        let events = YAMLEventStream(content: Array(yaml.utf8), file: file)
        guard try events.start() else {
            self = .null
            return
        }
        self = try Self.node(from: events)
        try events.finish()
    }

    private static func node(from events: YAMLEventStream) throws(YAMLSyntaxError) -> JSONValue {
        let (event, mark) = try events.next()
        switch event {
        case .scalar(let scalar):
            return scalar.isPlain ? plainScalar(scalar.text) : .string(scalar.text)
        case .sequenceStart:
            var items: [JSONValue] = []
            while true {
                if case .sequenceEnd = try events.peek().0 {
                    _ = try events.next()
                    return .array(items)
                }
                items.append(try node(from: events))
            }
        case .mappingStart:
            var members: [String: JSONValue] = [:]
            while true {
                let (key, keyLocation) = try events.next()
                switch key {
                case .mappingEnd:
                    return .object(members)
                case .scalar(let scalar):
                    let name = scalar.text
                    guard members[name] == nil else {
                        throw YAMLSyntaxError(location: events.location(keyLocation), message: "duplicate key '\(name)'")
                    }
                    members[name] = try node(from: events)
                default:
                    throw YAMLSyntaxError(location: events.location(keyLocation), message: "a key must be a scalar")
                }
            }
        case .mappingEnd, .sequenceEnd:
            throw YAMLSyntaxError(location: events.location(mark), message: "unexpected end of a block")
        }
    }

    /// The YAML 1.2 core schema's resolution of a plain scalar.
    static func plainScalar(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        // Every number starts with a digit, a sign or a dot; skipping the rest keeps conversion fast.
        guard let first = text.unicodeScalars.first, "0123456789+-.".unicodeScalars.contains(first) else { return .string(text) }
        if text.wholeMatch(of: #/[-+]?[0-9]+/#) != nil {
            return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text).map(JSONValue.integer) ?? .number(Double(text)!)
        }
        if text.wholeMatch(of: #/0o[0-7]+/#) != nil, let value = Int(text.dropFirst(2), radix: 8) { return .integer(value) }
        if text.wholeMatch(of: #/0x[0-9a-fA-F]+/#) != nil, let value = Int(text.dropFirst(2), radix: 16) { return .integer(value) }
        if text.wholeMatch(of: #/[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/#) != nil, let value = Double(text) {
            return .number(value)
        }
        if text.wholeMatch(of: #/[-+]?\.(inf|Inf|INF)/#) != nil { return .number(text.hasPrefix("-") ? -.infinity : .infinity) }
        if text.wholeMatch(of: #/\.(nan|NaN|NAN)/#) != nil { return .number(.nan) }
        return .string(text)
    }
}

// MARK: Validation

/// One place where an instance breaks the schema: a JSON Pointer into the instance and what is wrong there.
struct SchemaViolation: Hashable, CustomStringConvertible {
    let pointer: String
    let message: String
    /// `/prior_authorization/0/codes/0: '7055' does not match …`.
    var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
}

/// The schema uses something this validator does not implement, or cannot be used as written.
struct SchemaDefinitionError: Error, CustomStringConvertible {
    let problems: [String]
    var description: String { problems.joined(separator: "\n") }
}

/// A JSON Schema (draft-07) validator for exactly the keywords PayerRules/payer-file.schema.json uses, so the test
/// suite can check the schema against the loader without a JSON Schema package.
///
/// Validation keywords: `type`, `enum`, `pattern`, `minLength`, `minimum`, `maximum`, `properties`, `required`,
/// `additionalProperties`, `dependencies` (lists of keys only), `items` (one schema), `minItems`, `uniqueItems`,
/// `$ref` (to `#/definitions/…` only), `allOf`, `anyOf`, `if`/`then`/`else`, and the boolean schemas `true`/`false`.
/// Annotations, which do not affect validity: `$schema`, `title`, `description`, `definitions`, `format`.
///
/// Any other keyword makes `init` throw, so the schema cannot quietly depend on something this file ignores.
/// Patterns are ICU regular expressions searched anywhere in the text, as ECMA-262 `RegExp.test` does; the schema's
/// patterns use only syntax the two share (classes, counts, groups, alternation, backreferences, `\S`).
struct JSONSchemaValidator {
    static let validationKeywords: Set<String> = [
        "type", "enum", "pattern", "minLength", "minimum", "maximum", "properties", "required", "additionalProperties",
        "dependencies", "items", "minItems", "uniqueItems", "$ref", "allOf", "anyOf", "if", "then", "else",
    ]
    static let annotationKeywords: Set<String> = ["$schema", "title", "description", "definitions", "format"]

    private let root: JSONValue
    private let patterns: [String: NSRegularExpression]

    /// Checks that `schema` uses only supported keywords, that every `$ref` resolves and every pattern compiles.
    init(schema: JSONValue) throws(SchemaDefinitionError) {
        root = schema
        var problems: [String] = []
        var patterns: [String: NSRegularExpression] = [:]
        func walk(_ node: JSONValue, at path: String) {
            if case .bool = node { return }
            guard case .object(let members) = node else {
                problems.append("\(path): a schema must be an object or a boolean")
                return
            }
            for (keyword, value) in members.sorted(by: { $0.key < $1.key }) {
                let here = "\(path)/\(keyword)"
                switch (keyword, value) {
                case ("properties", .object(let schemas)), ("definitions", .object(let schemas)):
                    for (name, subschema) in schemas { walk(subschema, at: "\(here)/\(name)") }
                case ("additionalProperties", _), ("items", _), ("if", _), ("then", _), ("else", _):
                    walk(value, at: here)
                case ("allOf", .array(let schemas)), ("anyOf", .array(let schemas)):
                    for (index, subschema) in schemas.enumerated() { walk(subschema, at: "\(here)/\(index)") }
                case ("dependencies", .object(let lists)):
                    for (name, list) in lists where !list.isListOfStrings {
                        problems.append("\(here)/\(name): only lists of keys are supported, not schema dependencies")
                    }
                case ("required", let list):
                    if !list.isListOfStrings { problems.append("\(here): must be a list of keys") }
                case ("$ref", .string(let reference)):
                    if Self.definition(reference, in: schema) == nil { problems.append("\(here): '\(reference)' does not resolve to a definition") }
                    let siblings = Set(members.keys).subtracting(["$ref"]).subtracting(Self.annotationKeywords)
                    if !siblings.isEmpty {
                        problems.append("\(path): draft-07 ignores keywords beside $ref (\(siblings.sorted().joined(separator: ", "))); move them into the definition")
                    }
                case ("pattern", .string(let pattern)):
                    do {
                        patterns[pattern] = try NSRegularExpression(pattern: pattern)
                    } catch {
                        problems.append("\(here): '\(pattern)' does not compile")
                    }
                case ("type", _), ("enum", .array), ("minLength", _), ("minimum", _), ("maximum", _), ("minItems", _), ("uniqueItems", .bool):
                    break
                default:
                    if !Self.annotationKeywords.contains(keyword) {
                        problems.append("\(here): '\(keyword)' is not supported by this validator")
                    }
                }
            }
        }
        walk(schema, at: "#")
        guard problems.isEmpty else { throw SchemaDefinitionError(problems: problems) }
        self.patterns = patterns
    }

    /// The violations of `instance`, depth first, keys in alphabetical order.
    func validate(_ instance: JSONValue) -> [SchemaViolation] {
        var coverage: Set<String> = []
        return validate(instance, coverage: &coverage)
    }

    /// The violations of `instance`; adds to `coverage` each declared key (see ``declaredKeys``) that the instance sets.
    func validate(_ instance: JSONValue, coverage: inout Set<String>) -> [SchemaViolation] {
        var violations: [SchemaViolation] = []
        check(instance, root, at: "", name: "#", &violations, &coverage)
        return violations
    }

    /// Every key the schema declares for a mapping, as the declaring schema's location and the key:
    /// `#: id`, `#/properties/examples: retro`, `#/definitions/rule: codes`. Keys that appear only inside `allOf`,
    /// `anyOf` or `if`/`then`/`else` (conditions, not declarations) are not listed.
    var declaredKeys: Set<String> {
        var keys: Set<String> = []
        func collect(_ schema: JSONValue, at location: String) {
            if case .object(let properties)? = schema.member("properties") {
                for (key, subschema) in properties {
                    keys.insert("\(location): \(key)")
                    collect(subschema, at: "\(location)/properties/\(key)")
                }
            }
            if let items = schema.member("items") { collect(items, at: "\(location)/items") }
        }
        collect(root, at: "#")
        if case .object(let definitions)? = root.member("definitions") {
            for (name, schema) in definitions { collect(schema, at: "#/definitions/\(name)") }
        }
        return keys
    }

    /// A named definition: `#/definitions/NAME`.
    static func definition(_ reference: String, in root: JSONValue) -> JSONValue? {
        let prefix = "#/definitions/"
        guard reference.hasPrefix(prefix) else { return nil }
        return root.member("definitions")?.member(String(reference.dropFirst(prefix.count)))
    }

    // `name` is the schema's location in the form ``declaredKeys`` uses, or nil inside allOf, anyOf and if/then/else.
    private func check(_ instance: JSONValue, _ schema: JSONValue, at pointer: String, name: String?, _ violations: inout [SchemaViolation], _ coverage: inout Set<String>) {
        func fail(_ message: String, at location: String = pointer) { violations.append(SchemaViolation(pointer: location, message: message)) }
        switch schema {
        case .bool(true): return
        case .bool(false):
            fail("is not allowed here")
            return
        default: break
        }

        if case .string(let reference)? = schema.member("$ref") {
            check(instance, Self.definition(reference, in: root)!, at: pointer, name: reference, &violations, &coverage)
            return
        }

        if let expected = schema.member("type") {
            let names = expected.strings
            if !names.contains(where: { instance.hasType($0) }) {
                fail("expected \(names.joined(separator: " or ")), found \(instance.summary)")
                return
            }
        }
        if case .array(let allowed)? = schema.member("enum"), !allowed.contains(where: { $0.isJSONEqual(to: instance) }) {
            let shown = allowed.map { if case .string(let text) = $0 { text } else { $0.summary } }
            fail("\(instance.summary) is not one of: \(shown.joined(separator: ", "))")
        }

        switch instance {
        case .string(let text):
            if let minimum = schema.member("minLength")?.integerValue, text.unicodeScalars.count < minimum {
                fail(minimum == 1 ? "is empty" : "is shorter than \(minimum) characters")
            }
            if case .string(let pattern)? = schema.member("pattern"), let expression = patterns[pattern],
                expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
            {
                fail("'\(text)' does not match \(pattern)")
            }
        case .integer, .number:
            let value = instance.doubleValue!
            if let minimum = schema.member("minimum")?.doubleValue, value < minimum { fail("\(instance.summary) is less than \(minimum.plainText)") }
            if let maximum = schema.member("maximum")?.doubleValue, value > maximum { fail("\(instance.summary) is more than \(maximum.plainText)") }
        case .array(let items):
            if let minimum = schema.member("minItems")?.integerValue, items.count < minimum {
                fail(minimum == 1 ? "is an empty list" : "has fewer than \(minimum) items")
            }
            if schema.member("uniqueItems") == .bool(true) {
                for (index, item) in items.enumerated() where items[..<index].contains(where: { $0.isJSONEqual(to: item) }) {
                    fail("\(item.summary) is listed twice", at: "\(pointer)/\(index)")
                }
            }
            if let itemSchema = schema.member("items") {
                for (index, item) in items.enumerated() {
                    check(item, itemSchema, at: "\(pointer)/\(index)", name: name.map { "\($0)/items" }, &violations, &coverage)
                }
            }
        case .object(let members):
            for key in schema.member("required")?.strings ?? [] where members[key] == nil {
                fail("missing required key '\(key)'")
            }
            if case .object(let dependencies)? = schema.member("dependencies") {
                for (key, needed) in dependencies.sorted(by: { $0.key < $1.key }) where members[key] != nil {
                    for other in needed.strings where members[other] == nil { fail("'\(key)' needs '\(other)'") }
                }
            }
            let properties: [String: JSONValue]
            if case .object(let declared)? = schema.member("properties") { properties = declared } else { properties = [:] }
            for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                let here = "\(pointer)/\(key.jsonPointerEscaped)"
                if let property = properties[key] {
                    if let name { coverage.insert("\(name): \(key)") }
                    check(value, property, at: here, name: name.map { "\($0)/properties/\(key)" }, &violations, &coverage)
                } else if let additional = schema.member("additionalProperties") {
                    if additional == .bool(false) {
                        fail("unknown key '\(key)'", at: here)
                    } else {
                        check(value, additional, at: here, name: nil, &violations, &coverage)
                    }
                }
            }
        case .null, .bool:
            break
        }

        for subschema in schema.member("allOf")?.elements ?? [] {
            check(instance, subschema, at: pointer, name: nil, &violations, &coverage)
        }
        if let alternatives = schema.member("anyOf")?.elements {
            var failures: [[SchemaViolation]] = []
            for alternative in alternatives {
                var found: [SchemaViolation] = []
                var scratch: Set<String> = []
                check(instance, alternative, at: pointer, name: nil, &found, &scratch)
                failures.append(found)
            }
            if !failures.contains(where: \.isEmpty) {
                fail("matches none of: " + failures.map { $0.map(\.message).joined(separator: " and ") }.joined(separator: "; "))
            }
        }
        if let condition = schema.member("if") {
            var found: [SchemaViolation] = []
            var scratch: Set<String> = []
            check(instance, condition, at: pointer, name: nil, &found, &scratch)
            if let branch = found.isEmpty ? schema.member("then") : schema.member("else") {
                check(instance, branch, at: pointer, name: nil, &violations, &coverage)
            }
        }
    }
}

extension JSONValue {
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    var elements: [JSONValue]? {
        guard case .array(let items) = self else { return nil }
        return items
    }

    /// A string, or the strings of a list (`type: [string, integer]`, `required: [a, b]`).
    var strings: [String] {
        switch self {
        case .string(let text): [text]
        case .array(let items): items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        default: []
        }
    }

    var isListOfStrings: Bool {
        guard case .array(let items) = self else { return false }
        return items.allSatisfy { if case .string = $0 { true } else { false } }
    }

    var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    var integerValue: Int? { doubleValue.map { Int($0) } }

    /// Whether the value is of a JSON Schema type; an integer is also a `number`, and `1.0` is an `integer`.
    func hasType(_ type: String) -> Bool {
        switch (type, self) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .integer), ("number", .integer), ("number", .number): true
        case ("integer", .number(let value)): value.rounded() == value && value.isFinite
        default: false
        }
    }
}

extension String {
    /// `~` and `/` escaped for a JSON Pointer segment.
    fileprivate var jsonPointerEscaped: String { replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
}

extension Double {
    /// `1000` rather than `1000.0`.
    fileprivate var plainText: String { rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
