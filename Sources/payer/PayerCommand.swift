import ArgumentParser
import PayerKit

/// `payer`: prior-authorization answers for a billing desk, from the PayerRules knowledge base.
@main
struct PayerCommand: ParsableCommand {
    static let toolVersion = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "payer",
        abstract: "Does this code need prior authorization, whom do I call, can I still get a retro-authorization?",
        discussion: """
            Rules come from --rules DIR, else $PAYER_RULES, else ./PayerRules, else the rules bundled beside the \
            payer binary (PayerKit_PayerKit.resources); every answer says which.

            Exit status: 0 answered; 1 rule files have errors; 64 usage error (unknown payer, invalid code or \
            option); 65 some batch rows could not be answered; 66 no rules directory.
            """,
        // Every subcommand names itself (`commandName:`): ArgumentParser's default derives the name from the type's
        // through `String(describing:)`, about 15 M instructions of runtime type lookups on every start (BENCHMARKS.md).
        subcommands: [
            Auth.self, Retro.self, Timeline.self, Contact.self, Checklist.self, Batch.self, List.self, Lint.self, Diff.self,
            CompareCodes.self, Review.self, Stale.self, Schema.self,
        ]
    )

    /// Parses and runs the command; every failure ends as one `payer: …` line on standard error. ArgumentParser's own
    /// refusals (a missing argument, an unknown option, a value `validate()` refused) exit 64 like PayerKit's, without
    /// the usage line; help and completions go through ArgumentParser unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            let status = exitCode(for: error)
            guard status != .success, !(error is CleanExit) else { Self.exit(withError: error) }
            var message = Self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
                message = first.lowercased() + message.dropFirst()
            }
            // ArgumentParser's own sentences say what is wrong but not what is accepted: point at the help.
            let structural = ["missing expected argument", "unknown option", "unexpected argument", "the value '", "missing value"]
            printError("payer: \(message)" + (structural.contains(where: message.hasPrefix) ? "; see 'payer help'" : ""))
            Self.exit(withError: ExitCode(status == .validationFailure ? Failure.usageStatus : status.rawValue))
        }
    }

    @Flag(name: .long, help: "Print the tool version and the rule set's identity (content hash; 'dirty' when rule files have uncommitted changes).")
    var version = false

    @OptionGroup var rules: RulesOptions
    @OptionGroup var clock: ClockOptions

    mutating func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        print("payer \(Self.toolVersion)")
        do {
            let location = try rules.location()
            let identity = RuleSetIdentity(directory: location.directory)
            let dirty = identity.gitRevision != nil && RulesWorkTree.hasUncommittedRuleChanges(in: location.directory) == true
            print("rules \(location.description): \(identity)" + (dirty ? " (dirty: uncommitted rule changes)" : ""))
        } catch let failure as Failure {
            print("rules: none found")
            throw failure.report()
        }
    }
}
