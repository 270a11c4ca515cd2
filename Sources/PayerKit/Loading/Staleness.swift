extension Payer {
    /// Every provenance record in the file: the facts a maintainer re-checks.
    public var allProvenance: [Provenance] {
        ediPayerIDs.map(\.provenance) + programs.map(\.provenance) + plans.map(\.provenance) + vendors.map(\.provenance)
            + contacts.map(\.provenance) + portals.map(\.provenance) + rules.map(\.provenance)
            + unlistedCodePolicies.map(\.provenance) + retroPolicies.map(\.provenance) + decisionTimeframes.map(\.provenance)
            + timelyFilingLimits.map(\.provenance) + appeals.map(\.provenance) + corrections.map(\.provenance)
    }

    /// A warning for the file, and for each fact with its own older date, last verified more than
    /// `maximumAgeInDays` before `date`.
    public func stalenessWarnings(asOf date: CalendarDate, maximumAgeInDays: Int) -> [Diagnostic] {
        let fileStart = SourceLocation(file: file, line: 1, column: 1)
        let advice = "re-check it against its source and update last_verified"
        var warnings: [Diagnostic] = []
        if lastVerified.days(until: date) > maximumAgeInDays {
            warnings.append(Diagnostic(.warning, at: fileStart,
                "the file was last verified \(lastVerified), \(lastVerified.days(until: date)) days ago (more than \(maximumAgeInDays)); \(advice)"))
        }
        // By age alone: a third-party copy is never confirmed current (answers say so), but that is `payer stale`'s
        // to-do list, not a lint failure.
        for provenance in allProvenance where provenance.lastVerified < lastVerified && provenance.lastVerified.days(until: date) > maximumAgeInDays {
            warnings.append(Diagnostic(.warning, at: provenance.location,
                "this fact was last verified \(provenance.lastVerified), \(provenance.lastVerified.days(until: date)) days ago (more than \(maximumAgeInDays)); \(advice)"))
        }
        return warnings
    }
}
