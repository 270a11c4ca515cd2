import ArgumentParser
import Foundation
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer compare-codes PAYER FILE`
    struct CompareCodes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare-codes",
            abstract: "Compare a payer's newly published code list with the codes its rules require; print the YAML to paste.",
            discussion: """
                FILE is any text holding the list: pdftotext output, a web table pasted into a file, a CSV export \
                (- reads standard input). Every CPT/HCPCS code and range in it is read; dates, phone numbers, ZIP \
                codes, ICD-10 codes, page numbers and years are listed as not read, with the reason. The codes are \
                compared with the rules that require authorization (required or conditional) on --date, within the \
                scope given. Prints added, removed and unchanged counts, the codes added and removed (each removal \
                with the file:line of its rule) and a YAML fragment: effective_until edits and new entries whose \
                source lint refuses until it is the list's address.

                Exit status: 0 compared (with or without changes); 64 the text has no code, the file cannot be read, \
                or the payer does not serve the scope; 66 no rules directory.

                Examples:
                  pdftotext -layout list.pdf - | payer compare-codes acme - --date 2026-01-01
                  payer compare-codes acme list.txt --line-of-business commercial --state TX
                  payer compare-codes cigna list.csv --category imaging --json
                """)

        @Argument(help: "Payer id, alias or name (case-insensitive).")
        var payer: String

        @Argument(help: ArgumentHelp("The list as text; - for standard input.", valueName: "file"))
        var file: String

        @Option(name: .long, help: ArgumentHelp("The date the list takes effect (default: today).", valueName: "yyyy-mm-dd"))
        var date: String?

        @Option(name: .long, help: ArgumentHelp("Only rules for this line of business: \(LineOfBusiness.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "lob"))
        var lineOfBusiness: String?

        @Option(name: .long, help: ArgumentHelp("Only rules for this state (two-letter code, e.g. TX).", valueName: "xx"))
        var state: String?

        @Option(name: .long, help: ArgumentHelp("Only rules for this setting: \(CareSetting.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "setting"))
        var setting: String?

        @Option(name: .long, help: ArgumentHelp("Only rules whose category contains this text.", valueName: "text"))
        var category: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var clock: ClockOptions

        func run() throws {
            try reportingFailures {
                let text = try readList()
                let payer = try rules.payer(payer, in: try rules.location())
                let criteria = CodeListComparison.Criteria(
                    date: try CalendarDate.option(date, today: clock.day) ?? clock.day,
                    lineOfBusiness: try lineOfBusiness.map { try LineOfBusiness(parsing: $0) }, state: state,
                    setting: try setting.map { try CareSetting(parsing: $0) }, category: category)
                let comparison: CodeListComparison
                do throws(CodeListComparison.Error) {
                    comparison = try CodeListComparison(payer: payer, text: CodeListText(text), criteria: criteria)
                } catch {
                    throw Failure.usage("\(file == "-" ? "standard input" : file): \(error.description)")
                }
                if output.json {
                    try printJSON(comparison)
                } else {
                    print(CompareCodesText(comparison: comparison, listName: file == "-" ? "<stdin>" : file, style: .current).render(), terminator: "")
                }
            }
        }

        private func readList() throws -> String {
            let data: Data?
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = FileManager.default.contents(atPath: file)
            }
            guard let data else { throw Failure.usage("cannot read '\(file)'; give the list as a text file (pdftotext a PDF first) or - for standard input") }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
