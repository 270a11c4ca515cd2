// The keys of a payer file's top level and of each kind of entry, spelled as in the file. An entry also takes the
// `FactKey`s and, when scoped, the `ScopeKey`s (see `KeySet/init(entry:scoped:required:)`).

enum PayerKey: String, CaseIterable {
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
}

enum EDIPayerIDKey: String, CaseIterable {
    case id
    case linesOfBusiness = "lines_of_business"
}

enum ProgramKey: String, CaseIterable {
    case id, name
}

enum VendorKey: String, CaseIterable {
    case id, name, programs, url
}

enum PlanKey: String, CaseIterable {
    case id, name, aliases
}

enum ContactKey: String, CaseIterable {
    case purpose, name, vendor, phone, fax, hours
}

enum PortalKey: String, CaseIterable {
    case name, url, uses
}

enum RuleKey: String, CaseIterable {
    case category, codes, requirement, condition
    case billedWith = "billed_with"
    case vendor
    case howToSubmit = "how_to_submit"
    case documentation
    case decisionValidFor = "decision_valid_for"
}

enum UnlistedKey: String, CaseIterable {
    case meaning, quote
}

enum RetroKey: String, CaseIterable {
    case accepted, window, anchor, conditions
    case afterWindow = "after_window"
    case decisionTime = "decision_time"
    case policy
}

enum TimeframeKey: String, CaseIterable {
    case standard, expedited
}

enum TimelyFilingKey: String, CaseIterable {
    case limit, anchor
}

enum AppealKey: String, CaseIterable {
    case level, window, anchor
    case presumedReceipt = "presumed_receipt"
    case howToFile = "how_to_file"
    case conditions
    case decisionTime = "decision_time"
}

enum CorrectionKey: String, CaseIterable {
    case codes, subject, note
}
