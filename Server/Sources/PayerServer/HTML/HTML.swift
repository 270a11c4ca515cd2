import Foundation

/// A piece of HTML whose interpolated text is escaped: `"<p>\(name)</p>" as HTML` escapes `name`, while an
/// interpolated `HTML` goes in as it is. Every page is built this way, so nothing from a rule file or a request
/// reaches the page unescaped.
struct HTML: ExpressibleByStringInterpolation, Sendable {
    let rendered: String

    init(stringLiteral value: String) { rendered = value }
    init(stringInterpolation: StringInterpolation) { rendered = stringInterpolation.output }
    private init(rendered: String) { self.rendered = rendered }

    static let empty = HTML(stringLiteral: "")

    struct StringInterpolation: StringInterpolationProtocol {
        var output = ""
        init(literalCapacity: Int, interpolationCount: Int) { output.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { output += literal }
        /// Text, escaped for an element's content or a quoted attribute value.
        mutating func appendInterpolation(_ text: String) { output += HTML.escape(text) }
        /// Any value's description, escaped.
        mutating func appendInterpolation(_ value: some CustomStringConvertible) { output += HTML.escape(value.description) }
        /// HTML as it is.
        mutating func appendInterpolation(_ html: HTML) { output += html.rendered }
        /// Pieces one after another.
        mutating func appendInterpolation(_ pieces: [HTML]) { for piece in pieces { output += piece.rendered } }
    }

    /// `&`, `<`, `>`, `"` and `'` as character references.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Pieces joined.
    static func join(_ pieces: [HTML], separator: HTML = .empty) -> HTML {
        HTML(rendered: pieces.map(\.rendered).joined(separator: separator.rendered))
    }

    /// A link when `url` is an http(s) URL, else the text alone: a rule file can never put a `javascript:` link on
    /// the page.
    static func link(_ url: String, text: String? = nil) -> HTML {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return "\(text ?? url)" }
        return "<a href=\"\(url)\">\(text ?? url)</a>"
    }

    /// Free text from a rule file (a contact's notes) with each http(s) address in it linked on screen and shortened to
    /// its host on paper (`.url` and `.host` in the stylesheet): the addresses are sources, and on a printed sheet
    /// they would take more room than the numbers.
    static func prose(_ text: String) -> HTML {
        var pieces: [HTML] = []
        var rest = Substring(text)
        while let start = rest.range(of: "https://") ?? rest.range(of: "http://") {
            pieces.append("\(String(rest[..<start.lowerBound]))")
            var end = rest[start.lowerBound...].firstIndex { $0.isWhitespace } ?? rest.endIndex
            // Closing punctuation belongs to the sentence, not the address.
            while end > start.upperBound, ").,;:]".contains(rest[rest.index(before: end)]) { end = rest.index(before: end) }
            let url = String(rest[start.lowerBound..<end])
            let host = URLComponents(string: url)?.host ?? url
            pieces.append("<span class=\"url\">\(link(url))</span><span class=\"host\">\(host)</span>")
            rest = rest[end...]
        }
        pieces.append("\(String(rest))")
        return join(pieces)
    }

    /// A contact's notes for a sheet that must fit one page: the first sentence (where the rules put what to do:
    /// menu options, the mailing address, the preferred route) prints; the rest (mostly where the fact comes from)
    /// shows on the screen only (`.more-notes`). A first sentence is at least 40 characters, so "P.O. Box" does not end
    /// it; notes of one sentence print whole.
    static func leadingSentence(_ text: String) -> HTML {
        let minimum = text.index(text.startIndex, offsetBy: min(40, text.count))
        guard let stop = text[minimum...].range(of: ". ") else { return prose(text) }
        return join([prose(String(text[..<stop.upperBound])), "<span class=\"more-notes\">\(prose(String(text[stop.upperBound...])))</span>"])
    }

    /// A `tel:` link for a U.S. phone number as written in the rules ("800-523-0023", "1-866-…"), else the text.
    static func phone(_ number: String) -> HTML {
        let digits = number.filter(\.isNumber)
        guard (10...11).contains(digits.count), number.allSatisfy({ $0.isNumber || " -().+".contains($0) }) else { return "\(number)" }
        return "<a href=\"tel:+\(digits.count == 10 ? "1" + digits : digits)\">\(number)</a>"
    }
}

/// The frame every page shares: the header with navigation, the page, and a footer naming the rules that answered.
enum Layout {
    /// `kind` names the page for the stylesheet (`<body class="sheet">`), where one kind prints differently.
    static func page(title: String, heading: String? = nil, kind: String? = nil, ruleSet: String, printedOn: String, body: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(title)</title>
        <link rel="stylesheet" href="/style.css">
        </head>
        <body\(kind.map { " class=\"\($0)\"" as HTML } ?? .empty)>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
        <nav aria-label="Main"><a href="/">Prior-authorization lookup</a> <a href="/payers">Contact reference list</a></nav>
        </header>
        <main id="main">
        <h1>\(heading ?? title)</h1>
        \(body)
        </main>
        <footer class="site">
        <p>Answers from PayerRules (\(ruleSet)); printed \(printedOn). Rules change: confirm with the payer before the service. No patient information is asked for or kept.</p>
        </footer>
        </body>
        </html>

        """
    }
}
