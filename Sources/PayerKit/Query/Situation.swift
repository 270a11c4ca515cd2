/// The value of one scope dimension in a ``Situation``.
public enum DimensionValue: Sendable, Hashable {
    /// Exactly this value.
    case equals(String)
    /// Any of these values (only in merged descriptions).
    case anyOf([String])
    /// Any value except these (the ones some entry names).
    case otherThan([String])
}

/// One combination of the scope values a question left open, used to say what a conditional answer depends on:
/// "REQUIRED when the setting is hospital-outpatient; NOT REQUIRED in any other setting".
public struct Situation: Sendable, Hashable, CustomStringConvertible {
    /// The value of each dimension the answer depends on.
    public var values: [ScopeDimension: DimensionValue] = [:]

    /// "setting is hospital-outpatient and state is not one of NJ, OH"; "in every case" when nothing is fixed.
    public var description: String {
        let parts = values.sorted { $0.key < $1.key }.map { dimension, value in
            switch value {
            case .equals(let one): "\(dimension.label) is \(one)"
            case .anyOf(let values): "\(dimension.label) is one of \(values.joined(separator: ", "))"
            case .otherThan(let excluded) where excluded.count == 1: "\(dimension.label) is not \(excluded[0])"
            case .otherThan(let excluded): "\(dimension.label) is none of \(excluded.joined(separator: ", "))"
            }
        }
        return parts.isEmpty ? "in every case" : parts.joined(separator: " and ")
    }

    /// Whether an entry's scope covers this situation; `given` fills the dimensions the question answered.
    func admits(_ scope: Scope, given: QueryScope) -> Bool {
        scope.allowed.allSatisfy { dimension, allowed in
            if let known = given.values[dimension] { return allowed.contains(known) }
            switch values[dimension] {
            case .equals(let one): return allowed.contains(one)
            case .anyOf(let values): return values.allSatisfy(allowed.contains)
            case .otherThan, nil: return false
            }
        }
    }

    /// Situations that differ only in `dimension` merged into one ("state is one of CA, FL", or "state is not one of
    /// AZ, TX" when "any other state" is among them), for reading.
    public static func merging(_ situations: [Situation], along dimension: ScopeDimension) -> [Situation] {
        var order: [Situation] = []
        var merged: [Situation: (named: Set<String>, otherThan: Set<String>?)] = [:]
        for situation in situations {
            var base = situation
            base.values[dimension] = nil
            if merged[base] == nil { order.append(base) }
            var entry = merged[base] ?? ([], nil)
            switch situation.values[dimension] {
            case .equals(let one): entry.named.insert(one)
            case .anyOf(let values): entry.named.formUnion(values)
            case .otherThan(let excluded): entry.otherThan = (entry.otherThan ?? []).union(excluded)
            case nil: entry.otherThan = []
            }
            merged[base] = entry
        }
        return order.map { base in
            var situation = base
            let (named, otherThan) = merged[base]!
            if let otherThan {
                let excluded = otherThan.subtracting(named).sorted()
                situation.values[dimension] = excluded.isEmpty ? nil : .otherThan(excluded)
            } else {
                situation.values[dimension] = named.count == 1 ? .equals(named.first!) : .anyOf(named.sorted())
            }
            return situation
        }
    }

    /// The values worth telling apart in each dimension the question left open: each value some scope names, plus
    /// "any other value" unless the named values are all there are (`closed`).
    static func axes(for scopes: [Scope], given: QueryScope, closed: [ScopeDimension: Set<String>]) -> [Axis] {
        ScopeDimension.allCases.compactMap { dimension in
            guard given.values[dimension] == nil else { return nil }
            let named = Set(scopes.flatMap { $0.allowed[dimension] ?? [] }).sorted()
            guard !named.isEmpty else { return nil }
            var options = named.map(DimensionValue.equals)
            if !(closed[dimension].map { $0.isSubset(of: named) } ?? false) { options.append(.otherThan(named)) }
            return Axis(dimension: dimension, options: options)
        }
    }

    /// One open dimension and the values it is split into.
    struct Axis {
        let dimension: ScopeDimension
        let options: [DimensionValue]
    }
}
