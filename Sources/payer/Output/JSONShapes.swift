import Foundation
import PayerKit

// The `--json` shapes, documented in the README. Keys are camelCase; dates are YYYY-MM-DD; absent optional values are
// omitted. Add keys freely; never rename or remove one.

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

extension CalendarDate: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

struct ProvenanceJSON: Encodable {
    let file: String, line: Int, column: Int, source: String, secondarySource: Bool, lastVerified: CalendarDate
    let sourceDate: CalendarDate?
    init(_ p: Provenance) {
        (file, line, column, source, secondarySource, lastVerified, sourceDate) =
            (p.location.file, p.location.line, p.location.column, p.sourceURL, p.isSecondarySource, p.lastVerified, p.sourceDate)
    }
}

struct TimeLimitJSON: Encodable {
    let length: Int, unit: String
    init(_ t: TimeLimit) { (length, unit) = (t.length, t.unit.rawValue) }
}

struct ScopeJSON: Encodable {
    let program: String?, linesOfBusiness: [String]?, states: [String]?, settings: [String]?
    let effectiveFrom: CalendarDate?, effectiveUntil: CalendarDate?
    init(_ s: Scope) {
        program = s.program
        linesOfBusiness = s.linesOfBusiness.map { $0.map(\.rawValue).sorted() }
        states = s.states?.sorted()
        settings = s.settings.map { $0.map(\.rawValue).sorted() }
        (effectiveFrom, effectiveUntil) = (s.effectiveFrom, s.effectiveUntil)
    }
}

struct RuleJSON: Encodable {
    let category: String, codes: [String], requirement: String, condition: String?, billedWith: [String]?
    let vendor: String?, howToSubmit: String?, documentation: [String]?, decisionValidFor: TimeLimitJSON?
    let scope: ScopeJSON, notes: String?, provenance: ProvenanceJSON
    init(_ r: PriorAuthorizationRule) {
        (category, codes, requirement, condition) = (r.category, r.codes.map(\.description), r.requirement.rawValue, r.condition)
        billedWith = r.billedWith.isEmpty ? nil : r.billedWith.map(\.description)
        (vendor, howToSubmit) = (r.vendorID, r.howToSubmit)
        documentation = r.documentation.isEmpty ? nil : r.documentation
        decisionValidFor = r.decisionValidFor.map(TimeLimitJSON.init)
        (scope, notes, provenance) = (ScopeJSON(r.scope), r.notes, ProvenanceJSON(r.provenance))
    }
}

struct ContactJSON: Encodable {
    let purpose: String, name: String?, vendor: String?, phone: String?, fax: String?, hours: String?, notes: String?
    let linesOfBusiness: [String]?, provenance: ProvenanceJSON
    init(_ c: Contact) {
        (purpose, name, vendor, phone, fax, hours, notes) = (c.purpose.rawValue, c.name, c.vendorID, c.phone, c.fax, c.hours, c.notes)
        linesOfBusiness = c.linesOfBusiness.map { $0.map(\.rawValue).sorted() }
        provenance = ProvenanceJSON(c.provenance)
    }
}

struct PortalJSON: Encodable {
    let name: String, url: String, uses: [String], provenance: ProvenanceJSON
    init(_ p: Portal) { (name, url, uses, provenance) = (p.name, p.url, p.uses.map(\.rawValue).sorted(), ProvenanceJSON(p.provenance)) }
}

struct VendorJSON: Encodable {
    let id: String, name: String, programs: [String], url: String?, notes: String?, provenance: ProvenanceJSON
    init(_ v: Vendor) { (id, name, programs, url, notes, provenance) = (v.id, v.name, v.programs, v.url, v.notes, ProvenanceJSON(v.provenance)) }
}

struct TimeframeJSON: Encodable {
    let standard: TimeLimitJSON?, expedited: TimeLimitJSON?, scope: ScopeJSON, provenance: ProvenanceJSON
    init(_ t: DecisionTimeframe) {
        (standard, expedited) = (t.standard.map(TimeLimitJSON.init), t.expedited.map(TimeLimitJSON.init))
        (scope, provenance) = (ScopeJSON(t.scope), ProvenanceJSON(t.provenance))
    }
}

