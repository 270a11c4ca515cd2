import PayerKit

/// A set of codes kept as sorted, disjoint intervals of sort keys, so a list of 27130-27138 or E0100-E9999 costs
/// one interval rather than one element per code.
///
/// The one place in the maintenance tools that reads ``ProcedureCode``'s sort keys: consecutive codes of one kind (and
/// HCPCS letter) have consecutive keys, which is what makes "compact ranges" a matter of merging intervals.
struct CodeSet: Sendable, Hashable {
    /// Sorted, disjoint and never touching: `a.upperBound + 1 < b.lowerBound` for neighbours.
    private(set) var intervals: [ClosedRange<Int>]

    /// The codes of some ranges.
    init(_ ranges: some Sequence<CodeRange>) {
        self.init(intervals: ranges.map { $0.lowerKey...$0.upperKey })
    }

    /// The union of intervals in any order.
    init(intervals: [ClosedRange<Int>]) {
        var merged: [ClosedRange<Int>] = []
        for interval in intervals.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, interval.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, interval.upperBound)
            } else {
                merged.append(interval)
            }
        }
        self.intervals = merged
    }

    /// Whether the set has no code.
    var isEmpty: Bool { intervals.isEmpty }

    /// How many codes the set holds.
    var count: Int { intervals.reduce(0) { $0 + $1.count } }

    /// Whether a code is in the set.
    func contains(_ code: ProcedureCode) -> Bool { contains(key: code.sortKey) }

    /// Whether a sort key is in the set.
    func contains(key: Int) -> Bool {
        var low = 0
        var high = intervals.count
        while low < high {
            let middle = (low + high) / 2
            if intervals[middle].upperBound < key { low = middle + 1 } else { high = middle }
        }
        return low < intervals.count && intervals[low].contains(key)
    }

    /// The codes in both sets.
    func intersection(_ other: CodeSet) -> CodeSet {
        var result: [ClosedRange<Int>] = []
        var (i, j) = (0, 0)
        while i < intervals.count, j < other.intervals.count {
            let a = intervals[i], b = other.intervals[j]
            let lower = max(a.lowerBound, b.lowerBound), upper = min(a.upperBound, b.upperBound)
            if lower <= upper { result.append(lower...upper) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        return CodeSet(intervals: result)
    }

    /// The codes in this set and not in `other`.
    func subtracting(_ other: CodeSet) -> CodeSet {
        var result: [ClosedRange<Int>] = []
        var j = 0
        for interval in intervals {
            var lower = interval.lowerBound
            while j < other.intervals.count, other.intervals[j].upperBound < lower { j += 1 }
            var k = j
            while k < other.intervals.count, other.intervals[k].lowerBound <= interval.upperBound, lower <= interval.upperBound {
                let cut = other.intervals[k]
                if cut.lowerBound > lower { result.append(lower...(cut.lowerBound - 1)) }
                lower = max(lower, cut.upperBound + 1)
                k += 1
            }
            if lower <= interval.upperBound { result.append(lower...interval.upperBound) }
        }
        return CodeSet(intervals: result)
    }

    /// The codes in either set.
    func union(_ other: CodeSet) -> CodeSet { CodeSet(intervals: intervals + other.intervals) }

    /// The set as few ranges as PayerRules can write: consecutive codes merged, split where the kind or the HCPCS
    /// letter changes (K9999 and L0000 have neighbouring keys but no range holds both).
    var ranges: [CodeRange] {
        var result: [CodeRange] = []
        for interval in intervals {
            var lower = interval.lowerBound
            while lower <= interval.upperBound {
                let upper = min(interval.upperBound, Self.lastKeyOfGroup(containing: lower))
                // Built from valid codes of one kind and letter, so the text always parses.
                result.append(try! CodeRange(ProcedureCode.rangeText(lower, upper)))
                lower = upper + 1
            }
        }
        return result
    }

    /// The last sort key a range starting at `key` can reach: the end of its kind, or of its HCPCS letter.
    private static func lastKeyOfGroup(containing key: Int) -> Int {
        ProcedureCode(sortKey: key).kind == .hcpcsLevelII ? key / 10_000 * 10_000 + 9_999 : key / 1_000_000 * 1_000_000 + 999_999
    }
}
