import ArgumentParser
import PayerKit

/// `--billed-with`: the other codes on the claim, for rules that apply only to a pairing.
struct PairingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Another code on the same claim, for rules that apply only to a pairing (repeat, or separate with commas).", valueName: "code"))
    var billedWith: [String] = []

    /// The codes, or nil when none was given (the pairing is then unknown, and a paired rule answers CONDITIONAL).
    func codes() throws -> [ProcedureCode]? {
        guard !billedWith.isEmpty else { return nil }
        return try billedWith.flatMap { $0.split(separator: ",") }.map { try CodeQuery(parsing: String($0)).code }
    }
}
