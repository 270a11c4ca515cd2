import Foundation
import PayerKit

/// `/payers`, which prints as the practice's Insurance Contact Reference List, and `/payers/{id}`, one payer's
/// contact sheet, printable on a page.
enum PayerPages {
    static func list(_ knowledgeBase: PayerKnowledgeBase, today: CalendarDate) -> HTML {
        let rows = knowledgeBase.payers.map { payer -> HTML in
            let main = payer.contacts.first { $0.purpose == .priorAuthorization && $0.phone != nil }
                ?? payer.contacts.first { $0.purpose == .providerServices && $0.phone != nil }
            let portal = payer.portals.first { $0.uses.contains(.priorAuthorization) } ?? payer.portals.first
            let edi = payer.ediPayerIDs.map(\.id).joined(separator: ", ")
            return """
                <tr>
                <th scope="row"><a href="/payers/\(payer.id)">\(payer.name)</a><br><span class="id">\(payer.id)</span></th>
                <td>\(payer.linesOfBusiness.sorted().map { Words.lineOfBusiness($0) }.joined(separator: ", "))</td>
                <td>\(main.map { contact -> HTML in "\(contact.purpose.label): \(HTML.phone(contact.phone ?? ""))" } ?? "See the member's ID card")</td>
                <td>\(portal.map { HTML.link($0.url, text: $0.name) } ?? "—")</td>
                <td>\(edi.isEmpty ? "—" : edi)</td>
                <td>\(payer.lastVerified)</td>
                </tr>
                """
        }
        let body: HTML = """
            <p class="lede">Every payer in PayerRules: the number to call for prior authorization (or provider services), the portal, EDI payer ids and when the facts were last checked. Print this page for the front desk; each payer's full sheet is one click away.</p>
            <div class="table-wrap">
            <table class="reference">
            <caption>\(knowledgeBase.payers.count) payers, as of \(today)</caption>
            <thead><tr><th scope="col">Payer</th><th scope="col">Lines of business</th><th scope="col">Phone</th><th scope="col">Portal</th><th scope="col">EDI payer ids</th><th scope="col">Last verified</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table>
            </div>
            """
        return Layout.page(title: "Insurance Contact Reference List", ruleSet: knowledgeBase.identity.description, printedOn: today.description, body: body)
    }

