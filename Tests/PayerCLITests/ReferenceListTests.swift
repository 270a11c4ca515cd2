import Foundation
import Testing

/// The printable Insurance Contact Reference List.
extension CLITests {
    @Test("contact --format html: a self-contained letter-size page with phones and faxes by purpose, portals, vendors")
    func contactHTML() throws {
        let rules = try fixture(["routed.yaml": Self.routed])
        let run = try payer("contact", "routed", "--format", "html", "--rules", rules.path, "--today", "2026-11-20")
        #expect(run.status == 0, "\(run.err)")
        let html = run.out
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("@page { size: letter; margin: 0.5in; }"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="), "self-contained")
        #expect(html.contains("<tr><th>Prior authorization</th><td class=\"number\">phone 800-555-0200</td><td>Commercial precertification <span class=\"note\">[for commercial members]</span></td></tr>"))
        #expect(html.contains("<tr><th>eviCore healthcare</th><td class=\"number\">phone 800-555-0400</td>"))
        #expect(html.contains("<tr><th>eviCore healthcare</th><td>imaging</td></tr>"))
        #expect(html.contains("<h3>Most-asked prior-authorization categories</h3>\n<p>Advanced imaging</p>"))
    }

    @Test("list --format html: all payers or those named, one section each, names escaped")
    func listHTML() throws {
        let rules = try fixture(["routed.yaml": Self.routed, "acme.yaml": Self.acme.replacingOccurrences(of: "name: Acme Health", with: "name: Acme & <Co>")])
        let all = try payer("list", "--format", "html", "--rules", rules.path)
        #expect(all.out.components(separatedBy: "<section>").count == 3)
        #expect(all.out.contains("<h2>Acme &amp; &lt;Co&gt;"))
        let one = try payer("list", "routed", "--format", "html", "--rules", rules.path)
        #expect(one.out.components(separatedBy: "<section>").count == 2)
        let shipped = try payer(["list", "--format", "html"])
        #expect(shipped.status == 0 && shipped.out.contains("<h2>Medicare Fee-for-Service"))
    }
}
