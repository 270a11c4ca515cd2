/// Checks that need the whole file: scopes within the payer's own lines of business and states, and rules that
/// contradict each other.
extension Payer {
    func validated(by reader: YAMLReader) -> Payer {
        func checkScope(_ scope: Scope, at location: SourceLocation) {
            checkWithinPayer(scope.linesOfBusiness, at: location, reader)
            if let states, let scoped = scope.states, !scoped.isSubset(of: states) {
                report(scoped.subtracting(states), "state", at: location, reader)
            }
        }
        for rule in rules { checkScope(rule.scope, at: rule.provenance.location) }
        for policy in unlistedCodePolicies { checkScope(policy.scope, at: policy.provenance.location) }
        for policy in retroPolicies { checkScope(policy.scope, at: policy.provenance.location) }
        for timeframe in decisionTimeframes { checkScope(timeframe.scope, at: timeframe.provenance.location) }
        for limit in timelyFilingLimits { checkScope(limit.scope, at: limit.provenance.location) }
        for contact in contacts { checkWithinPayer(contact.linesOfBusiness, at: contact.provenance.location, reader) }
        reportContradictions(reader)
        guard examplesWithinLimit(reader) else { return self }
        for failure in exampleFailures() {
            reader.error(at: failure.location, failure.message)
        }
        return self
    }

    /// Each example is a query run at load time, costing about the entries it could match; a file whose examples
    /// would cost more than ``LoadLimits/maxExampleChecks`` gets one error and its examples are not run.
    private func examplesWithinLimit(_ reader: YAMLReader) -> Bool {
        let authorizationChecks = examples.authorization.reduce(0) { $0 + codeIndex.rules(listing: $1.code).count }
        let checks = authorizationChecks + examples.retro.count * retroPolicies.count
        let limit = reader.limits.maxExampleChecks
        guard checks > limit, let first = (examples.authorization.map(\.location) + examples.retro.map(\.location)).min() else { return true }
        reader.error(
            at: first,
            "the examples would check \(checks) rule entries (each example counts the entries it could match), more than the \(limit) allowed (LoadLimits.maxExampleChecks); keep fewer examples")
        return false
    }

    private func checkWithinPayer(_ lines: Set<LineOfBusiness>?, at location: SourceLocation, _ reader: YAMLReader) {
        guard let lines, !lines.isSubset(of: linesOfBusiness) else { return }
        report(Set(lines.subtracting(linesOfBusiness).map(\.rawValue)), "line of business", at: location, reader)
    }

    private func report(_ values: Set<String>, _ kind: String, at location: SourceLocation, _ reader: YAMLReader) {
        for value in values.sorted() {
            reader.error(at: location, "\(kind) '\(value)' is not one the payer serves; add it to the file's top-level list or fix the entry")
        }
    }

    /// Two rules listing the same code with overlapping scope and different requirements: an error, because the file
    /// would say two things for one situation (answers would take the stricter, but the data needs fixing).
    private func reportContradictions(_ reader: YAMLReader) {
        let sharedKeys = CodeOverlaps.firstSharedKeys(in: codeIndex)
        for (pair, key) in sharedKeys.sorted(by: { ($0.key.second, $0.key.first) < ($1.key.second, $1.key.first) }) {
            let (first, second) = (rules[pair.first], rules[pair.second])
            guard first.requirement != second.requirement, first.billedWith == second.billedWith, first.scope.overlaps(second.scope)
            else { continue }
            let code = ProcedureCode(sortKey: key).text
            reader.error(
                at: second.provenance.location,
                "code \(code) is \(second.requirement.rawValue) here but \(first.requirement.rawValue) in the rule at line \(first.provenance.location.line) for an overlapping scope; narrow one of them (effective dates, lines_of_business, states or settings) or remove the code from one")
        }
    }
}

extension Scope {
    /// Whether some date of service, line of business, state and setting falls within both scopes.
    func overlaps(_ other: Scope) -> Bool {
        func meet<T>(_ a: Set<T>?, _ b: Set<T>?) -> Bool {
            guard let a, let b else { return true }
            return !a.isDisjoint(with: b)
        }
        let starts = [effectiveFrom, other.effectiveFrom].compactMap { $0 }.max()
        let ends = [effectiveUntil, other.effectiveUntil].compactMap { $0 }.min()
        if let starts, let ends, starts >= ends { return false }
        return meet(linesOfBusiness, other.linesOfBusiness) && meet(states, other.states) && meet(settings, other.settings)
    }
}
