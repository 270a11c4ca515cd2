import PayerKit
import PayerKitMaintenance

/// The text form of a ``RuleSetReview``: lint, the diff as Markdown (ready for the pull request), then the findings.
enum ReviewText {
    static func render(_ review: RuleSetReview, base: String, directory: String) -> String {
        let errors = review.diagnostics.filter { $0.severity == .error }.count
        var lines = ["## Lint (`payer lint --strict`)", ""]
        lines += review.diagnostics.map(\.description)
        lines += ["\(errors) errors, \(review.diagnostics.count - errors) warnings", ""]
        var text = lines.joined(separator: "\n") + "\n" + DiffMarkdown.render(review.diff, old: base, new: directory)
        if !text.hasSuffix("\n\n") { text += "\n" }
        lines = ["## Review", ""]
        lines += review.findings.map(\.description)
        lines.append(review.isClean ? "Clean: nothing for a reviewer to send back." : "\(count(review.findings.count, "finding")); \(review.diagnostics.isEmpty ? "lint clean" : "lint not clean")")
        return text + lines.joined(separator: "\n") + "\n"
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
