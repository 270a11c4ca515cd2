/// Words for model values, shared by every text output and by the answers that carry sentences (``RequestChecklist``).
package enum Describe {
    /// "Prior authorization — Clinical intake: phone 800-523-0023, fax 800-266-3022 (24 hours; notes)".
    package static func contact(_ contact: Contact, vendors: [Vendor], withNotes: Bool = true) -> String {
        let vendorName = contact.vendorID.flatMap { id in vendors.first { $0.id == id }?.name }
        // "eviCore healthcare — eviCore healthcare for Cigna gastroenterology" says the vendor twice.
        let lead = vendorName.flatMap { name in contact.name?.localizedCaseInsensitiveContains(name) == true ? nil : name }
        let title = [contact.vendorID != nil ? lead : contact.purpose.label, contact.name].compactMap { $0 }.joined(separator: " — ")
        let numbers = [contact.phone.map { "phone \($0)" }, contact.fax.map { "fax \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let extra = [contact.hours, withNotes ? contact.notes : nil].compactMap { $0 }
        return "\(title): \(numbers)" + (extra.isEmpty ? "" : " (\(extra.joined(separator: "; ")))")
    }

    /// "https://… (PayerRules/cigna.yaml:42; per the source dated 2025-07-01; last verified 2026-11-23)", or
    /// "…; third-party copy, not confirmed current)".
    package static func source(_ provenance: Provenance) -> String {
        "\(provenance.sourceURL) (\(provenance.location.file):\(provenance.location.line); \(provenance.currency))"
    }

    /// "standard 7 calendar days; expedited 72 hours".
    package static func timeframe(_ timeframe: DecisionTimeframe, joinedBy separator: String = "; ") -> String {
        [timeframe.standard.map { "standard \($0)" }, timeframe.expedited.map { "expedited \($0)" }]
            .compactMap { $0 }.joined(separator: separator)
    }

    /// Situations grouped by outcome, the most common outcome last as "otherwise", so a question that leaves the
    /// state and setting open reads as a few lines, not one per combination.
    package static func grouped<Outcome>(
        _ outcomes: some Collection<(situation: Situation, outcome: Outcome)>, by key: (Outcome) -> String,
        names: InputNames = .commandLine
    ) -> [(when: String, outcome: Outcome)] {
        var groups: [(key: String, situations: [Situation], outcome: Outcome)] = []
        for (situation, outcome) in outcomes {
            if let index = groups.firstIndex(where: { $0.key == key(outcome) }) {
                groups[index].situations.append(situation)
            } else {
                groups.append((key(outcome), [situation], outcome))
            }
        }
        // "Otherwise" is the group that holds "any other value" of something, so the others can be named positively;
        // failing that, the largest.
        let holdsTheRest = groups.indices.first { groups[$0].situations.contains { $0.values.values.contains { if case .otherThan = $0 { true } else { false } } } }
        guard groups.count > 1, let largest = holdsTheRest ?? groups.indices.max(by: { groups[$0].situations.count < groups[$1].situations.count }) else {
            return groups.map { ("in every case", $0.outcome) }
        }
        let otherwise = groups.remove(at: largest)
        return groups.map { group in
            let merged = [ScopeDimension.state, .memberState, .setting, .lineOfBusiness].reduce(group.situations) { Situation.merging($0, along: $1) }
            return ("only " + merged.map { Plain.situation($0, names: names) }.joined(separator: "; or "), group.outcome)
        } + [("otherwise", otherwise.outcome)]
    }
}
