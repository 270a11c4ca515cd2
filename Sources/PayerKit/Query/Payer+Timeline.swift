extension Payer {
    /// The dated steps of one case, as of `query.asOf`: prior authorization (when a code is given), the retro request,
    /// claim filing and every appeal level, each counted from its own anchor, then what remains once every window has
    /// closed. A step with no sourced window says so (``TimelineStep/Status/unknown``) and names whom to call; a step
    /// whose anchor date was not given says which date it needs. Business-day windows skip weekends and observed U.S.
    /// federal holidays; calendar-day windows end where they end, since no source here moves them.
    ///
    /// - Throws: ``PayerKitError`` for a scope the payer does not serve, a date outside the supported years, or a
    ///   discharge before the admission.
    public func timeline(for query: TimelineQuery) throws -> Timeline {
        try check(query.scope)
        for date in query.dates.given + [query.asOf] where !CalendarDate.supportedYears.contains(date.year) {
            throw PayerKitError.dateOutOfRange(date)
        }
        if let admission = query.dates.admission, let discharge = query.dates.discharge, discharge < admission {
            throw PayerKitError.invalidInput(InputError(
                kind: "discharge date", input: "\(discharge)", accepted: "a date on or after the admission",
                reason: "it is before the admission date \(admission)"))
        }
        let service = query.dates.service
        let authorization = try query.code.map { code throws(PayerKitError) in
            try self.authorizationAnswer(for: AuthorizationQuery(
                code: code, dateOfService: service, scope: query.scope, asOf: query.asOf, maximumAgeInDays: query.maximumAgeInDays))
        }
        let appealLevels = appeals.filter { applies($0.scope, to: query) }
        // The retro answer picks the policies; each step's status is then judged on the real as-of day, which may come
        // before the service (the retro answer refuses that).
        var retroQuery = RetroQuery(
            serviceDate: service, asOf: max(query.asOf, service), scope: query.scope, code: query.code?.code,
            maximumAgeInDays: query.maximumAgeInDays)
        retroQuery.anchorDates = query.dates.plainDates
        let retro = try retroAnswer(for: retroQuery)
        let conditionOfPayment = conditionOfPaymentStatement(authorization, retro: retro)

        var steps = priorAuthorizationSteps(authorization, query: query, appeals: appealLevels)
        steps += retroSteps(retro, query: query)
        steps += filingSteps(query)
        steps += appealSteps(appealLevels, query: query, conditionOfPayment: conditionOfPayment)
        let windows = steps.filter { $0.kind != .priorAuthorization }
        if windows.contains(where: { $0.status.isClosed }), windows.allSatisfy({ $0.status.isClosed || $0.status == .notOffered }) {
            steps.append(TimelineStep(
                kind: .remaining, title: "What remains", status: .final,
                summary: "Write-off unless the contract says otherwise: every window above has closed.",
                contacts: claimsContacts(query.scope)))
        }
        let provenance = steps.flatMap { $0.provenance + $0.contacts.map(\.provenance) }.uniqued()
        return Timeline(
            payerID: id, payerName: name, code: query.code?.code, dates: query.dates, asOf: query.asOf, steps: steps,
            staleProvenance: provenance.filter { $0.isStale(asOf: query.asOf, maximumAgeInDays: query.maximumAgeInDays) },
            ruleSet: ruleSet)
    }

    // MARK: - Steps

    private func priorAuthorizationSteps(_ answer: AuthorizationAnswer?, query: TimelineQuery, appeals: [Appeal]) -> [TimelineStep] {
        let title = "Prior authorization"
        guard let answer else {
            return [TimelineStep(
                kind: .priorAuthorization, title: title, status: .unknown,
                summary: "No code given: give the service's code to see whether prior authorization was needed.",
                contacts: contactsToCall(vendorIDs: [], programs: [], scope: query.scope))]
        }
        let service = query.dates.service
        // Where the appeal levels' notes say how a non-affirmed request is handled (Original Medicare: resubmitted, not
        // appealed), the prior-authorization step says it, with that level's source.
        let resubmission = appeals.flatMap { appeal in
            Self.sentences(in: appeal.notes, containing: "non-affirmed").map { (sentence: $0, source: appeal.provenance) }
        }
        return answer.outcomes.map { situation, outcome in
            let code = answer.code.text
            let status: TimelineStep.Status
            var summary: String
            var notes: [String] = []
            var provenance = outcome.rules.map(\.provenance) + (outcome.unlistedPolicy.map { [$0.provenance] } ?? [])
            switch outcome.verdict {
            case .required, .conditional:
                status = .window(endingOn: service, asOf: query.asOf)
                summary = outcome.verdict == .required
                    ? "Required for \(code) on \(service): request it before the service."
                    : "Required for \(code) on \(service) when \(outcome.condition ?? "its condition holds"): request it before the service."
                if query.asOf > service { summary += " The service date has passed: see the retro-authorization step." }
                notes += resubmission.map(\.sentence)
                provenance += resubmission.map(\.source)
                notes += answer.decisionTimeframes.map { "Decision: \(Describe.timeframe($0, joinedBy: ", "))." }
            case .notRequired:
                status = .notNeeded
                summary = "Not required for \(code) on \(service)."
            case .unknown:
                status = .unknown
                summary = "Unknown for \(code) on \(service): the payer's published lists in PayerRules do not settle it; ask the payer."
            }
            return TimelineStep(
                kind: .priorAuthorization, title: title, when: answer.outcomes.count > 1 ? situation.description : nil, status: status,
                window: status.deadline == nil ? nil : "before the service on \(service)", summary: summary, notes: notes,
                provenance: provenance.uniqued(), contacts: outcome.verdict == .notRequired ? [] : answer.contacts)
        }
    }

    private func retroSteps(_ answer: RetroAnswer, query: TimelineQuery) -> [TimelineStep] {
        answer.outcomes.map { situation, outcome in
            var status = TimelineStep.Status.unknown
            var words: String?
            var summary = "PayerRules has no retro-authorization policy for this payer and scope: ask the payer."
            var notes: [String] = []
            if let policy = outcome.policy {
                summary = policy.policy
                notes = policy.conditions.map { "Condition: " + $0.sentence }
                switch policy.afterWindow {
                case .appeal: notes.append("After the window: the appeal process.")
                case .denied: notes.append("After the window: requests are denied.")
                case nil: break
                }
                policy.decisionTime.map { notes.append("Decision within \($0).") }
                if !policy.accepted {
                    status = .notOffered
                } else if let window = policy.window, let anchor = policy.anchor {
                    (status, words) = Self.window(window, from: anchor, presumedReceipt: nil, dates: query.dates, asOf: query.asOf)
                } else {
                    summary += " No window is published: ask the payer how long you have."
                }
            }
            return TimelineStep(
                kind: .retroAuthorization, title: "Retro-authorization request",
                when: answer.outcomes.count > 1 ? situation.description : nil, status: status, window: words, summary: summary,
                notes: notes, provenance: outcome.policy.map { [$0.provenance] } ?? [], contacts: answer.contacts)
        }
    }

    private func filingSteps(_ query: TimelineQuery) -> [TimelineStep] {
        let title = "Claim filing (timely filing)"
        let limits = timelyFilingLimits.filter { applies($0.scope, to: query) }
        let contacts = claimsContacts(query.scope)
        guard !limits.isEmpty else {
            return [TimelineStep(
                kind: .claimFiling, title: title, status: .unknown,
                summary: "PayerRules has no timely-filing limit for this payer and scope: ask the payer.", contacts: contacts)]
        }
        return limits.map { limit in
            let (status, words) = Self.window(limit.limit, from: limit.anchor, presumedReceipt: nil, dates: query.dates, asOf: query.asOf)
            return TimelineStep(
                kind: .claimFiling, title: title, when: openScope(limit.scope, query: query), status: status, window: words,
                summary: "File the claim within \(limit.limit) of \(limit.anchor.phrase).", provenance: [limit.provenance], contacts: contacts)
        }
    }

    private func appealSteps(_ levels: [Appeal], query: TimelineQuery, conditionOfPayment: (String, Provenance)?) -> [TimelineStep] {
        let contacts = claimsContacts(query.scope)
        guard !levels.isEmpty else {
            return [TimelineStep(
                kind: .appeal, title: "Appeal", status: .unknown,
                summary: "PayerRules has no appeal level for this payer and scope: ask the payer how and by when to appeal.",
                contacts: contacts)]
        }
        return levels.enumerated().map { position, level in
            var notes = level.conditions.map { "Condition: " + $0.sentence }
            // PayerRules does not say which level follows which, so a level listed after another is not assumed to
            // count from the date given: the step says what it would count from instead.
            if position > 0, let anchor = level.anchor, anchor == .denialNotice || anchor == .initialDeterminationReceipt {
                notes.append(Self.laterLevelNote)
            }
            level.howToFile.map { notes.append("How to file: " + $0.sentence) }
            level.decisionTime.map { notes.append("Decision within \($0).") }
            var provenance = [level.provenance]
            if let (sentence, source) = conditionOfPayment {
                notes.append("An appeal will not cure a missing prior authorization: \(sentence)")
                provenance.append(source)
            }
            var status = TimelineStep.Status.unknown
            var words: String?
            var summary = "PayerRules has no published window for this level: ask the payer by when to file."
            if let window = level.window, let anchor = level.anchor {
                (status, words) = Self.window(window, from: anchor, presumedReceipt: level.presumedReceipt, dates: query.dates, asOf: query.asOf)
                summary = "File within \(window) of \(anchor.phrase)."
            }
            return TimelineStep(
                kind: .appeal, title: level.level, when: openScope(level.scope, query: query), status: status, window: words,
                summary: summary, notes: notes, provenance: provenance.uniqued(), contacts: contacts)
        }
    }

    /// The note on an appeal level listed after another.
    static let laterLevelNote =
        "Listed after another level: if this level appeals that level's decision, it counts from that decision's notice, not from the date given here."

    // MARK: - Windows and anchors

    /// Where a window stands on `asOf`, and the window in words with its unit, its anchor and the anchor's date.
    static func window(
        _ limit: TimeLimit, from anchor: Anchor, presumedReceipt: TimeLimit?, dates: AnchorDates, asOf: CalendarDate
    ) -> (TimelineStep.Status, String) {
        var words = "\(limit) from \(anchor.phrase)"
        let start: CalendarDate
        if let date = dates.plainDates[anchor] {
            start = date
            words += " (\(date))"
        } else if anchor == .initialDeterminationReceipt, let notice = dates.initialDetermination, let presumedReceipt {
            start = presumedReceipt.deadline(from: notice)
            words += ", presumed \(presumedReceipt) after its date (\(notice) + \(presumedReceipt.length) = \(start))"
        } else {
            if let presumedReceipt {
                words += ", presumed \(presumedReceipt) after its date"
            } else if anchor == .initialDeterminationReceipt, let notice = dates.initialDetermination {
                words += "; the source presumes no receipt date, so the notice's date (\(notice)) is not enough: the day it was received is needed"
            }
            return (.needsDate(anchor), words)
        }
        return (.window(endingOn: limit.deadline(from: start), asOf: asOf), words)
    }

    // MARK: - Scope, contacts and notes

    /// Whether an entry applies to the question: effective on the date of service and not ruled out by what the asker
    /// knows.
    private func applies(_ scope: Scope, to query: TimelineQuery) -> Bool {
        scope.isEffective(on: query.dates.service) && scope.isCompatible(with: query.scope)
    }

    /// The part of an entry's scope the question left open, in words ("line of business is medicare-advantage");
    /// nil when the entry applies whatever the open scope.
    private func openScope(_ scope: Scope, query: TimelineQuery) -> String? {
        var situation = Situation()
        let closed = closedDimensions
        for (dimension, allowed) in scope.allowed where query.scope.values[dimension] == nil {
            // An entry that allows every value the payer has (its one line of business) limits nothing.
            if let every = closed[dimension], every.isSubset(of: allowed) { continue }
            situation.values[dimension] = allowed.count == 1 ? .equals(allowed.first!) : .anyOf(allowed.sorted())
        }
        var parts = situation.values.isEmpty ? [] : [situation.description]
        if let program = scope.program { parts.append("program \(program)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Whom to call about a claim or an appeal: the claims lines that serve the question, else provider services.
    private func claimsContacts(_ scope: QueryScope) -> [Contact] {
        let serving = contacts.filter { $0.scope.isCompatible(with: scope) && $0.scope.program == nil && $0.vendorID == nil }
        let claims = serving.filter { $0.purpose == .claims }
        return claims.isEmpty ? serving.filter { $0.purpose == .providerServices } : claims
    }

    /// The rules' own sentence saying prior authorization is a condition of payment, for a case that needs one: the first
    /// in the deciding rules, their programs and the retro policies that answered. Nil when the case needs none.
    private func conditionOfPaymentStatement(_ answer: AuthorizationAnswer?, retro: RetroAnswer) -> (String, Provenance)? {
        guard let answer, answer.verdict == .required || answer.verdict == .conditional else { return nil }
        let programIDs = Set(answer.rules.compactMap(\.scope.program))
        var sources: [(String?, Provenance)] = answer.rules.filter { $0.requirement != .notRequired }.map { ($0.notes, $0.provenance) }
        sources += programs.filter { programIDs.contains($0.id) }.map { ($0.notes, $0.provenance) }
        sources += retro.outcomes.compactMap(\.outcome.policy).filter { $0.scope.program.map(programIDs.contains) ?? true }
            .map { ($0.notes, $0.provenance) }
        for (notes, provenance) in sources {
            if let sentence = Self.sentences(in: notes, containing: "condition of payment").first { return (sentence, provenance) }
        }
        return nil
    }

    /// The sentences of `text` that contain `phrase` (case-insensitive). A sentence ends at ". " before a capital.
    static func sentences(in text: String?, containing phrase: String) -> [String] {
        guard let text else { return [] }
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        let ends = characters.indices.dropLast(2).filter {
            characters[$0] == "." && characters[$0 + 1] == " " && characters[$0 + 2].isUppercase
        }
        for end in ends {
            sentences.append(String(characters[start...end]))
            start = end + 1
        }
        sentences.append(String(characters[start...]))
        return sentences.map(\.trimmingSpaces).filter { $0.lowercased().contains(phrase.lowercased()) }
    }
}

extension String {
    /// The text ending in a period, unless it ends in punctuation already.
    fileprivate var sentence: String {
        guard let last, !".!?".contains(last) else { return self }
        return self + "."
    }

    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
