import PayerKit

import Foundation

/// What of `Templates/payer-id.yaml` (and of compare-codes' fragment) must not reach PayerRules: its example hosts,
/// its reserved 555-01xx numbers, its "Example" names, its own id, its instruction comment, and REPLACE-WITH-
/// placeholders. Found in the file's text, so every occurrence has its line and column.
enum TemplateLeftovers {
    struct Check {
        let regex: NSRegularExpression
        let message: @Sendable (String) -> String
    }

    static let checks: [Check] = [
        check("(?i)(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\\.)*example\\.(?:com|org|net)(?![A-Za-z0-9-])") {
            "'\($0)' is a template host (example.com, .org and .net are reserved); cite the page that states the fact"
        },
        check("(?<![0-9])[0-9]{3}[-. ]555[-. ]01[0-9]{2}(?![0-9])") {
            "\($0) is a reserved 555-01xx number from the template; use the number the payer publishes"
        },
        check("^\\s*(?:-\\s*)?(?:name|aliases)\\s*:.*?\\b(Example)\\b") { _ in
            "an 'Example' name is left from the template; use the payer's own names"
        },
        check("^id:\\s*payer-id\\s*$") { _ in
            "'payer-id' is the template's own id; set the payer's id (the file name without .yaml)"
        },
        check("^#\\s*TEMPLATE:.*") { _ in
            "the template's instruction comment is left; delete it"
        },
        check("REPLACE-WITH-[A-Z-]+") {
            "\($0) is a placeholder from compare-codes; replace it"
        },
    ]

    private static func check(_ pattern: String, _ message: @escaping @Sendable (String) -> String) -> Check {
        // The patterns are literals; a typo is a programming error any test run catches.
        Check(regex: try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]), message: message)
    }

    /// Every leftover in a file's text, in order.
    static func findings(in text: String, file: String) -> [RuleSetReview.Finding] {
        var findings: [RuleSetReview.Finding] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            let whole = NSRange(location: 0, length: line.utf16.count)
            for check in checks {
                for match in check.regex.matches(in: line, range: whole) {
                    // A pattern with a group reports the group (the word "Example", not the key before it).
                    let range = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
                    let matched = (line as NSString).substring(with: range)
                    let prefix = (line as NSString).substring(to: range.location)
                    let location = SourceLocation(file: file, line: index + 1, column: prefix.unicodeScalars.count + 1)
                    findings.append(RuleSetReview.Finding(.templateLeftover, at: location, check.message(matched)))
                }
            }
        }
        return findings
    }
}
