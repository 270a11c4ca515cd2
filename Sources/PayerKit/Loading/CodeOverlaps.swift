/// How much rules' codes overlap, measured before any work that grows with it.
///
/// Cut the code line at every code and range boundary of a file's rules; a stretch listed by `k` rules holds
/// `k × (k − 1) / 2` rule pairs. The sum over stretches bounds both the code index and the contradiction check, and can
/// grow with the square of the file: 30,000 rules all listing `99213` make 450 million pairs. The loader refuses a
/// file over ``LoadLimits/maxCodeOverlaps`` instead of starting that work.
enum CodeOverlaps {
    /// The number of rule pairs per stretch of codes, summed; `ranges` are every rule's codes. Saturates at `Int.max`.
    static func count(_ ranges: [CodeRange]) -> Int {
        // Where stretches open and close, each sorted on its own and walked together.
        let opens = ranges.map(\.lowerKey).sorted()
        let closes = ranges.map { $0.upperKey + 1 }.sorted()
        var total = 0
        var active = 0
        var (nextOpen, nextClose) = (0, 0)
        while nextOpen < opens.count || nextClose < closes.count {
            let key = Swift.min(nextOpen < opens.count ? opens[nextOpen] : .max, nextClose < closes.count ? closes[nextClose] : .max)
            while nextOpen < opens.count, opens[nextOpen] == key {
                active += 1
                nextOpen += 1
            }
            while nextClose < closes.count, closes[nextClose] == key {
                active -= 1
                nextClose += 1
            }
            let (sum, overflow) = total.addingReportingOverflow(active * (active - 1) / 2)
            total = overflow ? .max : sum
        }
        return total
    }

    /// Each pair of rules that share a code, with the lowest code key they share, found by walking the stretches of
    /// codes in order: the work is the overlap count, never the product of the rules' code lists.
    ///
    /// The stretches are the index's own segments: `index` was built from the rules' codes, so its segment starts are
    /// exactly their code and range boundaries.
    static func firstSharedKeys(in index: CodeIndex) -> [RulePair: Int] {
        var firstShared: [RulePair: Int] = [:]
        index.forEachSharedSegment { key, covering in
            for (offset, first) in zip(covering.indices, covering) {
                for second in covering[(offset + 1)...] where firstShared[RulePair(first: Int(first), second: Int(second))] == nil {
                    firstShared[RulePair(first: Int(first), second: Int(second))] = key
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
