import ArgumentParser
import Foundation
import PayerKit

/// The ways a command ends without an answer, each with its documented exit status and one clear sentence.
enum Failure: Error {
    /// Unknown payer, invalid code, a scope the payer doesn't serve: exit 64.
    case usage(String)
    /// The payer's rule file (or a linted file) has errors: exit 1.
    case invalidRules([Diagnostic])
    /// No rules directory: exit 66.
    case noRules(String)

    static let usageStatus: Int32 = 64
    static let invalidRulesStatus: Int32 = 1
    static let noRulesStatus: Int32 = 66
    /// Some rows of a batch could not be answered (the others were).
    static let dataStatus: Int32 = 65

    /// Prints the message to standard error and returns the exit code.
    func report() -> ExitCode {
        switch self {
        case .usage(let message):
            printError("payer: \(message)")
            return ExitCode(Self.usageStatus)
        case .invalidRules(let diagnostics):
            diagnostics.forEach { printError($0.description) }
            printError("payer: the rule files have errors; fix them (payer lint) before asking")
            return ExitCode(Self.invalidRulesStatus)
        case .noRules(let message):
            printError("payer: \(message)")
            return ExitCode(Self.noRulesStatus)
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Runs a command body, turning ``Failure`` into its message and exit status.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        throw failure.report()
    } catch let error as PayerKitError {
        throw Failure(error).report()
    }
}

extension Failure {
    /// The failure, and so the exit status, for each library error.
    init(_ error: PayerKitError) {
        switch error {
        case .unknownPayer, .ambiguousPayer, .invalidCode, .invalidInput, .scopeNotServed, .invalidStateCode, .dateOutOfRange, .serviceDateAfterAsOf:
            self = .usage(error.message)
        case .rulesNotFound, .bundledRulesMissing:
            self = .noRules(error.message)
        case .invalidRules(_, _, _, let diagnostics):
            self = .invalidRules(diagnostics.filter { $0.severity == .error })
        }
    }
}

extension Error {
    /// The sentence to print for any error: a ``PayerKitError``'s message, else the error's description.
    var message: String { (self as? PayerKitError)?.message ?? String(describing: self) }
}
