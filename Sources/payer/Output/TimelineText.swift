import PayerKit

/// The text and Markdown forms of a timeline: what is still open and until when first, then every step with its
/// window, source and whom to call. Text lines fit 80 columns (a URL longer than a line stays whole).
struct TimelineText {
    static let width = 80

    let timeline: PayerKit.Timeline
    let vendors: [Vendor]
    let maximumAge: Int

    func render(style: Style) -> String {
        var lines = Self.wrap(headline(), indent: "")
        lines += Self.wrap("Dates: " + dateList(), indent: "  ")
        let open = timeline.openSteps
        lines.append("")
        if open.isEmpty {
            lines.append(style.bold("Nothing is open as of \(timeline.asOf)."))
        } else {
            lines.append(style.bold("Still open as of \(timeline.asOf):"))
            for step in open {
                lines += Self.wrap("\(Self.day(step.status.deadline!))  \(step.title)" + (step.when.map { " (when \($0))" } ?? "") + ", \(Self.daysLeft(step.status))",
                                   indent: "  ", hanging: "    ")
            }
        }
        if timeline.steps.contains(where: { $0.when != nil }) {
            lines += Self.wrap("Some steps apply only when the scope is as stated; give --line-of-business, --plan, --state, --setting or --network to narrow.", indent: "")
        }
        var previousKind: TimelineStep.Kind?
        var shownNotes = Set<String>()
        for step in timeline.steps {
            lines.append("")
            if step.kind == .appeal, previousKind != .appeal, timeline.steps.filter({ $0.kind == .appeal }).count > 1 {
                lines += Self.wrap("Appeal levels, as PayerRules lists them; a level that appeals an earlier level's decision counts from that decision's notice (give it as --denial-date).", indent: "")
            }
            previousKind = step.kind
            lines += block(step, style: style, shownNotes: &shownNotes)
        }
        let contacts = timeline.steps.flatMap(\.contacts).uniqued()
        if !contacts.isEmpty {
            lines.append("")
            lines.append(style.bold("Whom to call:"))
            for contact in contacts { lines += Self.wrap(Describe.contact(contact, vendors: vendors), indent: "  ", hanging: "    ") }
        }
        if let stale = Describe.staleness(timeline.staleProvenance, maximumAge: maximumAge, style: style) {
            lines.append("")
            lines += Self.wrap(stale, indent: "")
        }
        return lines.joined(separator: "\n")
    }

