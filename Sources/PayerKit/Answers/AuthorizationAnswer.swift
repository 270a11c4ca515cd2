/// The answer to an ``AuthorizationQuery``, with everything a billing desk needs to act on it.
///
/// The answer holds its payer (one reference), the question and the outcomes; everything else is worked out from
/// those when read.
public struct AuthorizationAnswer: Sendable {
    /// The payer that answered.
    let payer: Payer
    /// The question answered.
    let query: AuthorizationQuery
    /// The outcome per situation, as `(situation, outcome)` pairs; one pair with an empty situation when the answer
    /// does not depend on scope.
    public let outcomes: [(situation: Situation, outcome: AuthorizationOutcome)]

    /// The payer asked about.
    public var payerID: String { payer.id }
    /// The payer's name.
    public var payerName: String { payer.name }
    /// The code asked about, without modifiers.
    public var code: ProcedureCode { query.code.code }
    /// Modifiers typed with the code; they are ignored for matching.
    public var modifiers: [String] { query.code.modifiers }
    /// The date of service.
    public var dateOfService: CalendarDate { query.dateOfService }
    /// The rule set that answered, for an audit trail.
    public var ruleSet: RuleSetIdentity { payer.ruleSet }

    /// The overall verdict: `conditional` when the situations disagree.
    public var verdict: AuthorizationVerdict {
        outcomes.count == 1 ? outcomes[0].outcome.verdict : .conditional
    }

    /// What a conditional verdict depends on, in words.
    public var condition: String? {
        if outcomes.count == 1 { return outcomes[0].outcome.condition }
        return "depends on " + outcomes.map { "\($0.situation): \($0.outcome.summary)" }.joined(separator: "; ")
    }

    /// The rules behind the answer, in every situation, without repeats.
    public var rules: [PriorAuthorizationRule] {
        var seen = Set<SourceLocation>()
        return outcomes.flatMap(\.outcome.rules).filter { seen.insert($0.provenance.location).inserted }
    }

    /// Delegated review vendors named by the deciding rules (those that require something), in order.
    public var vendors: [Vendor] {
        vendorIDs.compactMap { payer.vendor(id: $0) }
    }

    /// Whom to call, most specific first: the deciding rules' vendor lines, then the payer's prior-authorization
    /// lines, then its general provider-services lines; never a line whose scope excludes the question. A line limited
    /// to a dimension the question left open (``scope``) may still be listed: say which.
    public var contacts: [Contact] { payer.contactsToCall(vendorIDs: vendorIDs, programs: programs, scope: query.scope) }

    /// Delegated review vendors' lines that serve the question's scope but that no deciding rule names, for the desk
    /// to use when the service is in the vendor's program (see ``Vendor/programs``).
    public var vendorLines: [Contact] { payer.vendorLines(excluding: vendorIDs, programs: programs, scope: query.scope) }

    /// What the question said about the scope, with the line of business filled in when the payer has only one;
    /// dimensions without a value were left open.
    public var scope: QueryScope { payer.filled(query.scope) }

    /// Portals that take prior-authorization requests.
    public var portals: [Portal] { payer.portals.filter { $0.uses.contains(.priorAuthorization) } }

    /// Decision timeframes that apply to the question and to the programs of the deciding rules.
    public var decisionTimeframes: [DecisionTimeframe] {
        payer.decisionTimeframes.filter {
            $0.scope.isEffective(on: query.dateOfService) && $0.scope.isCompatible(with: query.scope) && ($0.scope.program.map(programs.contains) ?? true)
        }
    }

    /// Where every fact in the answer comes from: the deciding rules and unlisted-code policies, vendors, contacts and
    /// timeframes, each record once.
    public var provenance: [Provenance] {
        var records = outcomes.flatMap { $0.outcome.rules.map(\.provenance) + ($0.outcome.unlistedPolicy.map { [$0.provenance] } ?? []) }
        records += vendors.map(\.provenance)
        // The lines of contacts and vendorLines, in file order: the same lines, without ranking them.
        records += payer.contacts(serving: payer.filled(query.scope), programs: programs).filter { contact in
            contact.vendorID != nil || contact.purpose == .priorAuthorization || contact.purpose == .providerServices
        }.map(\.provenance)
        records += decisionTimeframes.map(\.provenance)
        return records.uniqued()
    }

    /// Provenance records last verified longer ago than the query's maximum age.
    public var staleProvenance: [Provenance] {
        provenance.filter { $0.isStale(asOf: query.asOf, maximumAgeInDays: query.maximumAgeInDays) }
    }

    /// Whether any fact behind the answer is stale.
    public var isStale: Bool { !staleProvenance.isEmpty }

    /// The programs of the deciding rules.
    private var programs: Set<String> { Set(outcomes.flatMap { $0.outcome.rules.compactMap(\.scope.program) }) }

    /// The vendor ids of deciding rules that require something, each once, in order.
    private var vendorIDs: [String] {
        outcomes.flatMap { $0.outcome.rules.filter { $0.requirement != .notRequired }.compactMap(\.vendorID) }.uniqued()
    }
}
