/// Each kind of mapping a payer file holds, with its declared keys: the one place the schema is written down.
package enum EntryKind: String, CaseIterable, Sendable {
    case payer, ediPayerID, program, plan, vendor, contact, portal, rule, unlistedCodes, retroPolicy, decisionTimeframe
    case timelyFilingLimit, appeal, correction, examples, authorizationExample, retroExample

    /// Its own keys, then (for scoped entries) the scope keys, then (for facts) the fact keys.
    package var keys: [KeyDeclaration] {
        ownKeys + (isScoped ? ScopeKey.declarations : []) + (isFact ? FactKey.declarations : [])
    }

    private var ownKeys: [KeyDeclaration] {
        switch self {
        case .payer: PayerKey.declarations
        case .ediPayerID: EDIPayerIDKey.declarations
        case .program: ProgramKey.declarations
        case .plan: PlanKey.declarations
        case .vendor: VendorKey.declarations
        case .contact: ContactKey.declarations
        case .portal: PortalKey.declarations
        case .rule: RuleKey.declarations
        case .unlistedCodes: UnlistedKey.declarations
        case .retroPolicy: RetroKey.declarations
        case .decisionTimeframe: TimeframeKey.declarations
        case .timelyFilingLimit: TimelyFilingKey.declarations
        case .appeal: AppealKey.declarations
        case .correction: CorrectionKey.declarations
        case .examples: ExamplesKey.declarations
        case .authorizationExample: AuthorizationExampleKey.declarations + ExampleScopeKey.declarations
        case .retroExample: RetroExampleKey.declarations + ExampleScopeKey.declarations
        }
    }

    /// Whether it takes the scope keys.
    package var isScoped: Bool {
        switch self {
        case .contact, .rule, .unlistedCodes, .retroPolicy, .decisionTimeframe, .timelyFilingLimit, .appeal: true
        default: false
        }
    }

    /// Whether it is a fact, carrying `source` and the other fact keys.
    package var isFact: Bool {
        switch self {
        case .payer, .examples, .authorizationExample, .retroExample: false
        default: true
        }
    }

    /// The heading of its table in PayerRules/README.md and its description in the JSON Schema.
    package var title: String {
        switch self {
        case .payer: "Top level"
        case .ediPayerID: "Claim payer ID (`edi_payer_ids` entry)"
        case .program: "Program (`programs` entry)"
        case .plan: "Plan (`plans` entry)"
        case .vendor: "Review vendor (`vendors` entry)"
        case .contact: "Contact (`contacts` entry): at least one of phone and fax"
        case .portal: "Portal (`portals` entry)"
        case .rule: "Rule (`prior_authorization` entry)"
        case .unlistedCodes: "Unlisted-code policy (`unlisted_codes` entry)"
        case .retroPolicy: "Retro policy (`retro_authorization` entry): window and anchor go together; none of them, nor after_window, when accepted is false"
        case .decisionTimeframe: "Decision timeframe (`decision_timeframes` entry): at least one of standard and expedited"
        case .timelyFilingLimit: "Timely filing limit (`timely_filing` entry)"
        case .appeal: "Appeal level (`appeals` entry): window and anchor go together"
        case .correction: "Correction (`corrections` entry): at least one of codes and subject"
        case .examples: "Examples (`examples`)"
        case .authorizationExample: "Authorization example (`examples.authorization` entry)"
        case .retroExample: "Retro example (`examples.retro` entry)"
        }
    }
}
