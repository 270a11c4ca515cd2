/// Everything one rule file says about one payer, validated and indexed. Immutable.
public struct Payer: Sendable {
    /// The payer id, equal to the file name (`cigna` for `cigna.yaml`).
    public let id: String
    /// The display name.
    public let name: String
    /// Other names staff type.
    public let aliases: [String]
    /// The lines of business the payer serves.
    public let linesOfBusiness: Set<LineOfBusiness>
    /// The service area, if regional.
    public let states: Set<String>?
    /// When the file's facts were last checked against their sources.
    public let lastVerified: CalendarDate
    /// The pages the file was built from.
    public let sources: [String]
    /// Free-text notes.
    public let notes: String?
    /// Claim payer IDs.
    public let ediPayerIDs: [EDIPayerID]
    /// Named prior-authorization programs.
    public let programs: [Program]
    /// Plans or product families whose rules differ.
    public let plans: [Plan]
    /// Delegated review vendors.
    public let vendors: [Vendor]
    /// Phone and fax lines.
    public let contacts: [Contact]
    /// Provider portals.
    public let portals: [Portal]
    /// Prior-authorization rules, in file order.
    public let rules: [PriorAuthorizationRule]
    /// What unlisted codes mean, by scope.
    public let unlistedCodePolicies: [UnlistedCodePolicy]
    /// Retro-authorization policies.
    public let retroPolicies: [RetroAuthorizationPolicy]
    /// Decision timeframes.
    public let decisionTimeframes: [DecisionTimeframe]
    /// Claim timely-filing limits.
    public let timelyFilingLimits: [TimelyFilingLimit]
    /// Provider appeal levels after a denial.
    public let appeals: [Appeal]
    /// Removals recorded as corrections of mistakes rather than history.
    public let corrections: [Correction]
    /// Questions the file answers about itself, checked when it loads.
    public let examples: PayerExamples
    /// The rule file.
    public let file: String

    let codeIndex: CodeIndex
    /// The rules by the codes of their `billed_with` pairings, so a code that matters only as the other half of a
    /// pairing (the drug of an injection rule) is found too.
    let pairingIndex: CodeIndex
    /// The rule set this payer was loaded in; answers carry it.
    public internal(set) var ruleSet = RuleSetIdentity(files: [])

    /// The indices in `rules` of the rules whose codes cover a code's sort key (see `ProcedureCode.sortKey`).
    package func ruleIndices(coveringKey key: Int) -> [Int] { codeIndex.rules(coveringKey: key) }

    /// The vendor with an id.
    public func vendor(id: String) -> Vendor? { vendors.first { $0.id == id } }
}
