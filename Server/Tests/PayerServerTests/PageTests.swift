import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PayerKit
@testable import PayerServer
import Testing

@Suite("The pages answer the desk's questions in server-rendered HTML")
struct PageTests {
    @Test("/ is the form: payers offered in a datalist, the date of service defaulting to today, labelled fields")
    func form() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let page = response.text
            #expect(page.contains("<datalist id=\"payer-list\">"))
            #expect(page.contains("<option value=\"medicare-ffs\">"))
            #expect(page.contains("name=\"date\" type=\"date\" value=\"2026-11-29\""))
            for field in ["payer", "code", "date", "line_of_business", "state", "setting"] {
                #expect(page.contains("<label for=\"\(field)\">"), "label for \(field)")
                #expect(page.contains("id=\"\(field)\""), "field \(field)")
            }
            #expect(!page.contains("class=\"verdict"))
            #expect(!page.contains("<script"))
        }
    }

    @Test("A submitted form answers on the same page: the verdict, whom to call, the portal, the source, and the retro window for a past date")
    func answer() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/?payer=medicare-ffs&code=64490&date=2024-01-01&line_of_business=&state=&setting=hospital-outpatient", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("<p class=\"verdict verdict-required\">REQUIRED</p>"))
            #expect(page.contains("Whom to call"))
            #expect(page.contains("<ul class=\"contacts\">") && page.contains("fax 615-782-4486"))
            #expect(page.contains("<h4>Source</h4>"))
            #expect(page.contains("last verified"))
            #expect(page.contains("Retro-authorization (the date of service is past)"))
            #expect(page.contains("value=\"2024-01-01\""), "the form keeps what was asked")
            #expect(page.contains("<option value=\"hospital-outpatient\" selected>"))
        }
    }

    @Test("A date of service today or later has no retro section; several codes get a card each")
    func severalCodes() async throws {
        try await Fixture.withClient { client in
            let page = try await client.execute(uri: "/?payer=medicare-ffs&code=64490+70553&date=2026-12-01", method: .get).text
            #expect(page.contains("<h3 id=\"code-64490\">64490</h3>"))
            #expect(page.contains("<h3 id=\"code-70553\">70553</h3>"))
            #expect(!page.contains("Retro-authorization (the date"))
        }
    }

    @Test("An unknown payer shows the form again with links to the nearest payers, as a 404")
    func unknownPayer() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/?payer=medicre&code=64490&date=2024-01-01", method: .get)
            #expect(response.status == .notFound)
            let page = response.text
            #expect(page.contains("role=\"alert\""))
            #expect(page.contains("href=\"/?payer=medicare-ffs&amp;code=64490&amp;date=2024-01-01\""))
            #expect(page.contains("id=\"payer\" name=\"payer\"") && page.contains("aria-invalid=\"true\""))
        }
    }

    @Test("A bad code is a 400 page that marks the field")
    func badCode() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/?payer=medicare-ffs&code=123", method: .get)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("name=\"code\" required autocomplete=\"off\" spellcheck=\"false\" maxlength=\"200\" inputmode=\"text\" value=\"123\" placeholder=\"e.g. 64490 or 64490 70553\" aria-invalid=\"true\""))
        }
    }

    @Test("Everything a request or a rule file says is escaped")
    func escaping() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/?payer=%3Cscript%3Ealert(1)%3C%2Fscript%3E&code=%22%3E%3Cimg", method: .get)
            let page = response.text
            #expect(!page.contains("<script>"))
            #expect(!page.contains("\"><img"))
            #expect(page.contains("&lt;script&gt;"))
            #expect(HTML.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
            #expect(HTML.link("javascript:alert(1)").rendered == "javascript:alert(1)")
            #expect(HTML.link("https://example.com/?a=1&b=\"2\"").rendered == "<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\">https://example.com/?a=1&amp;b=&quot;2&quot;</a>")
        }
    }

    @Test("/payers is the Insurance Contact Reference List, one row per payer")
    func list() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/payers", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("<h1>Insurance Contact Reference List</h1>"))
            for payer in Fixture.rules.current.payers {
                #expect(page.contains("<a href=\"/payers/\(payer.id)\">"), "\(payer.id)")
            }
        }
    }

    @Test("/payers/{id} is the contact sheet; an unknown id is a 404 page with suggestions")
    func sheet() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/payers/aetna", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>Aetna</h1>"))
            #expect(response.text.contains("<h2>Phone and fax</h2>"))
            #expect(response.text.contains("href=\"tel:+1"), "phone numbers can be called from a phone")
            let missing = try await client.execute(uri: "/payers/aetan", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("<a href=\"/payers/aetna\">aetna</a>"))
        }
    }

    @Test("Every payer's sheet keeps every phone and fax in effect today, every portal and vendor; on paper the sources are summed up by site")
    func sheetKeepsWhatTheDeskNeeds() async throws {
        try await Fixture.withClient { client in
            for payer in Fixture.rules.current.payers {
                let page = try await client.execute(uri: "/payers/\(payer.id)", method: .get).text
                #expect(page.contains("<body class=\"sheet\">"))
                for contact in payer.contacts where contact.scope.isEffective(on: Fixture.today) {
                    for number in [contact.phone, contact.fax].compactMap({ $0 }) {
                        #expect(page.contains(HTML.escape(number)), "\(payer.id): \(number)")
                    }
                }
                for portal in payer.portals { #expect(page.contains(HTML.escape(portal.url)), "\(payer.id): \(portal.url)") }
                for vendor in payer.vendors { #expect(page.contains(HTML.escape(vendor.name)), "\(payer.id): \(vendor.name)") }
                if !payer.sources.isEmpty {
                    #expect(page.contains("<ul class=\"sources noprint\">"))
                    #expect(page.contains("<p class=\"print-only\">Sources: \(payer.sources.count), listed on this sheet's page"), "\(payer.id)")
                }
            }
            let medicare = try await client.execute(uri: "/payers/medicare-ffs", method: .get).text
            #expect(medicare.contains("members living in AL, AR, CO"), "a DME MAC's jurisdiction is its members' states")
            #expect(!medicare.contains("615-660-5992"), "the fax of the power mobility demonstration, which ended in 2018, is not on today's sheet")
        }
    }

    @Test("On paper a contact's notes print their first sentence of at least 40 characters; the rest is marked for the screen")
    func notesLeadingSentence() {
        let html = HTML.leadingSentence("Mail: NGS, P.O. Box 7108, Indianapolis, IN 46207-7108; esMD 8.5. States per CMS (https://www.cms.gov/x).").rendered
        #expect(html.hasPrefix("Mail: NGS, P.O. Box 7108, Indianapolis, IN 46207-7108; esMD 8.5. <span class=\"more-notes\">States per CMS ("))
        #expect(HTML.leadingSentence("Options: 1 claims, 2 EDI.").rendered == "Options: 1 claims, 2 EDI.")
    }

    @Test("Addresses in a contact's notes are links on screen and their host on paper; the sentence's punctuation stays out, the rest is escaped")
    func notesProse() {
        let html = HTML.prose("See the JL page (https://www.example.org/a?b=1&c=2). Or <call> http://x.test/p, then stop.").rendered
        #expect(html == "See the JL page (<span class=\"url\"><a href=\"https://www.example.org/a?b=1&amp;c=2\">https://www.example.org/a?b=1&amp;c=2</a></span>"
            + "<span class=\"host\">www.example.org</span>). Or &lt;call&gt; <span class=\"url\"><a href=\"http://x.test/p\">http://x.test/p</a></span>"
            + "<span class=\"host\">x.test</span>, then stop.")
        #expect(HTML.prose("no address here").rendered == "no address here")
    }

    @Test("/style.css has a print stylesheet and loads no fonts or anything else from outside")
    func stylesheet() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/style.css", method: .get)
            #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            #expect(response.text.contains("@media print"))
            #expect(response.text.contains("@page { size: letter; }"))
            #expect(response.text.contains(".sheet { font-size: 7pt;"), "the contact sheet's compact print type")
            #expect(!response.text.contains("@import") && !response.text.contains("url("))
            let page = try await client.execute(uri: "/payers", method: .get)
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(!page.text.contains("src=\"http") && !page.text.contains("href=\"//"))
        }
    }
}
