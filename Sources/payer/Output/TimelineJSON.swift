import PayerKit

/// The `--json` shape of `payer timeline`, documented in the README. Self-contained (its own provenance and contact
/// shapes) so that it does not move when other answers' shapes do.
struct TimelineJSON: Encodable {
    struct Dates: Encodable {
        let service: CalendarDate, admission: CalendarDate?, discharge: CalendarDate?, notification: CalendarDate?
        let eligibilityAdd: CalendarDate?, denialNotice: CalendarDate?, initialDetermination: CalendarDate?
        let initialDeterminationReceived: CalendarDate?
    }
    struct Source: Encodable {
        let file: String, line: Int, column: Int, source: String, secondarySource: Bool, lastVerified: CalendarDate
        let sourceDate: CalendarDate?
        init(_ p: Provenance) {
            (file, line, column, source, secondarySource, lastVerified, sourceDate) =
                (p.location.file, p.location.line, p.location.column, p.sourceURL, p.isSecondarySource, p.lastVerified, p.sourceDate)
        }
    }
    struct Call: Encodable {
        let purpose: String, name: String?, vendor: String?, phone: String?, fax: String?, hours: String?, notes: String?
        init(_ c: Contact) { (purpose, name, vendor, phone, fax, hours, notes) = (c.purpose.rawValue, c.name, c.vendorID, c.phone, c.fax, c.hours, c.notes) }
    }
    struct Step: Encodable {
        let kind: String, title: String, when: String?, status: String, deadline: CalendarDate?, daysLeft: Int?
        let needsDate: String?, window: String?, summary: String, notes: [String], contacts: [Call], sources: [Source]
        init(_ s: TimelineStep) {
            (kind, title, when, status) = (s.kind.rawValue, s.title, s.when, s.status.code)
            (deadline, daysLeft) = (s.status.deadline, s.status.daysLeft)
            if case .needsDate(let anchor) = s.status { needsDate = anchor.rawValue } else { needsDate = nil }
            (window, summary, notes) = (s.window, s.summary, s.notes)
            (contacts, sources) = (s.contacts.map(Call.init), s.provenance.map(Source.init))
        }
    }

    let payer: PayerReference, code: String?, dates: Dates, asOf: CalendarDate, steps: [Step], open: [Int]
    let stale: Bool, staleSources: [Source], ruleSet: RuleSetIdentity

    init(_ t: PayerKit.Timeline) {
        payer = PayerReference(id: t.payerID, name: t.payerName)
        code = t.code?.text
        let d = t.dates
        dates = Dates(
            service: d.service, admission: d.admission, discharge: d.discharge, notification: d.notification,
            eligibilityAdd: d.eligibilityAdd, denialNotice: d.denialNotice, initialDetermination: d.initialDetermination,
            initialDeterminationReceived: d.initialDeterminationReceived)
        (asOf, steps) = (t.asOf, t.steps.map(Step.init))
        // Positions in `steps` of the steps still open, soonest deadline first.
        open = t.steps.indices.filter { t.steps[$0].status.daysLeft != nil }.sorted { t.steps[$0].status.deadline! < t.steps[$1].status.deadline! }
        (stale, staleSources, ruleSet) = (t.isStale, t.staleProvenance.map(Source.init), t.ruleSet)
    }
}
