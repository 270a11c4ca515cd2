import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer contact PAYER`
    struct Contact: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: "The payer's contact reference sheet: phones by purpose, faxes, portals, vendors, hours.",
            discussion: """
                --format html writes a self-contained page that prints on letter paper (the Insurance Contact \
                Reference List for one payer; 'payer list --format html' for several).

                Examples:
                  payer contact cigna
                  payer contact medicare --format html > medicare.html
                """)

        @Argument(help: "Payer id, alias or name (case-insensitive).")
        var payer: String

        @Option(name: .long, help: "text, or html for a printable page.")
        var format: ReferenceFormat = .text

        @OptionGroup var clock: ClockOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let location = try rules.location()
                let payer = try rules.payer(payer, in: location)
                if output.json {
                    try printJSON(WithRules(value: ContactSheet(payer), rules: location))
                } else if format == .html {
                    print(ReferenceHTML.page([payer], title: "Insurance Contact Reference: \(payer.name)", asOf: clock.day, rules: location), terminator: "")
                } else {
                    Terminal.emit(render(payer, style: .current))
                    Terminal.emit("rules: \(location.description)")
                }
            }
        }

        func render(_ payer: Payer, style: Style) -> String {
            var lines = [style.bold(payer.name) + " (\(payer.id)) — last verified \(payer.lastVerified)"]
            if !payer.ediPayerIDs.isEmpty {
                lines.append("EDI payer IDs: " + payer.ediPayerIDs.map { $0.id + ($0.linesOfBusiness.map { " (\($0.map(\.rawValue).sorted().joined(separator: ", ")))" } ?? "") }.joined(separator: "; "))
            }
            if !payer.contacts.isEmpty { lines.append("Phone and fax:") }
            for contact in payer.contacts {
                let scope = contact.linesOfBusiness.map { " [\($0.map(\.rawValue).sorted().joined(separator: ", "))]" } ?? ""
                lines.append("  \(Describe.contact(contact, vendors: payer.vendors))\(scope)")
            }
            if payer.contacts.isEmpty { lines.append("No published phone or fax in PayerRules; use the number on the member's ID card.") }
            if !payer.portals.isEmpty { lines.append("Portals:") }
            for portal in payer.portals {
                lines.append("  \(portal.name): \(portal.url) (\(portal.uses.map(\.rawValue).sorted().joined(separator: ", ")))")
            }
            if !payer.vendors.isEmpty { lines.append("Review vendors:") }
            for vendor in payer.vendors {
                lines.append("  \(vendor.name)" + (vendor.programs.isEmpty ? "" : ": \(vendor.programs.joined(separator: ", "))") + (vendor.url.map { " — \($0)" } ?? ""))
            }
            payer.notes.map { lines.append("Notes: \($0)") }
            return lines.joined(separator: "\n")
        }
    }
}
