import Foundation
import PayerKit

/// `/checklist`: the filing checklist of one request as a page to print and tick off, with the content of
/// `payer checklist` (the library's ``RequestChecklist``): the answer in brief, what the request needs, what to record.
/// Plain HTML with labelled checkboxes; the print stylesheet fits it on paper.
struct ChecklistPage {
    let knowledgeBase: PayerKnowledgeBase
    let today: CalendarDate
    /// The question as asked, to link back to the lookup and the JSON and to keep in the approval-date form.
    let query: [URLQueryItem]
    var checklist: RequestChecklist?
    /// Why there is no checklist.
    var error: APIError?

    func render() -> HTML {
        guard let checklist else {
            return Layout.page(title: "Checklist not made", heading: "Prior-authorization checklist", ruleSet: knowledgeBase.identity.description,
                               printedOn: today.description, body: errorSection(error ?? APIError(.badRequest, "no question was asked")))
        }
        let verdict = AuthorizationVerdict(rawValue: checklist.verdict) ?? .unknown
        let body: HTML = """
            <p class="lede">\(checklist.payer.name) · code \(checklist.code) · date of service \(checklist.dateOfService)</p>
            <section class="brief" aria-labelledby="brief-heading">
            <h2 id="brief-heading">The answer in brief</h2>
            <p class="verdict verdict-\(verdict.rawValue)">\(verdict.label)</p>
            <dl class="brief">\(checklist.prefilled.map(briefLine))</dl>
            </section>
            \(boxes(checklist.request, id: "needs", heading: "The request needs"))
            \(boxes(checklist.record, id: "record", heading: "To record"))
            \(approvalForm(checklist))
            <p class="noprint"><a href="/?\(Self.encoded(query.filter { $0.name != QueryField.approvedOn }))">Back to the answer</a> · <a href="/v1/checklist?\(Self.encoded(query))">JSON</a> · <a href="/payers/\(checklist.payer.id)">\(checklist.payer.name): contact sheet</a></p>
            """
        return Layout.page(title: checklist.title, heading: "Prior-authorization checklist", kind: "checklist", ruleSet: knowledgeBase.identity.description,
                           printedOn: today.description, body: body)
    }

    /// "Auth needed?" and the other prefilled lines as a definition list.
    private func briefLine(_ line: RequestChecklist.Line) -> HTML {
        "<div><dt>\(line.label)</dt><dd>\(line.value ?? "")</dd></div>"
    }

    /// Lines to tick off, each a labelled checkbox; a value still to fill in is a ruled blank.
    private func boxes(_ lines: [RequestChecklist.Line], id: String, heading: String) -> HTML {
        let items = lines.enumerated().map { index, line -> HTML in
            let value: HTML = line.value.map { "\($0)" } ?? "<span class=\"blank\" aria-hidden=\"true\"></span>"
            return "<li><input type=\"checkbox\" id=\"\(id)-\(index + 1)\"><label for=\"\(id)-\(index + 1)\">\(line.label):</label> \(value)</li>"
        }
        return """
            <section class="boxes" aria-labelledby="\(id)-heading">
            <h2 id="\(id)-heading">\(heading)</h2>
            <ul class="checklist">\(items)</ul>
            </section>
            """
    }

    /// A GET form that asks again with the approval date, which fills in the decision date and the validity.
    private func approvalForm(_ checklist: RequestChecklist) -> HTML {
        let hidden = query.filter { $0.name != QueryField.approvedOn }.map { item -> HTML in
            "<input type=\"hidden\" name=\"\(item.name)\" value=\"\(item.value ?? "")\">"
        }
        let approvedOn = query.first { $0.name == QueryField.approvedOn }?.value ?? ""
        return """
            <form class="approval noprint" method="get" action="/checklist" aria-label="Approval date">
            \(hidden)
            <div class="field"><label for="approved_on">Approved on</label>
            <input id="approved_on" name="approved_on" type="date" value="\(approvedOn)" aria-describedby="approved_on-hint">
            <p class="hint" id="approved_on-hint">The decision date: the checklist then says until when the approval is valid.</p></div>
            <button type="submit">Fill in</button>
            </form>
            """
    }

    private func errorSection(_ error: APIError) -> HTML {
        var suggestions = HTML.empty
        if let names = error.suggestions, !names.isEmpty {
            let links = names.map { id -> HTML in
                let asked = [URLQueryItem(name: QueryField.payer, value: id)] + query.filter { $0.name != QueryField.payer }
                return "<li><a href=\"/checklist?\(Self.encoded(asked))\">\(id)</a></li>"
            }
            suggestions = "<p>Did you mean:</p><ul class=\"suggestions\">\(links)</ul>"
        }
        let message = error.message.prefix(1).uppercased() + error.message.dropFirst()
        return """
            <section class="error" id="error" role="alert"><h2>Not answered</h2><p>\(message).</p>\(suggestions)
            <p><a href="/">Ask on the lookup page</a></p></section>
            """
    }

    /// Name and value pairs as a query string.
    static func encoded(_ items: [URLQueryItem]) -> String {
        var components = URLComponents()
        components.queryItems = items
        // URLComponents leaves `+` as it is, which a form decoder reads as a space.
        return (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }

    /// The link to the checklist of one answer on the lookup page: the same question, for one code.
    static func link(code: String, values: LookupPage.FormValues) -> String {
        let items = [
            (QueryField.payer, values.payer), (QueryField.code, code), (QueryField.date, values.date),
            (QueryField.lineOfBusiness, values.lineOfBusiness), (QueryField.state, values.state), (QueryField.setting, values.setting),
        ].filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
        return "/checklist?" + encoded(items)
    }
}
