/// An entry whose provenance may take its file's `last_verified`, which can come after the entry in the file.
protocol DatedEntry {
    var provenance: Provenance { get set }
}

extension EDIPayerID: DatedEntry {}
extension Program: DatedEntry {}
extension Vendor: DatedEntry {}
extension Contact: DatedEntry {}
extension Portal: DatedEntry {}
extension PriorAuthorizationRule: DatedEntry {}
extension UnlistedCodePolicy: DatedEntry {}
extension RetroAuthorizationPolicy: DatedEntry {}
extension DecisionTimeframe: DatedEntry {}
extension TimelyFilingLimit: DatedEntry {}
extension Plan: DatedEntry {}
extension Appeal: DatedEntry {}
extension Correction: DatedEntry {}
