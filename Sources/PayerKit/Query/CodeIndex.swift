/// Finds the rules that list a code in O(log n), whatever mix of single codes and ranges the rules use.
///
/// Every code maps to an integer key (``ProcedureCode``'s sort key), so each rule's codes are closed integer
/// intervals. The index cuts the key line at every interval boundary into elementary segments and stores, per segment,
/// the rules covering it; a lookup is one binary search over the segment starts.
struct CodeIndex: Sendable {
    /// Sorted segment start keys; segment `i` covers `starts[i] ..< starts[i + 1]`.
    private let starts: [Int]
    /// The rule indices covering each segment, ascending.
    private let rulesBySegment: [[Int]]

    /// Indexes `ranges[i]` as belonging to rule `ranges[i].rule`.
    init(ranges: [(range: CodeRange, rule: Int)]) {
        let boundaries = Set(ranges.flatMap { [$0.range.lowerKey, $0.range.upperKey + 1] }).sorted()
        var segments = [[Int]](repeating: [], count: boundaries.count)
        for (range, rule) in ranges {
            var segment = Self.segment(containing: range.lowerKey, in: boundaries)!
            while segment < boundaries.count, boundaries[segment] <= range.upperKey {
                if segments[segment].last != rule { segments[segment].append(rule) }
                segment += 1
            }
        }
        starts = boundaries
        rulesBySegment = segments.map { Array(Set($0)).sorted() }
    }

    /// The indices of the rules listing `code`, ascending.
    func rules(listing code: ProcedureCode) -> [Int] {
        rules(coveringKey: code.sortKey)
    }

    /// The indices of the rules listing the code with sort key `key`, ascending.
    func rules(coveringKey key: Int) -> [Int] {
        guard let segment = Self.segment(containing: key, in: starts) else { return [] }
        return rulesBySegment[segment]
    }

    /// Pairs of rules (lower index first) that list at least one code in common.
    var rulePairsSharingCodes: Set<Pair> {
        var pairs = Set<Pair>()
        for rules in rulesBySegment where rules.count > 1 {
            for (offset, first) in rules.enumerated() {
                for second in rules[(offset + 1)...] { pairs.insert(Pair(first: first, second: second)) }
            }
        }
        return pairs
    }

    /// Two rule indices, `first < second`.
    struct Pair: Hashable {
        let first: Int
        let second: Int
    }

    /// The last segment whose start is at or below `key`.
    private static func segment(containing key: Int, in starts: [Int]) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= key { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
