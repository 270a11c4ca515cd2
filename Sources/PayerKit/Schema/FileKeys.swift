// The keys of a payer file's top level and of each kind of entry, spelled as in the file and declared once (type,
// required, doc). An entry also takes the `FactKey`s and, when scoped, the `ScopeKey`s (see `EntryKind`).

/// The keys every fact carries.
package enum FactKey: String, SchemaKey {
    case source
    case secondarySource = "secondary_source"
    case lastVerified = "last_verified"
    case sourceDate = "source_date"
    case notes

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .source: (.url, true, "The public page that states this fact.")
        case .secondarySource: (.boolean, false, "true when the source is not the payer, CMS, a MAC or the payer's review vendor (a billing blog, a mirror, a third-party copy).")
        case .lastVerified: (.date, false, "The day this fact was confirmed current on its source, when not the file's last_verified.")
        case .sourceDate: (.date, false, "The source document's own date: the list's effective date, or its publication date.")
        case .notes: (.text, false, "Free-text notes for staff.")
        }
    }
}

/// The keys that narrow where and when an entry applies.
package enum ScopeKey: String, SchemaKey {
    case program
    case plans
    case linesOfBusiness = "lines_of_business"
    case states
    case memberStates = "member_states"
    case settings
    case network
    case effectiveFrom = "effective_from"
    case effectiveUntil = "effective_until"

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .program: (.identifier, false, "The id of a program declared under `programs`.")
        case .plans: (.list(.identifier), false, "The plans (ids under `plans`) this applies to; leave out for all.")
        case .linesOfBusiness: (.list(.oneOf(Words.linesOfBusiness)), false, "The lines of business this applies to; leave out for all of the payer's.")
        case .states: (.list(.oneOf(Words.states)), false, "The states where the service is furnished (the provider's location); leave out for all.")
        case .memberStates: (.list(.oneOf(Words.states)), false, "The members' states of residence (the DME MAC jurisdiction follows it); leave out for all.")
        case .settings: (.list(.oneOf(Words.settings)), false, "The care settings this applies to; leave out for all.")
        case .network: (.oneOf(Words.networks), false, "participating or non-participating providers; leave out for both.")
        case .effectiveFrom: (.date, false, "First date of service covered, inclusive.")
        case .effectiveUntil: (.date, false, "First date of service no longer covered, exclusive: the removal date as the source states it.")
        }
    }
}

enum PayerKey: String, SchemaKey {
    case schemaVersion = "schema_version"
    case id, name, aliases
    case linesOfBusiness = "lines_of_business"
    case states
    case lastVerified = "last_verified"
    case sources, notes
    case ediPayerIDs = "edi_payer_ids"
    case programs, plans, vendors, contacts, portals
    case priorAuthorization = "prior_authorization"
    case unlistedCodes = "unlisted_codes"
    case retroAuthorization = "retro_authorization"
    case decisionTimeframes = "decision_timeframes"
    case timelyFiling = "timely_filing"
    case appeals, corrections
    case examples

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .schemaVersion: (.schemaVersion, true, "The payer-file schema version: 2 (this PayerKit reads 1 and 2).")
        case .id: (.identifier, true, "The payer id: lower-case letters, digits and dashes, equal to the file name (`cigna` in cigna.yaml).")
        case .name: (.text, true, "The payer's name as staff know it.")
        case .aliases: (.list(.text), false, "Other names staff type (`BCBSTX`, `Original Medicare`); unique across all payer files.")
        case .linesOfBusiness: (.list(.oneOf(Words.linesOfBusiness)), true, "The lines of business this payer sells; every entry's scope stays within them.")
        case .states: (.list(.oneOf(Words.states)), false, "The service area, if regional; every entry's scope stays within it.")
        case .lastVerified: (.date, true, "The day this file's facts were last confirmed current on their sources; facts confirmed on another day carry their own.")
        case .sources: (.list(.url), true, "The public pages this file was built from.")
        case .notes: (.text, false, "Free-text notes for staff.")
        case .ediPayerIDs: (.entries(.ediPayerID), false, "Payer IDs used on electronic claims.")
        case .programs: (.entries(.program), false, "Named prior-authorization programs that entries can belong to (`program:`).")
        case .plans: (.entries(.plan), false, "Plans or product families whose rules differ (HMO, PPO, Oxford, UMR); entries and questions name them (`plans:`).")
        case .vendors: (.entries(.vendor), false, "Delegated review vendors (eviCore, Carelon, Cohere) that rules and contacts name (`vendor:`).")
        case .contacts: (.entries(.contact), false, "Phone and fax lines.")
        case .portals: (.entries(.portal), false, "Provider portals.")
        case .priorAuthorization: (.entries(.rule), false, "Rules: which codes need prior authorization, where and when. A code on no rule answers unknown unless `unlisted_codes` says otherwise.")
        case .unlistedCodes: (.entries(.unlistedCodes), false, "What a code that no rule lists means, per scope.")
        case .retroAuthorization: (.entries(.retroPolicy), false, "Whether an authorization can be requested after the service, and until when.")
        case .decisionTimeframes: (.entries(.decisionTimeframe), false, "How long the payer takes to decide a request.")
        case .timelyFiling: (.entries(.timelyFilingLimit), false, "How long after its anchor date a claim may be filed.")
        case .appeals: (.entries(.appeal), false, "The appeal levels a provider can take after a denial.")
        case .corrections: (.entries(.correction), false, "Removals that fix a mistake rather than end a fact, with the evidence.")
        case .examples: (.mapping(.examples), false, "Questions this file answers, with the intended answers; loading fails when the rules answer otherwise.")
        }
    }
}

