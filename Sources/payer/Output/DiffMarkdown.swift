import PayerKit
import PayerKitMaintenance

/// The Markdown shape of a ``RuleSetDiff``, made for a pull-request comment.
enum DiffMarkdown {
    static func render(_ diff: RuleSetDiff, old: String, new: String) -> String {
        var lines = ["## PayerRules changes: `\(old)` → `\(new)`", "", "- old: \(diff.old)", "- new: \(diff.new)", ""]
        if diff.isEmpty {
            lines += ["No change in what the rules say.", ""]
        }
        lines += diff.addedPayers.map { "- **added payer** `\($0)`" }
        lines += diff.removedPayers.map { "- **removed payer** `\($0)`" }
        if !diff.addedPayers.isEmpty || !diff.removedPayers.isEmpty { lines.append("") }
        for payer in diff.changedPayers {
            lines += ["### \(payer.name) (`\(payer.id)`)", ""]
            var section = ""
            for change in payer.changes {
                if change.section != section {
                    section = change.section
                    if lines.last != "" { lines.append("") }
                    lines += ["**\(section)**", ""]
                }
                lines.append("- \(describe(change))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ change: RuleSetDiff.Change) -> String {
        switch change.action {
        case .added: "added `\(change.subject)`: \(change.after ?? "")"
        case .removed: "removed `\(change.subject)`: ~~\(change.before ?? "")~~"
        case .changed: "changed `\(change.subject)`: ~~\(change.before ?? "")~~ → \(change.after ?? "")"
        }
    }
}
