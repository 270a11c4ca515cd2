import PayerKit

/// The files derived from the schema's declarations (``EntryKind``): the JSON Schema editors validate against, the
/// key tables in PayerRules/README.md and the fuzzer's dictionary. `payer schema --update` rewrites them and a test
/// fails when a committed copy drifts.
public enum SchemaDocuments {
    /// The generated files, relative to the repository root, with their generated contents.
    public static func files(readme: String, fuzzDictionary: String) -> [(path: String, contents: String)] {
        [
            ("PayerRules/payer-file.schema.json", jsonSchema()),
            ("PayerRules/README.md", spliced(markdownReference(), into: readme)),
            ("Fuzz/yaml.dict", spliced(fuzzDictionaryLines(), into: fuzzDictionary, comment: "#")),
        ]
    }

    // MARK: JSON Schema

    /// `PayerRules/payer-file.schema.json`.
    public static func jsonSchema() -> String {
        let payer = EntryKind.payer
        let definitions = baseDefinitions + EntryKind.allCases.dropFirst().map { ($0.rawValue, entrySchema($0)) }
        let document = JSONText.object([
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string("PayerKit payer file (schema_version \(PayerFileDecoder.schemaVersion))")),
            ("description", .string("One payer's prior-authorization rules, contacts and limits; every fact carries a source URL. Generated from PayerKit's key declarations by `payer schema --update`: do not edit. An editor aid only: `payer lint` is the authority and also checks what a schema cannot (real calendar dates, date order, code ranges running low to high, codes listed once, declared vendor, program and plan ids, the id matching the file name, and that the rules give each example its expected answer).")),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .array(payer.keys.filter(\.isRequired).map { .string($0.name) })),
            ("properties", properties(payer.keys)),
            ("definitions", .object(definitions)),
        ])
        return document.rendered() + "\n"
    }

    private static func entrySchema(_ kind: EntryKind) -> JSONText {
        .object([
            ("description", .string(kind.title)),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .array(kind.keys.filter(\.isRequired).map { .string($0.name) })),
        ] + kind.jsonConstraints + [("properties", properties(kind.keys))])
    }

    private static func properties(_ keys: [KeyDeclaration]) -> JSONText {
        .object(keys.map { key in
            guard case .object(let members) = schema(key.type) else { return (key.name, schema(key.type)) }
            return (key.name, .object([("description", .string(key.doc))] + members))
        })
    }

    private static func reference(_ name: String) -> JSONText { .object([("$ref", .string("#/definitions/\(name)"))]) }

    /// The vocabularies long enough to be defined once.
    private static let namedVocabularies: [(name: String, words: [String])] = [
        ("state", Words.states), ("lineOfBusiness", Words.linesOfBusiness), ("setting", Words.settings),
        ("anchor", Words.anchors), ("network", Words.networks),
    ]

    private static func schema(_ type: ValueType) -> JSONText {
        switch type {
        case .text: return reference("text")
        case .identifier: return reference("identifier")
        case .date: return reference("date")
        case .url: return reference("url")
        case .phone: return reference("phone")
        case .code: return reference("code")
        case .singleCode: return reference("singleCode")
        case .boolean: return .object([("type", .string("boolean"))])
        case .schemaVersion: return .object([("type", .string("integer")), ("enum", .array((1...PayerFileDecoder.schemaVersion).map { .int($0) }))])
        case .duration(let units):
            return .object([
                ("type", .string("object")), ("additionalProperties", .bool(false)),
                ("required", .array([.string("length"), .string("unit")])),
                ("properties", .object([
                    ("length", .object([("description", .string("How many units, 1 to 1000, in digits.")), ("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(1000))])),
                    ("unit", .object([("type", .string("string")), ("enum", .array(units.map { .string($0.rawValue) }))])),
                ])),
            ])
        case .oneOf(let words):
            if let named = namedVocabularies.first(where: { $0.words == words }) { return reference(named.name) }
            return .object([("type", .string("string")), ("enum", .array(words.map(JSONText.string)))])
        case .list(let item):
            return .object([("type", .string("array")), ("minItems", .int(1)), ("uniqueItems", .bool(true)), ("items", schema(item))])
        case .entries(let kind):
            return .object([("type", .string("array")), ("minItems", .int(1)), ("items", reference(kind.rawValue))])
        case .mapping(let kind): return reference(kind.rawValue)
        }
    }

    private static let baseDefinitions: [(String, JSONText)] = [
        ("text", .object([
            ("description", .string("Text, read exactly as written: `7`, `true` or `00123` here stay text.")),
            ("type", .array([.string("string"), .string("number"), .string("boolean")])), ("minLength", .int(1)),
        ])),
        ("identifier", .object([
            ("description", .string("An id: lower-case letters, digits and dashes.")), ("type", .string("string")), ("pattern", .string("^[a-z0-9-]+$")),
        ])),
        ("date", .object([
            ("description", .string("A date written YYYY-MM-DD, years 1900 to 2199.")), ("type", .string("string")),
            ("pattern", .string("^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")),
        ])),
        ("url", .object([
            ("description", .string("A web address starting with https:// (http:// only for pages that have no https version), without spaces.")),
            ("type", .string("string")), ("pattern", .string(#"^[Hh][Tt][Tt][Pp]([Ss]://\S{3,}|://\S{4,})$"#)),
        ])),
        ("phone", .object([
            ("description", .string("Ten digits written 800-555-0100. Put menu options and extensions in notes.")),
            ("type", .string("string")), ("pattern", .string("^[0-9]{3}-[0-9]{3}-[0-9]{4}$")),
        ])),
        ("code", .object([
            ("description", .string("A quoted CPT or HCPCS code (\"70553\", \"3074F\", \"0042T\", \"0001U\", \"0004M\", \"K0856\") or a range of one kind, low to high (\"70551-70553\", \"K0813-K0816\"). Code numbers only, never AMA descriptors.")),
            ("type", .string("string")), ("pattern", .string(#"^(?:[0-9]{5}(?:-[0-9]{5})?|[0-9]{4}([FTUM])(?:-[0-9]{4}\1)?|([A-Z])[0-9]{4}(?:-\2[0-9]{4})?)$"#)),
        ])),
        ("singleCode", .object([
            ("description", .string("One quoted CPT or HCPCS code (\"70553\", \"3074F\", \"K0856\"), not a range.")),
            ("type", .string("string")), ("pattern", .string("^(?:[0-9]{5}|[0-9]{4}[FTUM]|[A-Z][0-9]{4})$")),
        ])),
    ] + namedVocabularies.map { ($0.name, .object([("type", .string("string")), ("enum", .array($0.words.map(JSONText.string)))])) }

    // MARK: Markdown

    /// The key tables of PayerRules/README.md, one per kind of mapping.
    public static func markdownReference() -> [String] {
        EntryKind.allCases.flatMap { kind -> [String] in
            let shared = [kind.isScoped ? "scope keys" : nil, kind.isFact ? "fact keys" : nil].compactMap { $0 }
            let own = kind.keys.filter { key in
                !(kind.isScoped && ScopeKey(rawValue: key.name) != nil) && !(kind.isFact && FactKey(rawValue: key.name) != nil)
            }
            return ["#### \(kind.title)", "", "| key | type | |", "|---|---|---|"]
                + own.map { "| `\($0.name)` | \(words($0.type)) | \($0.isRequired ? "**required.** " : "")\($0.doc) |" }
                + (shared.isEmpty ? [] : ["", "Also the \(shared.joined(separator: " and ")) (above)."])
                + [""]
        } + ["#### Scope keys", "", "| key | type | |", "|---|---|---|"]
            + ScopeKey.declarations.map { "| `\($0.name)` | \(words($0.type)) | \($0.doc) |" }
            + ["", "#### Fact keys", "", "| key | type | |", "|---|---|---|"]
            + FactKey.declarations.map { "| `\($0.name)` | \(words($0.type)) | \($0.isRequired ? "**required.** " : "")\($0.doc) |" }
    }

    private static func words(_ type: ValueType) -> String {
        switch type {
        case .text: "text"
        case .identifier: "id"
        case .date: "date"
        case .url: "url"
        case .phone: "phone"
        case .boolean: "`true` / `false`"
        case .schemaVersion: "`2` (or `1`)"
        case .code: "code or range"
        case .singleCode: "code"
        case .duration(let units): "duration in " + units.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        case .oneOf(let values):
            namedVocabularies.first { $0.words == values }.map { $0.name == "lineOfBusiness" ? "line of business" : $0.name }
                ?? values.map { "`\($0)`" }.joined(separator: ", ")
        case .list(let item): "list of \(words(item))"
        case .entries(let kind): "list of \(kind.rawValue) entries"
        case .mapping(let kind): "\(kind.rawValue) mapping"
        }
    }

    // MARK: Fuzzing dictionary

    /// libFuzzer dictionary entries: every key and every word of the schema.
    public static func fuzzDictionaryLines() -> [String] {
        let keys = EntryKind.allCases.flatMap(\.keys)
        var seen = Set<String>()
        var lines: [String] = []
        func add(_ token: String) { if seen.insert(token).inserted { lines.append("\"\(token)\"") } }
        add("schema_version: \(PayerFileDecoder.schemaVersion)")
        for key in keys { add("\(key.name): ") }
        func words(_ type: ValueType) {
            switch type {
            case .oneOf(let values): values.forEach(add)
            case .list(let item): words(item)
            default: break
            }
        }
        keys.forEach { words($0.type) }
        return lines
    }

    // MARK: Splicing

    static let beginMarker = "generated from PayerKit's key declarations by `payer schema --update`; do not edit below"
    static let endMarker = "end of generated part"

    /// `text` with the lines between its markers replaced by `generated` (HTML comments in Markdown, `#` lines in a
    /// dictionary); `text` unchanged when it has no markers.
    static func spliced(_ generated: [String], into text: String, comment: String = "<!--") -> String {
        let (open, close) = comment == "#" ? ("# ", "") : ("<!-- ", " -->")
        let lines = text.components(separatedBy: "\n")
        guard let begin = lines.firstIndex(of: open + beginMarker + close), let end = lines.firstIndex(of: open + endMarker + close), begin < end
        else { return text }
        return (lines[...begin] + generated + lines[end...]).joined(separator: "\n")
    }
}