    static func sheet(_ payer: Payer, knowledgeBase: PayerKnowledgeBase, today: CalendarDate) -> HTML {
        let edi = payer.ediPayerIDs.map { id -> HTML in
            "<li><strong>\(id.id)</strong>\(id.linesOfBusiness.map { " — " + $0.sorted().map { Words.lineOfBusiness($0) }.joined(separator: ", ") } ?? "")\(id.notes.map { " (\($0))" } ?? "")</li>"
        }
        // The sheet is for calls made today: a line for a program that has ended (or not yet begun) is left out.
        let contacts = payer.contacts.filter { $0.scope.isEffective(on: today) }.map { contact -> HTML in
            let vendorName = contact.vendorID.flatMap { payer.vendor(id: $0)?.name }
            // A contact for every line the payer has says nothing by naming them (Original Medicare's all do).
            let lines = contact.linesOfBusiness.flatMap { $0 == payer.linesOfBusiness ? nil : $0 }
            let scope = [lines.map { $0.sorted().map { Words.lineOfBusiness($0) }.joined(separator: ", ") },
                         contact.states.map { $0.sorted().joined(separator: ", ") },
                         contact.scope.memberStates.map { "members living in " + $0.sorted().joined(separator: ", ") }].compactMap { $0 }.joined(separator: "; ")
            return """
                <tr>
                <th scope="row">\(vendorName ?? contact.purpose.label)\(contact.name.map { "<br><span class=\"note\">\($0)</span>" as HTML } ?? .empty)</th>
                <td class="number\(contact.phone == nil ? " none" : "")" data-label="phone">\(contact.phone.map(HTML.phone) ?? "—")</td>
                <td class="number\(contact.fax == nil ? " none" : "")" data-label="fax">\(contact.fax ?? "—")</td>
                <td\(contact.hours == nil ? " class=\"none\"" : "")>\(contact.hours ?? "")</td>
                <td data-label="for">\(scope.isEmpty ? "All" : scope)</td>
                <td class="notes">\(contact.notes.map(HTML.leadingSentence) ?? .empty)</td>
                </tr>
                """
        }
        let portals = payer.portals.map { portal -> HTML in
            "<li><strong>\(portal.name)</strong>: \(HTML.link(portal.url)) <span class=\"note\">(\(portal.uses.map { Words.portalUse($0) }.sorted().joined(separator: ", ")))</span>\(portal.notes.map { " <span class=\"note portal-notes\">\($0)</span>" as HTML } ?? .empty)</li>"
        }
        let vendors = payer.vendors.map { vendor -> HTML in
            "<li><strong>\(vendor.name)</strong>\(vendor.programs.isEmpty ? "" : ": " + vendor.programs.joined(separator: ", "))\(vendor.url.map { url -> HTML in " — \(HTML.link(url))" } ?? .empty)</li>"
        }
        let sources = payer.sources.map { "<li>\(HTML.link($0))</li>" as HTML }
        // On paper the sources are summed up by site: a file like Original Medicare's cites 50 pages, which alone would
        // take a third of the sheet, and a desk calls the numbers rather than reading the sources.
        var sites: [(host: String, count: Int)] = []
        for source in payer.sources {
            let host = URLComponents(string: source)?.host ?? source
            if let index = sites.firstIndex(where: { $0.host == host }) { sites[index].count += 1 } else { sites.append((host, 1)) }
        }
        let siteList = sites.map { $0.count == 1 ? $0.host : "\($0.host) (\($0.count))" }.joined(separator: ", ")
        let days = payer.lastVerified.days(until: today)
        let body: HTML = """
            <p class="lede">\(payer.id) · lines of business: \(payer.linesOfBusiness.sorted().map { Words.lineOfBusiness($0) }.joined(separator: ", ")) · last verified \(payer.lastVerified) (\(days <= 0 ? "today" : "\(days) days ago"))</p>
            \(edi.isEmpty ? .empty : "<h2>EDI payer ids</h2><ul>\(edi)</ul>" as HTML)
            <h2>Phone and fax</h2>
            \(contacts.isEmpty ? "<p>No published phone or fax in PayerRules: use the number on the member's ID card.</p>" as HTML : """
                <div class="table-wrap"><table class="contacts">
                <thead><tr><th scope="col">For</th><th scope="col">Phone</th><th scope="col">Fax</th><th scope="col">Hours</th><th scope="col">Covers</th><th scope="col">Notes</th></tr></thead>
                <tbody>\(contacts)</tbody></table></div>
                """ as HTML)
            \(portals.isEmpty ? .empty : "<h2>Portals</h2><ul class=\"portals\">\(portals)</ul>" as HTML)
            \(vendors.isEmpty ? .empty : "<h2>Review vendors</h2><ul class=\"vendors\">\(vendors)</ul>" as HTML)
            \(payer.notes.map { "<h2>Notes</h2><p class=\"payer-notes\">\($0)</p>" as HTML } ?? .empty)
            \(sources.isEmpty ? .empty : """
                <h2 class="sources-heading">Sources</h2><ul class="sources noprint">\(sources)</ul>
                <p class="print-only">Sources: \(payer.sources.count), listed on this sheet's page (/payers/\(payer.id)): \(siteList).</p>
                """ as HTML)
            <p class="noprint"><a href="/?payer=\(payer.id)">Look up a code with \(payer.name)</a> · <a href="/v1/payers/\(payer.id)">JSON</a></p>
            """
        return Layout.page(title: "\(payer.name) — contact sheet", heading: payer.name, kind: "sheet", ruleSet: knowledgeBase.identity.description, printedOn: today.description, body: body)
    }

    static func notFound(_ error: APIError, knowledgeBase: PayerKnowledgeBase, today: CalendarDate) -> HTML {
        let suggestions = (error.suggestions ?? []).map { "<li><a href=\"/payers/\($0)\">\($0)</a></li>" as HTML }
        let body: HTML = """
            <section class="error" role="alert"><p>\(error.message.prefix(1).uppercased() + error.message.dropFirst()).</p>
            \(suggestions.isEmpty ? .empty : "<p>Did you mean:</p><ul class=\"suggestions\">\(suggestions)</ul>" as HTML)
            <p><a href="/payers">Every payer</a></p></section>
            """
        return Layout.page(title: "Not found", ruleSet: knowledgeBase.identity.description, printedOn: today.description, body: body)
    }
}
