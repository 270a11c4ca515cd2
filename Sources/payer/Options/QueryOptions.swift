import ArgumentParser
import PayerKit

/// What every query command shares: scope, staleness age, JSON output, today and the rules directory.
struct QueryOptions: ParsableArguments {
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var clock: ClockOptions

    @Option(name: .long, help: "Flag facts last verified more than this many days ago.")
    var maxAge = 180

    @OptionGroup var output: OutputOptions
    @OptionGroup var rules: RulesOptions
}
