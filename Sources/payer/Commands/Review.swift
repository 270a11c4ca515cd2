import ArgumentParser
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer review BASE`
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Review a change to the rules since BASE: lint --strict, the semantic diff, and the checks a reviewer makes.",
            discussion: """
                BASE is a git revision of the rules directory (or a directory). Prints what lint --strict reports on \
                the rules on disk, the diff from BASE as Markdown, then each finding with its file:line:column: \
                history lost (codes, ranges, windows, contacts removed or rewritten instead of ended with \
                effective_until; a note saying 'Correction' with the source's https:// address, naming what it \
                corrects, lets a removal pass), facts changed without last_verified moving forward, sources moved to \
                another host without a note, and template leftovers (example.com/.org/.net, 555-01xx numbers, \
                "Example" names, the id payer-id, REPLACE-WITH- placeholders).

                Exit status: 0 clean; 1 lint problems or findings; 64 BASE is not a revision; 66 no rules directory.

                Examples:
                  payer review main
                  payer review origin/main --json
                """)

        @Argument(help: "The rules before the change: a git revision or a directory.")
        var base: String

        @Option(name: .long, help: ArgumentHelp("Warn about facts last verified more than this many days ago.", valueName: "days"))
        var staleAfter = 180

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var clock: ClockOptions

        func run() throws {
            try reportingFailures {
                let directory = try rules.directory()
                let before = try RuleSetSide(base, rulesDirectory: directory)
                let new = try PayerKnowledgeBase.load(from: directory, allowingPartial: true)
                let review = RuleSetReview(base: try before.load(), new: new, asOf: clock.day, staleAfter: staleAfter)
                if output.json {
                    try printJSON(review)
                } else {
                    print(ReviewText.render(review, base: before.label, directory: directory), terminator: "")
                }
                if !review.isClean { throw ExitCode(Failure.invalidRulesStatus) }
            }
        }
    }
}
