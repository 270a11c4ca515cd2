import PayerKit

/// The text and Markdown forms of a filing checklist: the answer in brief, then boxes to tick.
struct ChecklistText {
    let checklist: RequestChecklist

    func render(markdown: Bool) -> String {
        let title = checklist.title
        func box(_ line: RequestChecklist.Line) -> String {
            markdown ? "- [ ] \(line.label): \(line.value ?? "____")" : "[ ] \(line.label): \(line.value ?? "________________")"
        }
        if markdown {
            return (["## \(title)", ""] + checklist.prefilled.map { "- **\($0.label):** \($0.value ?? "")" } + ["", "### The request needs", ""]
                + checklist.request.map(box) + ["", "### To record", ""] + checklist.record.map(box)).joined(separator: "\n")
        }
        return ([title, String(repeating: "=", count: min(title.count, Terminal.width ?? title.count))]
            + checklist.prefilled.map { "\($0.label): \($0.value ?? "")" }
            + ["", "The request needs:"] + checklist.request.map(box) + ["", "To record:"] + checklist.record.map(box)).joined(separator: "\n")
    }
}
