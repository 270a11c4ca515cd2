import PayerKit

extension EntryKind {
    /// Rules between keys that the JSON Schema states beside the keys themselves (the loader checks them in code).
    var jsonConstraints: [(String, JSONText)] {
        func requiresOne(_ keys: [String]) -> (String, JSONText) {
            ("anyOf", .array(keys.map { .object([("required", .array([.string($0)]))]) }))
        }
        func when(_ key: String, is values: [JSONText], then: JSONText) -> JSONText {
            .object([
                ("if", .object([("required", .array([.string(key)])), ("properties", .object([(key, .object([("enum", .array(values))]))]))])),
                ("then", then),
            ])
        }
        switch self {
        case .contact: return [requiresOne(["phone", "fax"])]
        case .decisionTimeframe: return [requiresOne(["standard", "expedited"])]
        case .correction: return [requiresOne(["codes", "subject"])]
        case .rule:
            return [("allOf", .array([
                when("requirement", is: [.string("conditional")], then: .object([requiresOne(["condition", "billed_with"])])),
                when("requirement", is: [.string("required"), .string("not-required")], then: .object([("properties", .object([("condition", .bool(false))]))])),
            ]))]
        case .unlistedCodes:
            return [("allOf", .array([when("meaning", is: [.string("not-required")], then: .object([("required", .array([.string("quote")]))]))]))]
        case .retroPolicy:
            return [
                ("dependencies", .object([("window", .array([.string("anchor")])), ("anchor", .array([.string("window")]))])),
                ("allOf", .array([when("accepted", is: [.bool(false)], then: .object([("properties", .object([
                    ("window", .bool(false)), ("anchor", .bool(false)), ("after_window", .bool(false)),
                ]))]))])),
            ]
        case .appeal:
            return [("dependencies", .object([
                ("window", .array([.string("anchor")])), ("anchor", .array([.string("window")])), ("presumed_receipt", .array([.string("anchor")])),
            ]))]
        default: return []
        }
    }
}
