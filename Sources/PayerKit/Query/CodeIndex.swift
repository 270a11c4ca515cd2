/// Finds the rules that list a code in O(log n), whatever mix of single codes and ranges the rules use.
///
/// Every code maps to an integer key (``ProcedureCode``'s sort key), so each rule's codes are closed integer
/// intervals. The index cuts the key line at every interval boundary into elementary segments and keeps, per segment
/// some rule lists, the rules covering it; a lookup is one binary search over the segment starts and hands out a slice
/// of the index without copying.
struct CodeIndex: Sendable {
    /// Sorted first keys of the listed segments; segment `i` covers `starts[i]...ends[i]`.
    private let starts: [Int32]
    private let ends: [Int32]
    /// Segment `i`'s rules, ascending, are `rules[offsets[i] ..< offsets[i + 1]]`.
    private let offsets: [Int32]
    private let rules: [Int32]

    /// Indexes `ranges[i]` as belonging to rule `ranges[i].rule`.
    init(ranges: [(range: CodeRange, rule: Int)]) {
        var boundaries = ranges.flatMap { [Int32($0.range.lowerKey), Int32($0.range.upperKey + 1)] }
        boundaries.sort()
        boundaries = boundaries.uniquedSorted()
        // Every (segment, rule) pair a range covers, then sorted: one flat array rather than a list per segment.
        var pairs: [(segment: Int32, rule: Int32)] = []
        for (range, rule) in ranges {
            var segment = Self.lastIndex(atOrBelow: Int32(range.lowerKey), in: boundaries)!
            while segment < boundaries.count, boundaries[segment] <= Int32(range.upperKey) {
                pairs.append((Int32(segment), Int32(rule)))
                segment += 1
            }
        }
        pairs.sort { ($0.segment, $0.rule) < ($1.segment, $1.rule) }
        var starts: [Int32] = [], ends: [Int32] = [], offsets: [Int32] = [], rules: [Int32] = []
        for (index, pair) in pairs.enumerated() {
            if index > 0, pairs[index - 1] == pair { continue }  // A rule listing a code twice, in two ranges.
            if index == 0 || pairs[index - 1].segment != pair.segment {
                starts.append(boundaries[Int(pair.segment)])
                ends.append(boundaries[Int(pair.segment) + 1] - 1)  // The last boundary always closes a range.
                offsets.append(Int32(rules.count))
            }
            rules.append(pair.rule)
        }
        offsets.append(Int32(rules.count))
        (self.starts, self.ends, self.offsets, self.rules) = (starts, ends, offsets, rules)
    }

    /// The indices of the rules listing `code`, ascending, as a slice of the index (no copy).
    func ruleSlice(listing code: ProcedureCode) -> ArraySlice<Int32> {
        rules(in: segment(containing: code.sortKey))
    }

    /// The indices of the rules listing `code`, ascending.
    func rules(listing code: ProcedureCode) -> [Int] {
        rules(coveringKey: code.sortKey)
    }

    /// The indices of the rules listing the code with sort key `key`, ascending.
    func rules(coveringKey key: Int) -> [Int] {
        rules(in: segment(containing: key)).map(Int.init)
    }

    /// Calls `body` with the start key and the rules of each segment listed by more than one rule, in key order.
    func forEachSharedSegment(_ body: (Int, ArraySlice<Int32>) -> Void) {
        for segment in starts.indices where offsets[segment + 1] - offsets[segment] > 1 {
            body(Int(starts[segment]), rules(in: segment))
        }
    }

    /// The rules of segment `segment` (none for nil).
    private func rules(in segment: Int?) -> ArraySlice<Int32> {
        guard let segment else { return [] }
        return rules[Int(offsets[segment])..<Int(offsets[segment + 1])]
    }

    /// The listed segment holding `key`, if any.
    private func segment(containing key: Int) -> Int? {
        guard let segment = Self.lastIndex(atOrBelow: Int32(clamping: key), in: starts), key <= ends[segment] else { return nil }
        return segment
    }

    /// The last index of sorted `values` whose value is at or below `key`.
    private static func lastIndex(atOrBelow key: Int32, in values: [Int32]) -> Int? {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= key { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }
}
