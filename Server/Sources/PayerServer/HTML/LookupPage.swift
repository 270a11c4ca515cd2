import Foundation
import PayerKit

/// `/`: the lookup form, and the answer under it when the form was submitted (a GET form, so an answer has a URL
/// that can be bookmarked or pasted into a ticket, and the page works without JavaScript).
struct LookupPage {
    /// What the form was submitted with, as typed (shown again in the fields).
    struct FormValues {
        var payer = ""
        var code = ""
        var date = ""
        var lineOfBusiness = ""
        var state = ""
        var setting = ""

        init(_ parameters: QueryParameters?) {
            guard let parameters else { return }
            payer = (try? parameters.value(QueryField.payer)) ?? nil ?? ""
            code = parameters.list(QueryField.code).joined(separator: " ")
            date = (try? parameters.value(QueryField.date)) ?? nil ?? ""
            lineOfBusiness = (try? parameters.value(QueryField.lineOfBusiness)) ?? nil ?? ""
            state = (try? parameters.value(QueryField.state)) ?? nil ?? ""
            setting = (try? parameters.value(QueryField.setting)) ?? nil ?? ""
        }
    }

    let knowledgeBase: PayerKnowledgeBase
    let today: CalendarDate
    let values: FormValues
    /// The answers, when the form was submitted and answered.
    var answers: [AuthorizationAnswer] = []
    /// The retro answer, when the date of service is past.
    var retro: RetroAnswer?
    /// Why the question could not be answered.
    var error: APIError?

    func render() -> HTML {
        let body: HTML = "\(form())\(error.map(errorSection) ?? .empty)\(answers.isEmpty ? .empty : answerSection())"
        return Layout.page(
            title: answers.first.map { "\($0.verdict.label) — \($0.code.text), \($0.payerName)" } ?? "Prior-authorization lookup",
            heading: "Prior-authorization lookup", ruleSet: knowledgeBase.identity.description, printedOn: today.description, body: body)
    }

    private func form() -> HTML {
        let invalid = error?.field
        func aria(_ field: String) -> HTML { invalid == field ? " aria-invalid=\"true\" aria-describedby=\"error\"" : "" }
        let payerOptions = knowledgeBase.payers.map { payer -> HTML in "<option value=\"\(payer.id)\">\(payer.name)</option>" }
        let lineOptions = LineOfBusiness.allCases.map { line -> HTML in
            "<option value=\"\(line.rawValue)\"\(values.lineOfBusiness == line.rawValue ? " selected" : "")>\(Words.lineOfBusiness(line))</option>"
        }
        let settingOptions = CareSetting.allCases.map { setting -> HTML in
            "<option value=\"\(setting.rawValue)\"\(values.setting == setting.rawValue ? " selected" : "")>\(Words.setting(setting))</option>"
        }
        return """
            <form class="lookup" method="get" action="/" role="search" aria-label="Prior-authorization lookup">
            <div class="field"><label for="payer">Payer</label>
            <input id="payer" name="payer" list="payer-list" required autocomplete="off" spellcheck="false" maxlength="100" value="\(values.payer)" placeholder="e.g. medicare-ffs, Aetna"\(aria("payer"))>
            <datalist id="payer-list">\(payerOptions)</datalist>
            <p class="hint">Id, name or alias; known payers are offered as you type (<a href="/payers">all payers</a>).</p></div>
            <div class="field"><label for="code">Code(s)</label>
            <input id="code" name="code" required autocomplete="off" spellcheck="false" maxlength="200" inputmode="text" value="\(values.code)" placeholder="e.g. 64490 or 64490 70553"\(aria("code"))>
            <p class="hint">CPT or HCPCS, separated by spaces or commas; a modifier (64490-50) is ignored for matching.</p></div>
            <div class="field"><label for="date">Date of service</label>
            <input id="date" name="date" type="date" value="\(values.date.isEmpty ? today.description : values.date)"\(aria("date"))></div>
            <fieldset><legend>Optional: narrows the answer</legend>
            <div class="field"><label for="line_of_business">Line of business</label>
            <select id="line_of_business" name="line_of_business"\(aria("line_of_business"))><option value="">Not given</option>\(lineOptions)</select></div>
            <div class="field"><label for="state">State of service</label>
            <input id="state" name="state" maxlength="2" size="3" autocomplete="off" value="\(values.state)" placeholder="TX"\(aria("state"))></div>
            <div class="field"><label for="setting">Setting</label>
            <select id="setting" name="setting"\(aria("setting"))><option value="">Not given</option>\(settingOptions)</select></div>
            </fieldset>
            <button type="submit">Look up</button>
            </form>
            """
    }

