import ArgumentParser
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer diff OLD NEW`
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "What changed between two rule sets, as Markdown for a pull request (or --json).",
            discussion: """
                Each side is a rules directory or a git revision of the rules directory (--rules, default ./PayerRules); \
                NEW defaults to the rules directory as it is on disk. A revision without rule files (or without the rules \
                directory) is an empty rule set, so every payer on the other side is added. Reports codes added to or removed from \
                authorization lists with their dates, changed requirements, retro windows, phones, portals and vendors.

                Examples:
                  payer diff origin/main
                  payer diff HEAD~3 HEAD --json
                  payer diff old-rules/ PayerRules/
                """)

        @Argument(help: "The old side: a directory or a git revision.")
        var old: String

        @Argument(help: "The new side: a directory or a git revision (default: the rules directory on disk).")
        var new: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let directory = try rules.directory()
                // A revision is checked out to a temporary directory; each is removed when the command ends,
                // whether it succeeds or fails.
                let before = try RuleSetSide(old, rulesDirectory: directory)
                defer { before.removeCheckout() }
                let after = try RuleSetSide(new ?? directory, rulesDirectory: directory)
                defer { after.removeCheckout() }
                let diff = RuleSetDiff(from: try before.load(), to: try after.load())
                if output.json {
                    try printJSON(diff)
                } else {
                    print(DiffMarkdown.render(diff, old: before.label, new: after.label), terminator: "")
                }
            }
        }
    }
}
