import ArgumentParser
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer stale [PAYER...]`
    struct Stale: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stale",
            abstract: "The maintainers' to-do list: facts past the review age or known only from a third-party copy.",
            discussion: """
                Grouped by payer and source page, oldest first; each group lists the file:line of its facts. A fact \
                from a third-party copy (secondary_source: true) is listed whatever its date: it was never confirmed \
                current on the payer's own site.

                Examples:
                  payer stale
                  payer stale aetna --max-age 90 --json
                """)

        @Argument(help: "Payers to check (default: all).")
        var payers: [String] = []

        @Option(name: .long, help: "Facts last verified more than this many days ago are stale.")
        var maxAge = 180

        @OptionGroup var clock: ClockOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let knowledgeBase = try PayerKnowledgeBase.load(from: try rules.directory(), allowingPartial: true)
                let chosen = try payers.isEmpty ? knowledgeBase.payers : payers.map { try knowledgeBase.payer(named: $0) }
                let stale = StaleFacts(chosen, asOf: clock.day, maximumAgeInDays: maxAge)
                if output.json { return try printJSON(stale) }
                print("\(stale.groups.count) sources to re-check (older than \(maxAge) days on \(stale.asOf), or third-party copies):")
                for group in stale.groups {
                    let why = group.secondarySource ? "third-party copy" : "\(group.daysSinceVerified) days"
                    print("\(group.payer)  \(group.lastVerified) (\(why))  \(group.source)")
                    print("  " + group.places.joined(separator: ", "))
                }
            }
        }
    }
}
