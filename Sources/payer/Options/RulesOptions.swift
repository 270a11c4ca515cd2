import ArgumentParser
import PayerKit

/// Where the rule files are, shared by every command.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The PayerRules directory (default: $PAYER_RULES, else ./PayerRules, else the rules bundled beside payer).", valueName: "dir"))
    var rules: String?

    /// The directory to read and how it was chosen: --rules, else $PAYER_RULES, else ./PayerRules, else bundled.
    func location() throws -> RulesLocation {
        try RulesLocation.find(option: rules)
    }

    /// The path of ``location()``.
    func directory() throws -> String {
        try location().directory
    }

    /// Loads what answering about `payer` needs and finds it; rule-file errors and unknown payers end the command.
    func payer(_ query: String, in location: RulesLocation) throws -> Payer {
        let knowledgeBase = try PayerKnowledgeBase.load(from: location.directory, forPayer: query, allowingPartial: true)
        do {
            return try knowledgeBase.payer(named: query)
        } catch {
            // A payer missing because its file is broken: show the file's errors rather than "unknown payer".
            let broken = knowledgeBase.diagnostics.filter { $0.severity == .error }
            if !broken.isEmpty {
                throw Failure.invalidRules(broken)
            }
            throw error
        }
    }
}