enum EDIPayerIDKey: String, SchemaKey {
    case id
    case linesOfBusiness = "lines_of_business"

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .id: (.text, true, "The payer ID as printed; quote it (\"60054\") so leading zeros stay.")
        case .linesOfBusiness: (.list(.oneOf(Words.linesOfBusiness)), false, "The lines of business it is used for; leave out for all.")
        }
    }
}

enum ProgramKey: String, SchemaKey {
    case id, name

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .id: (.identifier, true, "The id entries refer to with `program:`.")
        case .name: (.text, true, "The program's name.")
        }
    }
}

enum PlanKey: String, SchemaKey {
    case id, name, aliases

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .id: (.identifier, true, "The id entries refer to with `plans:` and questions with `--plan`.")
        case .name: (.text, true, "The plan's name.")
        case .aliases: (.list(.text), false, "Other names staff type.")
        }
    }
}

enum VendorKey: String, SchemaKey {
    case id, name, programs, url

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .id: (.identifier, true, "The id rules and contacts refer to with `vendor:`.")
        case .name: (.text, true, "The vendor's name.")
        case .programs: (.list(.text), false, "The programs it reviews for this payer, in our own words.")
        case .url: (.url, false, "Its portal or page for this payer.")
        }
    }
}

enum ContactKey: String, SchemaKey {
    case purpose, name, vendor, phone, fax, hours

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .purpose: (.oneOf(ContactPurpose.allCases.map(\.rawValue)), true, "What the line is for.")
        case .name: (.text, false, "A name for the line (\"Clinical intake\").")
        case .vendor: (.identifier, false, "The id of the vendor (under `vendors`) whose line it is.")
        case .phone: (.phone, false, "Phone, written 800-555-0100; at least one of phone and fax.")
        case .fax: (.phone, false, "Fax, written 800-555-0100.")
        case .hours: (.text, false, "Opening hours as published.")
        }
    }
}

enum PortalKey: String, SchemaKey {
    case name, url, uses

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .name: (.text, true, "The portal's name.")
        case .url: (.url, true, "Its address.")
        case .uses: (.list(.oneOf(PortalUse.allCases.map(\.rawValue))), true, "What it is used for.")
        }
    }
}

