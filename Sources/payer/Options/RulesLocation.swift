import Foundation
import PayerKit

/// Which rules directory a command reads and how it was chosen: `--rules`, else `$PAYER_RULES`, else `./PayerRules`,
/// else the rules bundled beside the `payer` binary. Every answer says which it was.
struct RulesLocation: Encodable {
    /// How the directory was chosen.
    enum Origin: String, Encodable {
        case option = "--rules"
        case environment = "PAYER_RULES"
        case workingDirectory = "working-directory"
        case bundled

        /// "--rules", "$PAYER_RULES", "working directory", "bundled with payer".
        var label: String {
            switch self {
            case .option: "--rules"
            case .environment: "$PAYER_RULES"
            case .workingDirectory: "working directory"
            case .bundled: "bundled with payer"
            }
        }
    }

    /// The directory (or file) read.
    let directory: String
    /// How it was chosen.
    let from: Origin

    /// "PayerRules (working directory)", "/opt/payer/PayerKit_PayerKit.resources/PayerRules (bundled with payer)".
    var description: String { "\(directory) (\(from.label))" }

    /// The first of `--rules`, `$PAYER_RULES`, `./PayerRules` and the bundled rules. A directory named by `--rules` or
    /// `$PAYER_RULES` that does not exist is an error, never a silent fall-back to another rule set.
    static func find(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RulesLocation {
        if let option { return try existing(option, from: .option) }
        if let variable = environment["PAYER_RULES"], !variable.isEmpty { return try existing(variable, from: .environment) }
        if FileManager.default.fileExists(atPath: "PayerRules") { return RulesLocation(directory: "PayerRules", from: .workingDirectory) }
        if let bundled = PayerKnowledgeBase.bundledRulesDirectory { return RulesLocation(directory: bundled, from: .bundled) }
        throw Failure.noRules(
            "no rules found: no --rules, no $PAYER_RULES, no ./PayerRules here and no PayerKit_PayerKit.resources beside the payer "
                + "binary; point at a rules directory with --rules DIR or export PAYER_RULES=DIR")
    }

    private static func existing(_ path: String, from origin: Origin) throws -> RulesLocation {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure.noRules("no rules directory at '\(path)' (from \(origin.label)); point at one with --rules DIR or export PAYER_RULES=DIR")
        }
        return RulesLocation(directory: path, from: origin)
    }
}

/// An encoded answer with the rules location added as `"rulesLocation": {"directory", "from"}`.
struct WithRules<Value: Encodable>: Encodable {
    let value: Value
    let rules: RulesLocation

    private enum Key: String, CodingKey { case rulesLocation }

    func encode(to encoder: Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(rules, forKey: .rulesLocation)
    }
}
