// Usage: swift run AuthLookup [PAYER CODE DATE [SETTING]]
// Answers one prior-authorization question from the PayerRules bundled with PayerKit and logs which rules answered.
import Foundation
import PayerKit

let arguments = Array(CommandLine.arguments.dropFirst())
let (payerName, codeText, dateText) = arguments.count >= 3
    ? (arguments[0], arguments[1], arguments[2]) : ("medicare-ffs", "64490", "2024-01-01")
let setting = arguments.count >= 4 ? CareSetting(rawValue: arguments[3]) : .hospitalOutpatient

do {
    let knowledgeBase = try PayerKnowledgeBase.loadBundled()
    guard case .found(let payer) = knowledgeBase.payer(matching: payerName) else {
        print("unknown payer '\(payerName)'")
        exit(64)
    }
    guard let date = CalendarDate(iso8601: dateText) else {
        print("'\(dateText)' is not a date (YYYY-MM-DD)")
        exit(64)
    }
    let query = AuthorizationQuery(code: try CodeQuery(parsing: codeText), dateOfService: date, scope: QueryScope(setting: setting))
    let answer = try payer.authorization(for: query)
    print("\(answer.payerName) \(answer.code) on \(answer.dateOfService): \(answer.verdict.rawValue) (CRD \(answer.verdict.crdCode))")
    for rule in answer.rules {
        print("  rule: \(rule.category), \(rule.provenance.location.file.split(separator: "/").last ?? ""):\(rule.provenance.location.line), source \(rule.provenance.sourceURL)")
    }
    print("rules: \(answer.ruleSet)")
} catch {
    print("error: \(error)")
    exit(1)
}
