extension Payer {
    /// Runs the file's examples; each one whose answer differs from what it expects is an error at the example.
    func exampleFailures() -> [Diagnostic] {
        let authorizationFailures = examples.authorization.compactMap { example -> Diagnostic? in
            let query = AuthorizationQuery(
                code: CodeQuery(example.code), dateOfService: example.dateOfService, scope: example.scope,
                billedWith: example.billedWith, asOf: lastVerified)
            let answer: AuthorizationAnswer
            do throws(PayerKitError) { answer = try authorizationAnswer(for: query) } catch {
                return Diagnostic(.error, at: example.location, "the example cannot be asked: \(error.message)")
            }
            guard answer.verdict != example.expected else { return nil }
            let deciding = answer.rules.map { "line \($0.provenance.location.line)" }
            let because = deciding.isEmpty ? "no rule covers \(example.code) on that date" : "decided by the rule at \(deciding.joined(separator: ", "))"
            return Diagnostic(.error, at: example.location,
                "example expects \(example.code) on \(example.dateOfService) to be '\(example.expected.rawValue)' but the rules answer '\(answer.verdict.rawValue)' (\(because)); fix the rules or the example")
        }
        let retroFailures = examples.retro.compactMap { example -> Diagnostic? in
            let answer: RetroAnswer
            do throws(PayerKitError) { answer = try retroAnswer(for: RetroQuery(serviceDate: example.serviceDate, asOf: example.asOf, scope: example.scope, code: example.code)) } catch {
                return Diagnostic(.error, at: example.location, "the example cannot be asked: \(error.message)")
            }
            let (deadline, _) = answer.status.deadlineAndDaysLeft
            let deadlineMatches = example.deadline == nil || example.deadline == deadline
            guard answer.status.code != example.expected || !deadlineMatches else { return nil }
            let got = answer.status.code + (deadline.map { " with deadline \($0)" } ?? "")
            let wanted = example.expected + (example.deadline.map { " with deadline \($0)" } ?? "")
            return Diagnostic(.error, at: example.location,
                "example expects a service on \(example.serviceDate), asked on \(example.asOf), to be '\(wanted)' but the rules answer '\(got)'; fix the rules or the example")
        }
        return authorizationFailures + retroFailures
    }
}
