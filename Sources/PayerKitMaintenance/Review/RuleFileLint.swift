import PayerKit

import Foundation

/// Checks of a rule file's text that `payer lint` makes beyond loading it: what is left of the template, and phone or
/// fax numbers that cannot be real North American numbers. Both are errors: a file that passes them is not
/// guaranteed right, but one that fails them is certainly wrong.
///
/// - A template leftover: an `example.com`, `.org` or `.net` host, a 555-01xx number (reserved for fiction), an
///   "Example" name, the template's own id `payer-id`, its `TEMPLATE:` comment, a compare-codes `REPLACE-WITH-`
///   placeholder.
/// - An impossible number (`phone:` or `fax:`): under the North American Numbering Plan neither the area code nor the
///   exchange starts with 0 or 1, and an area code is never N11 (211, 411, 911, …), which are service codes.
public enum RuleFileLint {
    /// Every problem in the file at `path`; an unreadable file gives none (loading reports it).
    public static func diagnostics(forFile path: String) -> [Diagnostic] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return diagnostics(in: text, file: path)
    }

    /// Every problem in a file's text, in order.
    public static func diagnostics(in text: String, file: String) -> [Diagnostic] {
        let leftovers = TemplateLeftovers.findings(in: text, file: file).map {
            Diagnostic(.error, at: SourceLocation(file: $0.file, line: $0.line, column: $0.column), $0.message)
        }
        return (leftovers + numberDiagnostics(in: text, file: file)).sorted { $0.location < $1.location }
    }

    /// Phone and fax numbers that cannot be North American numbers.
    public static func numberDiagnostics(in text: String, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            let whole = NSRange(location: 0, length: line.utf16.count)
            for match in numberPattern.matches(in: line, range: whole) {
                let key = (line as NSString).substring(with: match.range(at: 1))
                let numberRange = match.range(at: 2)
                let number = (line as NSString).substring(with: numberRange)
                guard let problem = problem(with: number) else { continue }
                let column = (line as NSString).substring(to: numberRange.location).unicodeScalars.count + 1
                found.append(Diagnostic(.error, at: SourceLocation(file: file, line: index + 1, column: column),
                    "\(key) \(number) cannot be a North American number: \(problem); copy the number the payer publishes"))
            }
        }
        return found
    }

    /// `phone: 800-555-0100`, block or flow style, quoted or not.
    private static let numberPattern = try! NSRegularExpression(pattern: "\\b(phone|fax)\\s*:\\s*[\"']?([0-9]{3}-[0-9]{3}-[0-9]{4})(?![0-9])")

    /// Why a `NXX-NXX-XXXX` number cannot exist, or nil. 555-01xx is left to the template check, which says why.
    static func problem(with number: String) -> String? {
        let digits = Array(number.unicodeScalars.filter { ("0"..."9").contains($0) })
        guard digits.count == 10 else { return nil }
        let area = String(String.UnicodeScalarView(digits[0..<3]))
        let exchange = String(String.UnicodeScalarView(digits[3..<6]))
        if digits[0] == "0" || digits[0] == "1" { return "the area code \(area) starts with \(digits[0])" }
        if digits[1] == "1", digits[2] == "1" { return "\(area) is a service code (N11), not an area code" }
        if digits[3] == "0" || digits[3] == "1" { return "the exchange \(exchange) starts with \(digits[3])" }
        return nil
    }
}
