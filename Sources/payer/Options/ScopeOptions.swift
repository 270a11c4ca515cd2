import ArgumentParser
import PayerKit

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
