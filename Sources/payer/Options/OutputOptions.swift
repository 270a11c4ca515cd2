import ArgumentParser
import PayerKit

/// The `--json` flag.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (shape documented in the README).")
    var json = false
}

/// `--format text|html` for the contact sheet and the payer list.
enum ReferenceFormat: String, ExpressibleByArgument, CaseIterable {
    case text, html
}