    private func errorSection(_ error: APIError) -> HTML {
        var suggestions = HTML.empty
        if let names = error.suggestions, !names.isEmpty {
            let links = names.map { id -> HTML in
                var query = URLComponents()
                query.queryItems = [
                    URLQueryItem(name: "payer", value: id), URLQueryItem(name: "code", value: values.code), URLQueryItem(name: "date", value: values.date),
                    URLQueryItem(name: "line_of_business", value: values.lineOfBusiness), URLQueryItem(name: "state", value: values.state),
                    URLQueryItem(name: "setting", value: values.setting),
                ].filter { !($0.value ?? "").isEmpty }
                return "<li><a href=\"/?\(query.percentEncodedQuery ?? "")\">\(id)</a></li>"
            }
            suggestions = "<p>Did you mean:</p><ul class=\"suggestions\">\(links)</ul>"
        }
        return "<section class=\"error\" id=\"error\" role=\"alert\"><h2>Not answered</h2><p>\(capitalized(error.message)).</p>\(suggestions)</section>"
    }

    private func answerSection() -> HTML {
        guard let first = answers.first, let payer = try? knowledgeBase.payer(named: first.payerID) else { return .empty }
        let cards = answers.map { card($0, payer: payer) }
        // Whom to call and where to submit, once for all the codes asked.
        var contacts: [Contact] = []
        var portals: [Portal] = []
        var vendors: [Vendor] = []
        for answer in answers where answer.verdict != .notRequired {
            for contact in answer.contacts where !contacts.contains(contact) { contacts.append(contact) }
            for portal in answer.portals where !portals.contains(portal) { portals.append(portal) }
            for vendor in answer.vendors where !vendors.contains(vendor) { vendors.append(vendor) }
        }
        let needsCall = answers.contains { $0.verdict != .notRequired }
        return """
            <section class="answers" aria-labelledby="answer-heading">
            <h2 id="answer-heading">\(first.payerName), date of service \(first.dateOfService)</h2>
            \(cards)
            \(needsCall ? callSection(contacts: contacts, portals: portals, vendors: vendors, payer: payer) : .empty)
            \(retro.map(retroSection) ?? .empty)
            <p class="more"><a href="/payers/\(payer.id)">\(payer.name): full contact sheet</a></p>
            </section>
            """
    }

    private func card(_ answer: AuthorizationAnswer, payer: Payer) -> HTML {
        let record = answer.record
        let code = ([answer.code.text] + answer.modifiers).joined(separator: "-")
        let modifierNote: HTML = answer.modifiers.isEmpty ? .empty : "<p class=\"note\">Modifier \(answer.modifiers.joined(separator: ", ")) is ignored for matching.</p>"
        var situations = HTML.empty
        if record.situations.count > 1 {
            let items = record.situations.map { situation -> HTML in
                "<li><strong class=\"tag tag-\(situation.verdict.rawValue)\">\(situation.verdict.label)</strong> \(situation.when)\(situation.condition.map { ": \($0)" } ?? "")</li>"
            }
            situations = "<ul class=\"situations\">\(items)</ul><p class=\"hint\">Give the line of business, state or setting to decide.</p>"
        } else if let condition = answer.condition {
            situations = "<p class=\"condition\">Condition: \(condition)</p>"
        }
        let rules = answer.rules.map { rule -> HTML in
            let details: [HTML] = [
                rule.scope.effectiveDescription.map { "<li>In force: \($0)</li>" },
                rule.howToSubmit.map { "<li>How to submit: \($0)</li>" },
                rule.documentation.isEmpty ? nil : "<li>Documentation: \(rule.documentation.joined(separator: "; "))</li>",
                rule.decisionValidFor.map { "<li>Approval valid for \($0.description)</li>" },
                rule.notes.map { "<li>Note: \($0)</li>" },
            ].compactMap { $0 }
            return "<li><strong>\(rule.category)</strong><ul>\(details)</ul></li>"
        }
        var sources = answer.provenance
        if sources.isEmpty, let policy = answer.outcomes.compactMap(\.outcome.unlistedPolicy).first { sources = [policy.provenance] }
        let sourceItems = sources.prefix(6).map { provenance -> HTML in
            "<li>\(HTML.link(provenance.sourceURL)) — \(Words.freshness(provenance, today: today)) <span class=\"file\">(\(provenance.location.file):\(provenance.location.line))</span></li>"
        }
        let stale: HTML = answer.isStale ? "<p class=\"stale\"><strong>Stale:</strong> some of these facts are old or come from a third-party copy; confirm with the payer.</p>" : .empty
        return """
            <article class="card" aria-labelledby="code-\(code)">
            <h3 id="code-\(code)">\(code)</h3>
            <p class="verdict verdict-\(answer.verdict.rawValue)">\(answer.verdict.label)</p>
            <p class="sentence">\(Words.verdictSentence(answer.verdict))</p>
            \(situations)\(modifierNote)
            \(rules.isEmpty ? .empty : "<h4>Rule</h4><ul class=\"rules\">\(rules)</ul>" as HTML)
            \(sourceItems.isEmpty ? .empty : "<h4>Source</h4><ul class=\"sources\">\(Array(sourceItems))</ul>" as HTML)
            \(stale)
            <p class="more"><a href="\(ChecklistPage.link(code: code, values: values))">Filing checklist for \(code)</a> (to print and tick off)</p>
            </article>
            """
    }