enum RuleKey: String, SchemaKey {
    case category, codes, requirement, condition
    case billedWith = "billed_with"
    case vendor
    case howToSubmit = "how_to_submit"
    case documentation
    case decisionValidFor = "decision_valid_for"

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .category: (.text, true, "Our own short category label, never an AMA descriptor.")
        case .codes: (.list(.code), true, "The codes and ranges the rule covers; each code once.")
        case .requirement: (.oneOf(Requirement.allCases.map(\.rawValue)), true, "required, not-required, or conditional (then say the condition).")
        case .condition: (.text, false, "When authorization is needed; only with requirement: conditional.")
        case .billedWith: (.list(.code), false, "The rule applies only when billed with one of these codes.")
        case .vendor: (.identifier, false, "The id of the vendor (under `vendors`) that reviews the request.")
        case .howToSubmit: (.text, false, "How and where to submit the request.")
        case .documentation: (.list(.text), false, "What the request needs.")
        case .decisionValidFor: (.duration(units: TimeLimit.Unit.allCases), false, "How long an approval lasts.")
        }
    }
}

enum UnlistedKey: String, SchemaKey {
    case meaning, quote

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .meaning: (.oneOf(UnlistedCodePolicy.Meaning.allCases.map(\.rawValue)), true, "not-required: the payer's list is exhaustive here (needs `quote`); unknown: nobody can tell.")
        case .quote: (.text, false, "The payer's own sentence that makes its list exhaustive; required with meaning: not-required.")
        }
    }
}

enum RetroKey: String, SchemaKey {
    case accepted, window, anchor, conditions
    case afterWindow = "after_window"
    case decisionTime = "decision_time"
    case policy

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .accepted: (.boolean, true, "Whether retro-authorization is accepted at all.")
        case .window: (.duration(units: [.calendarDays, .businessDays]), false, "How long after the anchor date a request is accepted.")
        case .anchor: (.oneOf(Words.anchors), false, "What the window counts from; required with `window`.")
        case .conditions: (.list(.text), false, "When a retro request is allowed.")
        case .afterWindow: (.oneOf(RetroAuthorizationPolicy.AfterWindow.allCases.map(\.rawValue)), false, "What happens to a request after the window: appeal or denied.")
        case .decisionTime: (.duration(units: TimeLimit.Unit.allCases), false, "How long a decision takes.")
        case .policy: (.text, true, "The policy in one sentence.")
        }
    }
}

enum TimeframeKey: String, SchemaKey {
    case standard, expedited

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .standard: (.duration(units: TimeLimit.Unit.allCases), false, "A standard (non-urgent) request; at least one of standard and expedited.")
        case .expedited: (.duration(units: TimeLimit.Unit.allCases), false, "An expedited (urgent) request.")
        }
    }
}

enum TimelyFilingKey: String, SchemaKey {
    case limit, anchor

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .limit: (.duration(units: TimeLimit.Unit.allCases), true, "The limit.")
        case .anchor: (.oneOf(Words.anchors), false, "What the limit counts from (required in schema version 2; usually date-of-service).")
        }
    }
}

enum AppealKey: String, SchemaKey {
    case level, window, anchor
    case presumedReceipt = "presumed_receipt"
    case howToFile = "how_to_file"
    case conditions
    case decisionTime = "decision_time"

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .level: (.text, true, "The level's name as the source gives it (Redetermination, Reconsideration, First-level appeal).")
        case .window: (.duration(units: [.calendarDays, .businessDays, .months]), false, "How long the provider has to file, when published.")
        case .anchor: (.oneOf(Words.anchors), false, "What the window counts from; required with `window`.")
        case .presumedReceipt: (.duration(units: [.calendarDays, .businessDays]), false, "How long after its date a notice is presumed received; only with anchor initial-determination-receipt.")
        case .howToFile: (.text, false, "How and where to file.")
        case .conditions: (.list(.text), false, "When this level is available.")
        case .decisionTime: (.duration(units: TimeLimit.Unit.allCases), false, "How long the payer takes to decide.")
        }
    }
}

enum CorrectionKey: String, SchemaKey {
    case codes, subject, note

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .codes: (.list(.code), false, "The codes removed because they were entered by mistake.")
        case .subject: (.text, false, "What else was corrected, in words; at least one of codes and subject.")
        case .note: (.text, true, "Why: the evidence that the removed fact was never true.")
        }
    }
}
