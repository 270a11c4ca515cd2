import Foundation

/// Why PayerKit refused to load rules or to answer a question. Every throwing entry point of the public API (loading,
/// looking a payer up, parsing a code, asking a question) throws one of these, so a caller can switch on the cause;
/// ``message`` is the sentence the `payer` tool prints.
///
/// ```swift
/// do {
///     let payer = try knowledgeBase.payer(named: request.payer)
///     return try payer.authorization(for: query)
/// } catch PayerKitError.unknownPayer(_, let suggestions) {
///     return .badRequest("unknown payer; did you mean \(suggestions)?")
/// } catch let error as PayerKitError {
///     return .badRequest(error.message)
/// }
/// ```
public enum PayerKitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No payer has this id, alias or name; `suggestions` are the nearest payer ids, best first (possibly none).
    case unknownPayer(String, suggestions: [String])
    /// More than one payer matches what was typed (a prefix or word such as `blue`); `candidates` are their ids.
    case ambiguousPayer(String, candidates: [String])
    /// A date, setting or line of business typed in a form PayerKit cannot read as exactly one value.
    case invalidInput(InputError)
    /// Text that is not a code, a code range or a modifier; the ``CodeError`` says what was given and what was expected.
    case invalidCode(CodeError)
    /// The question names a line of business, state or plan the payer does not serve. `value` is what was asked
    /// (a raw value such as `medicaid`, a state `CA`, a plan id); `served` is what the payer's file declares.
    case scopeNotServed(ScopeDimension, value: String, payer: String, served: [String])
    /// A state or member's state that is not a two-letter USPS code.
    case invalidStateCode(String)
    /// A date outside ``CalendarDate/supportedYears``.
    case dateOutOfRange(CalendarDate)
    /// A retro-authorization question whose service date is after the day it is judged on.
    case serviceDateAfterAsOf(serviceDate: CalendarDate, asOf: CalendarDate)
    /// There are no rule files to read at `path`.
    case rulesNotFound(path: String, reason: RulesNotFoundReason)
    /// Rule files at `path` have errors, so nothing was loaded (all or nothing); `skippedFiles` are the files with
    /// errors and `diagnostics` every problem found. `payer` is set when only one payer's file was asked for.
    case invalidRules(path: String, payer: String?, skippedFiles: [String], diagnostics: [Diagnostic])
    /// The PayerRules resource bundle is not beside the executable; `searched` lists the places looked in.
    case bundledRulesMissing(searched: [String])

    /// Why ``rulesNotFound(path:reason:)``.
    public enum RulesNotFoundReason: Sendable, Hashable {
        /// Nothing exists at the path.
        case pathDoesNotExist
        /// The directory exists but cannot be listed.
        case directoryUnreadable
        /// The directory holds no `*.yaml` file.
        case noRuleFiles
    }

    /// One sentence saying what is wrong and what to do.
    public var message: String {
        switch self {
        case .unknownPayer(let query, let suggestions):
            let hint = suggestions.isEmpty ? "run 'payer list' to see every payer" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "unknown payer '\(query)'; \(hint)"
        case .ambiguousPayer(let query, let candidates):
            return "payer '\(query)' is ambiguous: it could be \(candidates.map { "'\($0)'" }.joined(separator: ", ")); type one of these ids"
        case .invalidCode(let error):
            return error.message
        case .invalidInput(let error):
            return error.message
        case .scopeNotServed(.lineOfBusiness, let value, let payer, let served):
            return "\(payer) has no \(value) line of business in PayerRules; it serves \(served.joined(separator: ", "))"
        case .scopeNotServed(.plan, let value, let payer, let served):
            let known = served.isEmpty ? "it declares no plans" : "its plans are \(served.joined(separator: ", "))"
            return "\(payer) has no plan '\(value)' in PayerRules; \(known)"
        case .scopeNotServed(_, let value, let payer, let served):
            return "\(payer) serves \(served.joined(separator: ", ")), not \(value)"
        case .invalidStateCode(let state):
            return "'\(state)' is not a two-letter USPS state code (e.g. TX, DC, PR)"
        case .dateOutOfRange(let date):
            return "the service date \(date) is outside the years PayerKit handles (\(CalendarDate.supportedYears))"
        case .serviceDateAfterAsOf(let serviceDate, let asOf):
            return "the service date \(serviceDate) is after \(asOf); retro-authorization is for services already rendered, so request prior authorization instead"
        case .rulesNotFound(let path, .pathDoesNotExist):
            return "no rule files at '\(path)': the path does not exist"
        case .rulesNotFound(let path, .directoryUnreadable):
            return "cannot list the rule directory '\(path)'"
        case .rulesNotFound(let path, .noRuleFiles):
            return "no rule files in '\(path)': payer files are named <payer-id>.yaml"
        case .invalidRules(let path, let payer, let skippedFiles, _):
            let names = skippedFiles.map { ($0 as NSString).lastPathComponent }
            let which = payer.map { "the rules for '\($0)'" } ?? "the rules in '\(path)'"
            return "\(which) were not loaded: \(names.joined(separator: ", ")) \(names.count == 1 ? "has" : "have") errors; run 'payer lint' to see them"
        case .bundledRulesMissing:
            return "the PayerRules bundled with PayerKit were not found: deploy PayerKit_PayerKit.resources beside the executable, or load a directory"
        }
    }

    /// Every problem found in the rule files (only ``invalidRules(path:payer:skippedFiles:diagnostics:)`` has any).
    public var diagnostics: [Diagnostic] {
        if case .invalidRules(_, _, _, let diagnostics) = self { return diagnostics }
        return []
    }

    /// The message, then each error diagnostic on its own line.
    public var description: String {
        ([message] + diagnostics.filter { $0.severity == .error }.map(\.description)).joined(separator: "\n")
    }
}
