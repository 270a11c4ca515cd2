import Foundation

/// Fitting text to the terminal: the width is `COLUMNS` when set, else the terminal's when standard output is one;
/// piped output without `COLUMNS` is not wrapped.
enum Terminal {
    /// The width to wrap at, or nil for no wrapping.
    static let width: Int? = {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns >= 20 {
            return columns
        }
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return nil }
        return Int(size.ws_col)
    }()

    /// Prints text wrapped to ``width``.
    static func emit(_ text: String) {
        print(width.map { wrap(text, width: $0) } ?? text)
    }

    /// Each line wrapped at spaces to `width` visible columns (ANSI color codes take none); continuation lines are
    /// indented two more than the line's own indent, or under the text after a list marker ("- "). A word longer
    /// than a line (a long URL) is cut after a slash where it can be, else at the width.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0), width: width) }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard visibleCount(line) > width else { return line }
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(indent)
        let hanging = min(indent + (body.hasPrefix("- ") || body.hasPrefix("[ ] ") ? (body.hasPrefix("- ") ? 2 : 4) : 2), width / 2)
        var lines: [String] = []
        var current = String(repeating: " ", count: indent)
        var currentWidth = indent
        var atStart = true
        for word in body.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            let prefix = atStart ? 0 : 1
            if currentWidth + prefix + visibleCount(word) <= width {
                current += (atStart ? "" : " ") + word
                currentWidth += prefix + visibleCount(word)
                atStart = false
                continue
            }
            if !atStart {
                lines.append(current)
                current = String(repeating: " ", count: hanging)
                currentWidth = hanging
            }
            // Cut a word that cannot fit on a line of its own.
            while currentWidth + visibleCount(word) > width {
                let room = width - currentWidth
                let characters = Array(word)
                let slash = characters.prefix(room).lastIndex(of: "/").map { $0 + 1 }
                let cut = slash.flatMap { $0 > room / 3 ? $0 : nil } ?? room
                lines.append(current + String(characters.prefix(cut)))
                word = String(characters.dropFirst(cut))
                current = String(repeating: " ", count: hanging)
                currentWidth = hanging
            }
            current += word
            currentWidth += visibleCount(word)
            atStart = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Characters without ANSI escape sequences.
    static func visibleCount(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
