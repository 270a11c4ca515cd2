import PayerKit
import PayerKitMaintenance

/// The text form of a ``CodeListComparison``: the counts, the added and removed codes, the tokens not read as codes
/// (each `list:line:column`, so a terminal opens the list there), then the YAML to paste.
struct CompareCodesText {
    let comparison: CodeListComparison
    let listName: String
    let style: Style

    func render() -> String {
        let c = comparison
        let scope = [c.lineOfBusiness, c.state, c.setting, c.category.map { "category '\($0)'" }].compactMap { $0 }
        var lines = [
            style.bold("\(c.payerName) (\(c.payerID))") + ": \(listName) against the codes \(c.file) requires on \(c.date)"
                + (scope.isEmpty ? "" : " (\(scope.joined(separator: ", ")))"),
            "  \(count(c.rules.count, "rule")) compared; the list has \(count(c.listedCount, "code")): "
                + "\(c.addedCount) added, \(c.removedCount) removed, \(c.unchangedCount) unchanged",
            "",
        ]
        if c.sharesNoCode {
            lines += [style.yellow("CAUTION:") + " the list shares no code with the rules compared; check it is the right list, and narrow the scope or --category, before ending any rule.", ""]
        }
        if !c.added.isEmpty {
            lines += [style.bold("Added (\(count(c.addedCount, "code"))):"), "  " + c.added.joined(separator: ", "), ""]
        }
        if !c.removed.isEmpty {
            lines.append(style.bold("Removed (\(count(c.removedCount, "code"))):"))
            let width = c.removed.map(\.codes.count).max() ?? 0
            for removal in c.removed {
                let rules = removal.rules.map { "\($0) (\($0.category))" }.joined(separator: ", ")
                lines.append("  " + removal.codes.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + rules)
            }
            lines.append("")
        }
        if !c.text.ignored.isEmpty {
            lines.append(style.bold("Not read as codes (\(c.text.ignored.count)):"))
            for token in c.text.ignored {
                lines.append("  \(listName):\(token.line):\(token.column): \(token.text) — \(token.reason.phrase)" + (token.detail.map { ": \($0)" } ?? ""))
            }
            lines.append("")
        }
        if !c.hasChanges, c.edits.isEmpty {
            lines.append(style.green("No change:") + " the list and the rules agree.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(style.bold("YAML for \(c.file):"))
        return lines.joined(separator: "\n") + "\n" + c.yamlFragment
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
