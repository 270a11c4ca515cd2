import ArgumentParser
import Foundation
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

/// Line of business, state and setting, shared by the query commands.
struct ScopeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Line of business: \(LineOfBusiness.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "lob"))
    var lineOfBusiness: LineOfBusiness?

    @Option(name: .long, help: ArgumentHelp("The member's plan, by the payer's plan id (see 'payer contact').", valueName: "plan"))
    var plan: String?

    @Option(name: .long, help: ArgumentHelp("Two-letter code of the state where the service is furnished, e.g. TX.", valueName: "xx"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Two-letter code of the member's state of residence (DME MAC jurisdiction).", valueName: "xx"))
    var memberState: String?

    @Option(name: .long, help: ArgumentHelp("Setting: \(CareSetting.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "setting"))
    var setting: CareSetting?

    @Option(name: .long, help: ArgumentHelp("The provider's network status: participating or non-participating.", valueName: "status"))
    var network: NetworkStatus?

    var scope: QueryScope {
        QueryScope(lineOfBusiness: lineOfBusiness, plan: plan, state: state, memberState: memberState, setting: setting, network: network)
    }
}

extension LineOfBusiness: ExpressibleByArgument {}
extension CareSetting: ExpressibleByArgument {}
extension NetworkStatus: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        guard let date = CalendarDate(iso8601: argument), CalendarDate.supportedYears.contains(date.year) else { return nil }
        self = date
    }
}

/// The `--json` flag.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (shape documented in the README).")
    var json = false
}

/// Which day "today" is: the day in the local time zone, unless `--today` says otherwise.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Answer as if today were this day (default: today in the local time zone).", valueName: "yyyy-mm-dd"))
    var today: CalendarDate?

    /// The day the command treats as today; the only place `payer` reads the clock.
    var day: CalendarDate { today ?? .today(in: .current) }
}

/// What every query command shares: scope, staleness age, JSON output, today and the rules directory.
struct QueryOptions: ParsableArguments {
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var clock: ClockOptions

    @Option(name: .long, help: "Flag facts last verified more than this many days ago.")
    var maxAge = 180

    @OptionGroup var output: OutputOptions
    @OptionGroup var rules: RulesOptions
}
