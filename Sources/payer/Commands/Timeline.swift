import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer timeline PAYER --service-date DATE`
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Every deadline of a case on one screen: prior authorization, retro request, claim filing, appeals.",
            discussion: """
                Each window counts from its own date: give the ones you have. A step whose date you did not give says \
                which one it needs. Business-day windows skip weekends and U.S. federal holidays. Appeal levels are \
                listed as PayerRules gives them; a level that appeals an earlier level's decision counts from that \
                decision's notice: give its date as --denial-date when you get there.

                Example:
                  payer timeline medicare-ffs --code 64490 --setting hospital-outpatient \\
                    --service-date 2026-03-02 --initial-determination-date 2026-04-01 \\
                    --as-of 2026-06-01
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown
        }

        @Argument(help: "Payer id, alias or name (case-insensitive).")
        var payer: String

        @Option(name: .long, help: "The service's CPT/HCPCS code, to answer prior authorization (optional).")
        var code: String?

        @Option(name: .long, help: ArgumentHelp("The date of service.", valueName: "date"))
        var serviceDate: String

        @Option(name: .long, help: ArgumentHelp("The admission date.", valueName: "date"))
        var admissionDate: String?

        @Option(name: .long, help: ArgumentHelp("The discharge date.", valueName: "date"))
        var dischargeDate: String?

        @Option(name: .long, help: ArgumentHelp("The date the payer was notified.", valueName: "date"))
        var notificationDate: String?

        @Option(name: .long, help: ArgumentHelp("The date the member was added to eligibility.", valueName: "date"))
        var eligibilityAddDate: String?

        @Option(name: .long, help: ArgumentHelp("The date of the denial (remittance) notice being appealed.", valueName: "date"))
        var denialDate: String?

        @Option(name: .long, help: ArgumentHelp("The date of the initial determination (receipt presumed as the rules state).", valueName: "date"))
        var initialDeterminationDate: String?

        @Option(name: .long, help: ArgumentHelp("The day the initial determination was actually received, if known.", valueName: "date"))
        var initialDeterminationReceivedDate: String?

        @Option(name: .long, help: ArgumentHelp("Judge every window on this day (default: today).", valueName: "date"))
        var asOf: String?

        @Option(name: .long, help: "text or markdown (for pasting into a ticket).")
        var format: Format = .text

        @OptionGroup var options: QueryOptions

        func run() throws {
            try reportingFailures {
                let code = try code.map { try CodeQuery(parsing: $0) }
                let payer = try options.rules.payer(payer, in: try options.rules.location())
                let today = options.clock.day
                func day(_ text: String?) throws -> CalendarDate? { try CalendarDate.option(text, today: today) }
                let dates = AnchorDates(
                    service: try CalendarDate(parsing: serviceDate, today: today), admission: try day(admissionDate),
                    discharge: try day(dischargeDate), notification: try day(notificationDate), eligibilityAdd: try day(eligibilityAddDate),
                    denialNotice: try day(denialDate), initialDetermination: try day(initialDeterminationDate),
                    initialDeterminationReceived: try day(initialDeterminationReceivedDate))
                let timeline = try payer.timeline(for: TimelineQuery(
                    code: code, scope: try options.scope.scope(), dates: dates, asOf: try day(asOf) ?? today, maximumAgeInDays: options.maxAge))
                if options.output.json {
                    try printJSON(timeline)
                } else {
                    let text = TimelineText(timeline: timeline, vendors: payer.vendors, maximumAge: options.maxAge)
                    print(format == .markdown ? text.markdown() : text.render(style: .current))
                }
            }
        }
    }
}
