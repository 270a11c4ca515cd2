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

/// Line of business, plan, states, setting and network, shared by the query commands. Values are read forgivingly
/// (abbreviations, place-of-service codes) by PayerKit, and anything it cannot read as one value is refused with the
/// candidates or what is accepted.
struct ScopeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Line of business: \(LineOfBusiness.allCases.map(\.rawValue).joined(separator: ", ")), or MA, FFS, ACA…", valueName: "lob"))
    var lineOfBusiness: String?

    @Option(name: .long, help: ArgumentHelp("The member's plan, by the payer's plan id (see 'payer contact').", valueName: "plan"))
    var plan: String?

    @Option(name: .long, help: ArgumentHelp("Two-letter code of the state where the service is furnished, e.g. TX (the A/B MAC's state).", valueName: "xx"))
    var state: String?

    @Option(name: .long, help: ArgumentHelp("Two-letter code of the member's state of residence (the DME MAC's state).", valueName: "xx"))
    var memberState: String?

    @Option(name: .long, help: ArgumentHelp("Setting: \(CareSetting.allCases.map(\.rawValue).joined(separator: ", ")), an abbreviation (HOPD, ASC, ER) or a place-of-service code (11, 22, 24…).", valueName: "setting"))
    var setting: String?

    @Option(name: .long, help: ArgumentHelp("The provider's network status: participating (par, in) or non-participating (non-par, out).", valueName: "status"))
    var network: String?

    func validate() throws {
        do { _ = try scope() } catch let error as PayerKitError { throw ValidationError(error.message) }
    }

    /// The scope the options give.
    func scope() throws -> QueryScope {
        try QueryScope(
            lineOfBusiness: lineOfBusiness.map { try LineOfBusiness(parsing: $0) }, plan: plan, state: state, memberState: memberState,
            setting: setting.map { try CareSetting(parsing: $0) }, network: network.map { try NetworkStatus(parsing: $0) })
    }
}

/// A date option's text, read as YYYY-MM-DD, MM/DD/YYYY, today or tomorrow once "today" is known.
extension CalendarDate {
    static func option(_ text: String?, today: CalendarDate) throws -> CalendarDate? {
        try text.map { try CalendarDate(parsing: $0, today: today) }
    }
}

/// `--billed-with`: the other codes on the claim, for rules that apply only to a pairing.
struct PairingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Another code on the same claim, for rules that apply only to a pairing (repeat, or separate with commas).", valueName: "code"))
    var billedWith: [String] = []

    /// The codes, or nil when none was given (the pairing is then unknown, and a paired rule answers CONDITIONAL).
    func codes() throws -> [ProcedureCode]? {
        guard !billedWith.isEmpty else { return nil }
        return try billedWith.flatMap { $0.split(separator: ",") }.map { try CodeQuery(parsing: String($0)).code }
    }
}

/// `--format text|html` for the contact sheet and the payer list.
enum ReferenceFormat: String, ExpressibleByArgument, CaseIterable {
    case text, html
}

/// The `--json` flag.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (shape documented in the README).")
    var json = false
}

/// Which day "today" is: the day in the local time zone, unless `--today` says otherwise.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Answer as if today were this day (default: today in the local time zone).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today {
            do { _ = try CalendarDate(parsing: today, today: .today(in: .current)) } catch { throw ValidationError(error.message) }
        }
    }

    /// The day the command treats as today; the only place `payer` reads the clock. `--today` was checked by
    /// ``validate()``.
    var day: CalendarDate {
        let local = CalendarDate.today(in: .current)
        return today.flatMap { try? CalendarDate(parsing: $0, today: local) } ?? local
    }
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
