/// Evaluates a question in every situation the asker left open.
enum SituationResolver {
    /// The outcome in each situation worth telling apart. A dimension whose value never changes the outcome (`key`)
    /// is dropped, so "depends on the setting" is not repeated once per state.
    ///
    /// The situations form a grid, one axis per open dimension, in row-major order (the last axis varies fastest).
    /// Dropping an axis keeps its first value's slice of the grid, so what remains is always a full grid again.
    static func outcomes<Outcome, Key: Equatable>(
        scopes: [Scope], given: QueryScope, closed: [ScopeDimension: Set<String>], key: (Outcome) -> Key,
        evaluate: (Situation) -> Outcome
    ) -> [(situation: Situation, outcome: Outcome)] {
        var axes = Situation.axes(for: scopes, given: given, closed: closed)
        var grid = [Situation()]
        for axis in axes {
            grid = grid.flatMap { situation in
                axis.options.map { option in
                    var next = situation
                    next.values[axis.dimension] = option
                    return next
                }
            }
        }
        var pairs = grid.map { (situation: $0, outcome: evaluate($0)) }
        // An axis whose every value gives the same key as its first value changes nothing: keep the first value's
        // slice, without the dimension.
        var position = 0
        while position < axes.count {
            let count = axes[position].options.count
            let stride = axes[(position + 1)...].reduce(1) { $0 * $1.options.count }
            let matters = pairs.indices.contains { index in
                let option = index / stride % count
                return option != 0 && key(pairs[index].outcome) != key(pairs[index - option * stride].outcome)
            }
            guard !matters else {
                position += 1
                continue
            }
            let dimension = axes[position].dimension
            pairs = pairs.indices.filter { $0 / stride % count == 0 }.map { index in
                var (situation, outcome) = pairs[index]
                situation.values[dimension] = nil
                return (situation, outcome)
            }
            axes.remove(at: position)
        }
        return pairs
    }
}
