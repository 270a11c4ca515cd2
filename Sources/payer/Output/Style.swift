import Foundation
import PayerKit

/// Terminal styling: ANSI color only when standard output is a terminal and NO_COLOR is not set.
struct Style {
    let colored: Bool

    static let current = Style(
        colored: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb")

    func bold(_ text: String) -> String { paint(text, "1") }
    func red(_ text: String) -> String { paint(text, "1;31") }
    func green(_ text: String) -> String { paint(text, "1;32") }
    func yellow(_ text: String) -> String { paint(text, "1;33") }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// REQUIRED, NOT REQUIRED, CONDITIONAL, UNKNOWN.
    func verdict(_ verdict: AuthorizationVerdict) -> String {
        switch verdict {
        case .required: red(verdict.label)
        case .notRequired: green(verdict.label)
        case .conditional, .unknown: yellow(verdict.label)
        }
    }
}
