// Usage: swift run AuthLookup [PAYER CODE DATE [SETTING]]
// Answers one prior-authorization question from the PayerRules bundled with PayerKit the way a service would: serves
// them from a ReloadableKnowledgeBase, logs which rules answered, encodes the answer as JSON (the shape
// `payer auth --json` prints), decodes it back, and reloads.
import Foundation
import PayerKit

let arguments = Array(CommandLine.arguments.dropFirst())
let (payerName, codeText, dateText) = arguments.count >= 3
    ? (arguments[0], arguments[1], arguments[2]) : ("medicare-ffs", "64490", "2024-01-01")
let setting = arguments.count >= 4 ? CareSetting(rawValue: arguments[3]) : .hospitalOutpatient

do {
    // Once at start-up: the bundled rules, all or nothing.
    let rules = try ReloadableKnowledgeBase(loadingBundledWith: .default)

    // Per request: take the rule set in service once, and say which day "today" is where the request comes from.
    let knowledgeBase = rules.current
    let payer = try knowledgeBase.payer(named: payerName)
    guard let date = CalendarDate(iso8601: dateText) else {
        print("'\(dateText)' is not a date (YYYY-MM-DD)")
        exit(64)
    }
    let today = CalendarDate.today(in: TimeZone(identifier: "America/Chicago")!)
    let query = AuthorizationQuery(code: try CodeQuery(parsing: codeText), dateOfService: date, scope: QueryScope(setting: setting), asOf: today)
    let answer = try payer.authorization(for: query)
    print("\(answer.payerName) \(answer.code) on \(answer.dateOfService): \(answer.verdict.rawValue) (CRD \(answer.verdict.crdCode))")
    for rule in answer.rules {
        print("  rule: \(rule.category), \(rule.provenance.location.file.split(separator: "/").last ?? ""):\(rule.provenance.location.line), source \(rule.provenance.sourceURL)")
    }
    print("rules: \(answer.ruleSet)")

    // The answer as JSON for a client, and back into a value.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json = try encoder.encode(answer)
    let decoded = try JSONDecoder().decode(AuthorizationAnswer.Record.self, from: json)
    print("json: \(json.count) bytes; decodes back to verdict \(decoded.verdict.rawValue) in \(decoded.situations.count) situation(s), \(decoded.situations.flatMap(\.rules).count) rule(s) with provenance")

    // When the rules change (a deploy, a signal): reload; a broken rule set is refused and the last good one keeps serving.
    switch rules.reload() {
    case .replaced(let previous, let current): print("reload: \(previous.contentHash) → \(current.contentHash)")
    case .unchanged(let identity): print("reload: unchanged, still \(identity.contentHash)")
    case .kept(let identity, let error): print("reload refused, still serving \(identity.contentHash): \(error.message)")
    }
    print(String(decoding: json, as: UTF8.self))
} catch let error as PayerKitError {
    // Each cause is a case; `message` is the sentence the `payer` tool prints.
    switch error {
    case .unknownPayer, .ambiguousPayer, .invalidInput, .invalidCode, .scopeNotServed, .invalidStateCode, .dateOutOfRange, .serviceDateAfterAsOf:
        print("bad request: \(error.message)")
        exit(64)
    case .rulesNotFound, .invalidRules, .bundledRulesMissing:
        print("no rules: \(error)")
        exit(66)
    }
} catch {
    print("error: \(error)")
    exit(1)
}
