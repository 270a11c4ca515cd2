/// What the asker knows about the coverage and the service. A nil field is unknown.
public struct QueryScope: Sendable, Hashable {
    /// The member's line of business.
    public var lineOfBusiness: LineOfBusiness?
    /// The state (USPS code) the service is in.
    public var state: String?
    /// The setting the service is performed in.
    public var setting: CareSetting?

    /// Creates a scope; unknown fields stay nil.
    public init(lineOfBusiness: LineOfBusiness? = nil, state: String? = nil, setting: CareSetting? = nil) {
        self.lineOfBusiness = lineOfBusiness
        self.state = state?.uppercased()
        self.setting = setting
    }
}

/// The value of one scope dimension in a ``Situation``.
public enum DimensionValue<Value: Sendable & Hashable & Comparable>: Sendable, Hashable {
    /// Exactly this value.
    case equals(Value)
    /// Any of these values (only in merged descriptions).
    case anyOf([Value])
    /// Any value except these (the ones some entry names).
    case otherThan([Value])
}

/// One combination of the scope values a question left open, used to say what a conditional answer depends on:
/// "REQUIRED when the setting is hospital-outpatient; NOT REQUIRED in any other setting".
public struct Situation: Sendable, Hashable, CustomStringConvertible {
    /// The line of business, when the answer depends on it.
    public var lineOfBusiness: DimensionValue<LineOfBusiness>?
    /// The state, when the answer depends on it.
    public var state: DimensionValue<String>?
    /// The setting, when the answer depends on it.
    public var setting: DimensionValue<CareSetting>?

    /// "setting is hospital-outpatient, state is not one of NJ, OH".
    public var description: String {
        func phrase<T>(_ name: String, _ value: DimensionValue<T>?, _ text: (T) -> String) -> String? {
            switch value {
            case nil: nil
            case .equals(let one): "\(name) is \(text(one))"
            case .anyOf(let values): "\(name) is one of \(values.map(text).joined(separator: ", "))"
            case .otherThan(let excluded) where excluded.count == 1: "\(name) is not \(text(excluded[0]))"
            case .otherThan(let excluded): "\(name) is none of \(excluded.map(text).joined(separator: ", "))"
            }
        }
        let parts = [
            phrase("line of business", lineOfBusiness, \.rawValue),
            phrase("state", state, { $0 }),
            phrase("setting", setting, \.rawValue),
        ].compactMap { $0 }
        return parts.isEmpty ? "in every case" : parts.joined(separator: " and ")
    }

    /// Whether an entry's scope covers this situation; `given` fills the dimensions the question answered.
    func admits(_ scope: Scope, given: QueryScope) -> Bool {
        func covers<T>(_ allowed: Set<T>?, _ known: T?, _ value: DimensionValue<T>?) -> Bool {
            guard let allowed else { return true }
            if let known { return allowed.contains(known) }
            switch value {
            case .equals(let one): return allowed.contains(one)
            case .anyOf(let values): return values.allSatisfy(allowed.contains)
            case .otherThan, nil: return false
            }
        }
        return covers(scope.linesOfBusiness, given.lineOfBusiness, lineOfBusiness)
            && covers(scope.states, given.state, state)
            && covers(scope.settings, given.setting, setting)
    }

    /// Situations that differ only in their state, merged into one ("state is one of CA, FL", or "state is not one
    /// of AZ, TX" when "any other state" is among them), for reading.
    public static func mergingStates(_ situations: [Situation]) -> [Situation] {
        var order: [Situation] = []
        var states: [Situation: (named: Set<String>, otherThan: Set<String>?)] = [:]
        for situation in situations {
            var base = situation
            base.state = nil
            if states[base] == nil { order.append(base) }
            var entry = states[base] ?? ([], nil)
            switch situation.state {
            case .equals(let one): entry.named.insert(one)
            case .anyOf(let values): entry.named.formUnion(values)
            case .otherThan(let excluded): entry.otherThan = (entry.otherThan ?? []).union(excluded)
            case nil: entry.otherThan = []
            }
            states[base] = entry
        }
        return order.map { base in
            var merged = base
            let (named, otherThan) = states[base]!
            if let otherThan {
                let excluded = otherThan.subtracting(named).sorted()
                merged.state = excluded.isEmpty ? nil : .otherThan(excluded)
            } else {
                merged.state = named.count == 1 ? .equals(named.first!) : .anyOf(named.sorted())
            }
            return merged
        }
    }

    /// Every situation worth telling apart: for each dimension the question left open, each value some scope names,
    /// plus "any other value". Lines of business are limited to those the payer serves.
    static func all(for scopes: [Scope], given: QueryScope, servedLines: Set<LineOfBusiness>) -> [Situation] {
        func options<T>(_ known: T?, _ named: @autoclosure () -> Set<T>, limitedTo served: Set<T>? = nil) -> [DimensionValue<T>?] {
            guard known == nil else { return [nil] }
            let named = named()
            if named.isEmpty { return [nil] }
            let values = named.sorted().map { DimensionValue.equals($0) }
            if let served, served.isSubset(of: named) { return values }
            return values + [.otherThan(named.sorted())]
        }
        let lines = options(given.lineOfBusiness, Set(scopes.flatMap { $0.linesOfBusiness ?? [] }), limitedTo: servedLines)
        let states = options(given.state, Set(scopes.flatMap { $0.states ?? [] }))
        let settings = options(given.setting, Set(scopes.flatMap { $0.settings ?? [] }))
        return lines.flatMap { line in
            states.flatMap { state in
                settings.map { Situation(lineOfBusiness: line, state: state, setting: $0) }
            }
        }
    }
}

/// Evaluates a question in every situation the asker left open.
enum SituationResolver {
    /// The outcome in each situation worth telling apart. A dimension whose value never changes the outcome (`key`)
    /// is dropped, so "depends on the setting" is not repeated once per state.
    static func outcomes<Outcome, Key: Hashable>(
        scopes: [Scope], given: QueryScope, servedLines: Set<LineOfBusiness>, key: (Outcome) -> Key,
        evaluate: (Situation) -> Outcome
    ) -> [(situation: Situation, outcome: Outcome)] {
        var pairs = Situation.all(for: scopes, given: given, servedLines: servedLines).map { ($0, evaluate($0)) }
        // One situation: every dimension is dropped below, whatever the outcome.
        if pairs.count == 1 { return [(Situation(), pairs[0].1)] }
        let dimensions: [(inout Situation) -> Void] = [{ $0.lineOfBusiness = nil }, { $0.state = nil }, { $0.setting = nil }]
        for forget in dimensions {
            var keysBySituation: [Situation: Set<Key>] = [:]
            for (situation, outcome) in pairs {
                var without = situation
                forget(&without)
                keysBySituation[without, default: []].insert(key(outcome))
            }
            guard keysBySituation.values.allSatisfy({ $0.count == 1 }) else { continue }
            var seen = Set<Situation>()
            pairs = pairs.compactMap { situation, outcome in
                var without = situation
                forget(&without)
                return seen.insert(without).inserted ? (without, outcome) : nil
            }
        }
        return pairs
    }
}
