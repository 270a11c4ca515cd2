/// Everything one rule file says about one payer, validated and indexed. Immutable.
///
/// A payer is one reference to shared storage (plus its ``ruleSet``): copying one, as `knowledgeBase.payers[i]` does,
/// retains one object rather than every array and string of the file.
public struct Payer: Sendable {
    /// The file's contents and what the loader worked out from them, shared by every copy.
    final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    struct Fields: Sendable {
        let id: String
        let name: String
        let aliases: [String]
        let linesOfBusiness: Set<LineOfBusiness>
        let states: Set<String>?
        let lastVerified: CalendarDate
        let sources: [String]
        let notes: String?
        let ediPayerIDs: [EDIPayerID]
        let programs: [Program]
        let plans: [Plan]
        let vendors: [Vendor]
        let contacts: [Contact]
        let portals: [Portal]
        let rules: [PriorAuthorizationRule]
        let unlistedCodePolicies: [UnlistedCodePolicy]
        let retroPolicies: [RetroAuthorizationPolicy]
        let decisionTimeframes: [DecisionTimeframe]
        let timelyFilingLimits: [TimelyFilingLimit]
        let appeals: [Appeal]
        let corrections: [Correction]
        let examples: PayerExamples
        let file: String
        let codeIndex: CodeIndex
        /// The rules by the codes of their `billed_with` pairings, so a code that matters only as the other half of a
        /// pairing (the drug of an injection rule) is found too.
        let pairingIndex: CodeIndex
    }

    let storage: Storage

    init(_ fields: Fields) {
        storage = Storage(fields)
    }

    /// The payer id, equal to the file name (`cigna` for `cigna.yaml`).
    public var id: String { storage.fields.id }
    /// The display name.
    public var name: String { storage.fields.name }
    /// Other names staff type.
    public var aliases: [String] { storage.fields.aliases }
    /// The lines of business the payer serves.
    public var linesOfBusiness: Set<LineOfBusiness> { storage.fields.linesOfBusiness }
    /// The service area, if regional.
    public var states: Set<String>? { storage.fields.states }
    /// When the file's facts were last checked against their sources.
    public var lastVerified: CalendarDate { storage.fields.lastVerified }
    /// The pages the file was built from.
    public var sources: [String] { storage.fields.sources }
    /// Free-text notes.
    public var notes: String? { storage.fields.notes }
    /// Claim payer IDs.
    public var ediPayerIDs: [EDIPayerID] { storage.fields.ediPayerIDs }
    /// Named prior-authorization programs.
    public var programs: [Program] { storage.fields.programs }
    /// Plans or product families whose rules differ.
    public var plans: [Plan] { storage.fields.plans }
    /// Delegated review vendors.
    public var vendors: [Vendor] { storage.fields.vendors }
    /// Phone and fax lines.
    public var contacts: [Contact] { storage.fields.contacts }
    /// Provider portals.
    public var portals: [Portal] { storage.fields.portals }
    /// Prior-authorization rules, in file order.
    public var rules: [PriorAuthorizationRule] { storage.fields.rules }
    /// What unlisted codes mean, by scope.
    public var unlistedCodePolicies: [UnlistedCodePolicy] { storage.fields.unlistedCodePolicies }
    /// Retro-authorization policies.
    public var retroPolicies: [RetroAuthorizationPolicy] { storage.fields.retroPolicies }
    /// Decision timeframes.
    public var decisionTimeframes: [DecisionTimeframe] { storage.fields.decisionTimeframes }
    /// Claim timely-filing limits.
    public var timelyFilingLimits: [TimelyFilingLimit] { storage.fields.timelyFilingLimits }
    /// Provider appeal levels after a denial.
    public var appeals: [Appeal] { storage.fields.appeals }
    /// Removals recorded as corrections of mistakes rather than history.
    public var corrections: [Correction] { storage.fields.corrections }
    /// Questions the file answers about itself, checked when it loads.
    public var examples: PayerExamples { storage.fields.examples }
    /// The rule file.
    public var file: String { storage.fields.file }
    /// The rule set this payer was loaded in; answers carry it.
    public internal(set) var ruleSet = RuleSetIdentity(files: [])

    var codeIndex: CodeIndex { storage.fields.codeIndex }
    var pairingIndex: CodeIndex { storage.fields.pairingIndex }

    /// The indices in `rules` of the rules whose codes cover a code's sort key (see `ProcedureCode.sortKey`).
    package func ruleIndices(coveringKey key: Int) -> [Int] { codeIndex.rules(coveringKey: key) }

    /// The vendor with an id.
    public func vendor(id: String) -> Vendor? { vendors.first { $0.id == id } }
}
