/// How much rules' codes overlap, measured before any work that grows with it.
///
/// Cut the code line at every code and range boundary of a file's rules; a stretch listed by `k` rules holds
/// `k × (k − 1) / 2` rule pairs. The sum over stretches bounds both the code index and the contradiction check, and can
/// grow with the square of the file: 30,000 rules all listing `99213` make 450 million pairs. The loader refuses a
/// file over ``LoadLimits/maxCodeOverlaps`` instead of starting that work.
enum CodeOverlaps {
    /// The number of rule pairs per stretch of codes, summed; `ranges` are every rule's codes. Saturates at `Int.max`.
    static func count(_ ranges: [CodeRange]) -> Int {
        var changes: [(key: Int, delta: Int)] = []
        changes.reserveCapacity(ranges.count * 2)
        for range in ranges {
            changes.append((range.lowerKey, 1))
            changes.append((range.upperKey + 1, -1))
        }
        changes.sort { $0.key < $1.key }
        var total = 0
        var active = 0
        var index = 0
        while index < changes.count {
            let key = changes[index].key
            while index < changes.count, changes[index].key == key {
                active += changes[index].delta
                index += 1
            }
            let (sum, overflow) = total.addingReportingOverflow(active * (active - 1) / 2)
            total = overflow ? .max : sum
        }
        return total
    }

    /// Each pair of rules that share a code, with the lowest code key they share, found by walking the stretches of
    /// codes in order: the work is the overlap count, never the product of the rules' code lists.
    static func firstSharedKeys(of rules: [PriorAuthorizationRule], in index: CodeIndex) -> [RulePair: Int] {
        var boundaries = Set<Int>()
        for rule in rules {
            for range in rule.codes {
                boundaries.insert(range.lowerKey)
                boundaries.insert(range.upperKey + 1)
            }
        }
        var firstShared: [RulePair: Int] = [:]
        for key in boundaries.sorted() {
            let covering = index.rules(coveringKey: key)
            guard covering.count > 1 else { continue }
            for (offset, first) in covering.enumerated() {
                for second in covering[(offset + 1)...] where firstShared[RulePair(first: first, second: second)] == nil {
                    firstShared[RulePair(first: first, second: second)] = key
                }
            }
        }
        return firstShared
    }

    /// Two rule indices, `first < second`.
    struct RulePair: Hashable {
        let first: Int
        let second: Int
    }
}