struct PayerRefJSON: Encodable {
    let id: String, name: String
}

struct AuthJSON: Encodable {
    struct Situation: Encodable {
        let when: String, verdict: String, crdPaNeeded: String, condition: String?, rules: [RuleJSON], unlistedCodes: UnlistedJSON?
    }
    struct UnlistedJSON: Encodable {
        let meaning: String, notes: String?, provenance: ProvenanceJSON
    }

    let payer: PayerRefJSON, code: String, modifiers: [String], dateOfService: CalendarDate
    let verdict: String, crdPaNeeded: String, condition: String?, situations: [Situation]
    let vendors: [VendorJSON], contacts: [ContactJSON], portals: [PortalJSON], decisionTimeframes: [TimeframeJSON]
    let stale: Bool, staleSources: [ProvenanceJSON], ruleSet: RuleSetIdentity

    init(_ a: AuthorizationAnswer, payer: Payer) {
        self.payer = PayerRefJSON(id: a.payerID, name: a.payerName)
        (code, modifiers, dateOfService) = (a.code.text, a.modifiers, a.dateOfService)
        (verdict, crdPaNeeded, condition) = (a.verdict.rawValue, a.verdict.crdCode, a.condition)
        situations = a.outcomes.map { situation, outcome in
            Situation(
                when: situation.description, verdict: outcome.verdict.rawValue, crdPaNeeded: outcome.verdict.crdCode,
                condition: outcome.condition, rules: outcome.rules.map(RuleJSON.init),
                unlistedCodes: outcome.unlistedPolicy.map { UnlistedJSON(meaning: $0.meaning.rawValue, notes: $0.notes, provenance: ProvenanceJSON($0.provenance)) })
        }
        vendors = a.vendors.map(VendorJSON.init)
        contacts = a.contacts.map(ContactJSON.init)
        portals = a.portals.map(PortalJSON.init)
        decisionTimeframes = a.decisionTimeframes.map(TimeframeJSON.init)
        (stale, staleSources, ruleSet) = (a.isStale, a.staleProvenance.map(ProvenanceJSON.init), a.ruleSet)
    }
}

struct RetroJSON: Encodable {
    struct Policy: Encodable {
        let accepted: Bool, window: TimeLimitJSON?, anchor: String?, conditions: [String]?, afterWindow: String?
        let decisionTime: TimeLimitJSON?, policy: String, scope: ScopeJSON, notes: String?, provenance: ProvenanceJSON
        init(_ p: RetroAuthorizationPolicy) {
            (accepted, window, anchor) = (p.accepted, p.window.map(TimeLimitJSON.init), p.anchor?.rawValue)
            conditions = p.conditions.isEmpty ? nil : p.conditions
            (afterWindow, decisionTime, policy) = (p.afterWindow?.rawValue, p.decisionTime.map(TimeLimitJSON.init), p.policy)
            (scope, notes, provenance) = (ScopeJSON(p.scope), p.notes, ProvenanceJSON(p.provenance))
        }
    }
    struct Situation: Encodable {
        let when: String, status: String, deadline: CalendarDate?, daysLeft: Int?, policy: Policy?
    }

    let payer: PayerRefJSON, serviceDate: CalendarDate, asOf: CalendarDate, status: String
    let deadline: CalendarDate?, daysLeft: Int?, situations: [Situation], contacts: [ContactJSON]
    let stale: Bool, staleSources: [ProvenanceJSON], ruleSet: RuleSetIdentity

    init(_ a: RetroAnswer) {
        payer = PayerRefJSON(id: a.payerID, name: a.payerName)
        (serviceDate, asOf, status) = (a.serviceDate, a.asOf, a.status.code)
        (deadline, daysLeft) = a.status.deadlineAndDaysLeft
        situations = a.outcomes.map { situation, outcome in
            let (deadline, daysLeft) = outcome.status.deadlineAndDaysLeft
            return Situation(when: situation.description, status: outcome.status.code, deadline: deadline, daysLeft: daysLeft, policy: outcome.policy.map(Policy.init))
        }
        contacts = a.contacts.map(ContactJSON.init)
        (stale, staleSources, ruleSet) = (a.isStale, a.staleProvenance.map(ProvenanceJSON.init), a.ruleSet)
    }
}
