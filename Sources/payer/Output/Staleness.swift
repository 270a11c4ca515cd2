import PayerKit

extension Describe {
    /// The stale-data warning, or nil when everything is fresh.
    static func staleness(_ stale: [Provenance], maximumAge: Int, style: Style) -> String? {
        guard !stale.isEmpty else { return nil }
        let copies = stale.contains(where: \.isSecondarySource) ? "some facts come from third-party copies, not confirmed current" : nil
        let old = stale.filter { !$0.isSecondarySource }.map(\.lastVerified).min().map { "some facts were last verified \($0), more than \(maximumAge) days ago" }
        return style.yellow("STALE:") + " " + [copies, old].compactMap { $0 }.joined(separator: "; ") + "; confirm with the payer"
    }
}