    private func callSection(contacts: [Contact], portals: [Portal], vendors: [Vendor], payer: Payer) -> HTML {
        let people = contacts.map { ContactRows.item($0, vendors: payer.vendors) }
        let calls: HTML = people.isEmpty
            ? "<p>No published number in PayerRules: \(payer.notes ?? "use the number on the member's ID card").</p>"
            : "<ul class=\"contacts\">\(people)</ul>"
        let portalItems = portals.map { portal -> HTML in "<li>\(portal.name): \(HTML.link(portal.url))</li>" }
        let vendorItems = vendors.map { vendor -> HTML in "<li>\(vendor.name)\(vendor.url.map { url -> HTML in " — \(HTML.link(url))" } ?? .empty)</li>" }
        return """
            <section class="call" aria-labelledby="call-heading">
            <h3 id="call-heading">Whom to call</h3>
            \(calls)
            \(vendorItems.isEmpty ? .empty : "<h4>Review vendor</h4><ul>\(vendorItems)</ul>" as HTML)
            \(portalItems.isEmpty ? .empty : "<h4>Portal</h4><ul>\(portalItems)</ul>" as HTML)
            </section>
            """
    }

    private func retroSection(_ answer: RetroAnswer) -> HTML {
        let items: [HTML]
        if answer.outcomes.count == 1, let only = answer.outcomes.first {
            items = ["<p class=\"retro-status\">\(Words.retro(only.outcome))</p>"]
        } else {
            items = ["<ul>" as HTML] + answer.outcomes.map { situation, outcome -> HTML in "<li>\(situation.description): \(Words.retro(outcome))</li>" } + ["</ul>"]
        }
        let sources = answer.provenance.prefix(3).map { provenance -> HTML in "<li>\(HTML.link(provenance.sourceURL)) — \(Words.freshness(provenance, today: today))</li>" }
        return """
            <section class="retro" aria-labelledby="retro-heading">
            <h3 id="retro-heading">Retro-authorization (the date of service is past)</h3>
            \(items)
            \(sources.isEmpty ? .empty : "<ul class=\"sources\">\(Array(sources))</ul>" as HTML)
            </section>
            """
    }

    private func capitalized(_ sentence: String) -> String {
        sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}

/// Contact lines as the page shows them, shared by the answer and the contact sheet.
enum ContactRows {
    /// "Prior authorization — Clinical intake: phone 800-…, fax 800-… (hours; notes)".
    static func item(_ contact: Contact, vendors: [Vendor]) -> HTML {
        let vendorName = contact.vendorID.flatMap { id in vendors.first { $0.id == id }?.name }
        let title = [vendorName ?? contact.purpose.label, contact.name].compactMap { $0 }.joined(separator: " — ")
        var numbers: [HTML] = []
        if let phone = contact.phone { numbers.append("phone \(HTML.phone(phone))") }
        if let fax = contact.fax { numbers.append("fax \(fax)") }
        let extra = [contact.hours, contact.notes].compactMap { $0 }
        return "<li><strong>\(title)</strong>: \(HTML.join(numbers, separator: ", "))\(extra.isEmpty ? .empty : " <span class=\"note\">(\(extra.joined(separator: "; ")))</span>" as HTML)</li>"
    }
}
