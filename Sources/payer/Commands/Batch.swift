import ArgumentParser
import Foundation
import PayerKit

extension PayerCommand {
    /// `payer batch FILE.csv`
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Answer a CSV of authorization questions, one answer per row (CSV or --json).",
            discussion: """
                Columns, by header name (case, spaces and punctuation ignored): payer, code and date, and optionally \
                line of business, plan, state, member state, setting and billed with. Other columns (a schedule \
                export's patient details) are copied to the output unchanged and never printed in messages. Each row \
                gets verdict, condition, call, source, stale and error. A row that cannot be answered is reported on \
                standard error by its row number (the header is row 1) and the others are still answered; the exit \
                status is then 65.

                Examples:
                  payer batch schedule.csv > answers.csv
                  cat schedule.csv | payer batch - --json
                """)

        @Argument(help: "The CSV file, or - for standard input.")
        var file: String

        @OptionGroup var clock: ClockOptions

        @Option(name: .long, help: "Flag facts last verified more than this many days ago.")
        var maxAge = 180

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let data: Data
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    guard let read = FileManager.default.contents(atPath: file) else {
                        throw Failure.usage("cannot read '\(file)': give a CSV file, or - for standard input")
                    }
                    data = read
                }
                let location = try rules.location()
                let knowledgeBase = try PayerKnowledgeBase.load(from: location.directory, allowingPartial: true)
                let batch = try BatchAnswers(csv: data, knowledgeBase: knowledgeBase, today: clock.day, maximumAge: maxAge)
                if output.json {
                    try printJSON(BatchAnswers.JSON(rows: batch.rows, rulesLocation: location))
                } else {
                    var text = CSV.line(batch.header) + "\n"
                    for row in batch.rows { text += CSV.line(row.fields(after: batch.inputHeader)) + "\n" }
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
                for row in batch.rows { if let error = row.error { printError("payer: row \(row.row): \(error)") } }
                if batch.rows.contains(where: { $0.error != nil }) { throw ExitCode(Failure.dataStatus) }
            }
        }
    }
}