    func markdown() -> String {
        var lines = ["## Timeline — " + headline(), "", "Dates: " + dateList(), ""]
        let open = timeline.openSteps
        if open.isEmpty {
            lines.append("**Nothing is open as of \(timeline.asOf).**")
        } else {
            lines.append("**Still open as of \(timeline.asOf):**")
            lines.append("")
            for step in open {
                lines.append("- \(Self.day(step.status.deadline!)): \(step.title)" + (step.when.map { " (when \($0))" } ?? "") + ", \(Self.daysLeft(step.status))")
            }
        }
        for step in timeline.steps {
            lines.append("")
            lines.append("### \(step.title): \(Self.label(step.status))" + (step.when.map { " (when \($0))" } ?? ""))
            lines.append("")
            for detail in details(step) { lines.append("- \(detail)") }
            if step.status == .unknown { lines.append(step.contacts.isEmpty ? "- Call: no published number in PayerRules; use the number on the member's ID card" : "- Call: see *Whom to call* below") }
            for source in step.provenance { lines.append("- Source: <\(source.sourceURL)> (\(source.location.file):\(source.location.line); \(source.currency))") }
        }
        let contacts = timeline.steps.flatMap(\.contacts).uniqued()
        if !contacts.isEmpty {
            lines += ["", "### Whom to call", ""]
            for contact in contacts { lines.append("- \(Describe.contact(contact, vendors: vendors))") }
        }
        if let stale = Describe.staleness(timeline.staleProvenance, maximumAge: maximumAge, style: Style(colored: false)) {
            lines += ["", "**\(stale)**"]
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Pieces

    private func headline() -> String {
        let code = timeline.code.map { "\($0.text), " } ?? ""
        return "\(timeline.payerName): \(code)service \(timeline.dates.service), as of \(timeline.asOf)"
    }

    private func dateList() -> String {
        let dates = timeline.dates
        return [
            ("service", dates.service), ("admission", dates.admission), ("discharge", dates.discharge),
            ("notification", dates.notification), ("eligibility added", dates.eligibilityAdd), ("denial notice", dates.denialNotice),
            ("initial determination", dates.initialDetermination), ("initial determination received", dates.initialDeterminationReceived),
        ].compactMap { name, date in date.map { "\(name) \($0)" } }.joined(separator: "; ")
    }

    /// A step: its status and title, then as much as its status calls for, then its sources. Notes already shown for an
    /// earlier step are not repeated.
    private func block(_ step: TimelineStep, style: Style, shownNotes: inout Set<String>) -> [String] {
        var lines = Self.wrap(Self.painted(step.status, style: style) + " " + style.bold(step.title) + (step.when.map { " (when \($0))" } ?? ""),
                              indent: "", hanging: "  ")
        let all = details(step)
        let shown: [String]
        var sources = step.provenance
        switch step.status {
        case .open, .unknown, .final: shown = all
        case .closed where step.kind == .priorAuthorization: shown = all
        case .closed, .needsDate:
            shown = Array(all.prefix(step.window == nil ? 1 : 2))
            sources = Array(sources.prefix(1))
        case .notOffered, .notNeeded:
            shown = [step.summary]
            sources = Array(sources.prefix(1))
        }
        for detail in shown where !step.notes.contains(detail) || shownNotes.insert(detail).inserted {
            lines += Self.wrap(detail, indent: "  ", hanging: "    ")
        }
        if step.status == .unknown {
            lines += Self.wrap(step.contacts.isEmpty ? "call: no published number in PayerRules; use the number on the member's ID card"
                                                     : "call: see \"Whom to call\" below", indent: "  ", hanging: "    ")
        }
        for source in sources {
            lines += Self.wrap("source: \(source.sourceURL) (\(source.location.file):\(source.location.line); \(source.currency))", indent: "  ", hanging: "    ")
        }
        return lines
    }

    /// The deadline line, the window, the summary, then the notes.
    private func details(_ step: TimelineStep) -> [String] {
        var details: [String] = []
        switch step.status {
        case .open(let deadline, _): details.append("until \(Self.day(deadline)), \(Self.daysLeft(step.status))")
        case .closed(let deadline): details.append("closed: the last day was \(Self.day(deadline))")
        case .needsDate(let anchor): details.append("needs \(anchor.phrase): give \(Self.option(for: anchor))")
        default: break
        }
        step.window.map { details.append("window: \($0)") }
        details.append(step.summary)
        details += step.notes
        return details
    }

    static func label(_ status: TimelineStep.Status) -> String {
        switch status {
        case .open: "OPEN"
        case .closed: "CLOSED"
        case .notOffered: "NOT OFFERED"
        case .notNeeded: "NOT NEEDED"
        case .unknown: "UNKNOWN"
        case .needsDate: "NEEDS A DATE"
        case .final: "THEN"
        }
    }

    private static func painted(_ status: TimelineStep.Status, style: Style) -> String {
        let text = label(status)
        return switch status {
        case .open, .notNeeded: style.green(text)
        case .closed, .notOffered: style.red(text)
        case .unknown, .needsDate: style.yellow(text)
        case .final: style.bold(text)
        }
    }

    /// The option that gives an anchor's date.
    static func option(for anchor: Anchor) -> String {
        switch anchor {
        case .dateOfService: "--service-date"
        case .admission: "--admission-date"
        case .discharge: "--discharge-date"
        case .notification: "--notification-date"
        case .eligibilityAddDate: "--eligibility-add-date"
        case .denialNotice: "--denial-date"
        case .initialDeterminationReceipt: "--initial-determination-date (or --initial-determination-received-date)"
        }
    }

    /// "2026-08-05 Wed".
    static func day(_ date: CalendarDate) -> String {
        let names = [Weekday.sunday: "Sun", .monday: "Mon", .tuesday: "Tue", .wednesday: "Wed", .thursday: "Thu", .friday: "Fri", .saturday: "Sat"]
        return "\(date) \(names[date.weekday]!)"
    }

    static func daysLeft(_ status: TimelineStep.Status) -> String {
        switch status.daysLeft {
        case 0?: "last day today"
        case 1?: "1 day left"
        case let days?: "\(days) days left"
        case nil: ""
        }
    }

    /// Word-wraps `text` to ``width`` columns: the first line starts with `indent`, the rest with `hanging` (default:
    /// `indent`). ANSI color codes do not count toward the width; a word longer than a line stays whole.
    static func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        let rest = hanging ?? indent
        var lines: [String] = []
        var line = indent
        var visible = indent.count
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let length = visibleLength(word)
            if !empty, visible + 1 + length > width {
                lines.append(line)
                line = rest
                visible = rest.count
                empty = true
            }
            line += (empty ? "" : " ") + word
            visible += (empty ? 0 : 1) + length
            empty = false
        }
        lines.append(line)
        return lines
    }

    private static func visibleLength(_ word: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in word {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            count += 1
        }
        return count
    }
}
