/// Finds the rules that list a code in O(log n), whatever mix of single codes and ranges the rules use.
///
/// Every code maps to an integer key (``ProcedureCode``'s sort key), so each rule's codes are closed integer
/// intervals. The index cuts the key line at every interval boundary into elementary segments and stores, per segment,
/// the rules covering it; a lookup is one binary search over the segment starts: first over every 16th start
/// (`samples`, 1/16 of the index, which tends to stay in cache across payers), then within one block of 16 starts.
///
/// Only segments some rule lists are kept, in flat arrays of 32-bit integers, with a segment listed by one rule (the
/// usual case) holding that rule in place: a million indexed ranges take about 12 MB, and a lookup hands out a slice
/// of an array without copying or allocating.
struct CodeIndex: Sendable {
    /// Sorted first keys of the segments some rule lists; segment `i` covers `starts[i]...ends[i]`.
    private let starts: [Int32]
    /// `starts[0]`, `starts[16]`, `starts[32]`, …: the first start of each block of ``blockSize`` starts.
    private let samples: [Int32]
    private let ends: [Int32]
    /// Segment `i`'s rules, ascending: `entries[i]` itself when it is 0 or more (one rule); otherwise the `count` rules
    /// `shared[o + 1 ..< o + 1 + count]`, where `o = -entries[i] - 1` and `count = shared[o]`.
    private let entries: [Int32]
    private let shared: [Int32]

    /// Indexes `ranges[i]` as belonging to rule `ranges[i].rule`.
    init(ranges: [(range: CodeRange, rule: Int)]) {
        self = Self.disjoint(ranges) ?? CodeIndex(overlapping: ranges)
    }

    /// ``init(ranges:)`` for ranges known to share codes: cuts the key line at every range boundary.
    init(overlapping ranges: [(range: CodeRange, rule: Int)]) {
        var sortedBoundaries: [UInt64] = []
        sortedBoundaries.reserveCapacity(ranges.count * 2)
        for (range, _) in ranges {
            sortedBoundaries.append(UInt64(range.lowerKey))
            sortedBoundaries.append(UInt64(range.upperKey + 1))
        }
        RadixSort.sort(&sortedBoundaries)
        var boundaries: [Int32] = []
        boundaries.reserveCapacity(sortedBoundaries.count)
        for boundary in sortedBoundaries where boundaries.last != Int32(boundary) {
            boundaries.append(Int32(boundary))
        }
        // Visiting ranges in rule order makes every segment's list ascending, with a repeat only right after itself.
        let order = zip(ranges, ranges.dropFirst()).allSatisfy { $0.rule <= $1.rule }
            ? Array(ranges.indices) : ranges.indices.sorted { (ranges[$0].rule, $0) < (ranges[$1].rule, $1) }
        var counts = [Int32](repeating: 0, count: boundaries.count + 1)
        var last = [Int32](repeating: -1, count: boundaries.count)
        // Each range's first segment, found once by binary search and used by both passes.
        let firstSegments = ranges.map { Int32(Self.segment(containing: $0.range.lowerKey, in: boundaries)!) }
        func visit(_ body: (Int, Int32) -> Void) {
            for index in order {
                let (range, rule) = ranges[index]
                var segment = Int(firstSegments[index])
                while segment < boundaries.count, Int(boundaries[segment]) <= range.upperKey {
                    if last[segment] != Int32(rule) {
                        last[segment] = Int32(rule)
                        body(segment, Int32(rule))
                    }
                    segment += 1
                }
            }
        }
        visit { segment, _ in counts[segment + 1] += 1 }
        for segment in counts.indices.dropFirst() { counts[segment] += counts[segment - 1] }
        var next = counts
        var ids = [Int32](repeating: 0, count: Int(counts[counts.count - 1]))
        last = [Int32](repeating: -1, count: boundaries.count)
        visit { segment, rule in
            ids[Int(next[segment])] = rule
            next[segment] += 1
        }
        // Keep the listed segments only; the last boundary always closes a range, so `segment + 1` exists.
        var listed = 0
        var sharedCount = 0
        for segment in boundaries.indices where counts[segment + 1] > counts[segment] {
            listed += 1
            if counts[segment + 1] - counts[segment] > 1 { sharedCount += 1 + Int(counts[segment + 1] - counts[segment]) }
        }
        var starts: [Int32] = []
        var ends: [Int32] = []
        var entries: [Int32] = []
        var shared: [Int32] = []
        starts.reserveCapacity(listed)
        ends.reserveCapacity(listed)
        entries.reserveCapacity(listed)
        shared.reserveCapacity(sharedCount)
        for segment in boundaries.indices where counts[segment + 1] > counts[segment] {
            starts.append(boundaries[segment])
            ends.append(boundaries[segment + 1] - 1)
            let rules = ids[Int(counts[segment])..<Int(counts[segment + 1])]
            if rules.count == 1 {
                entries.append(rules.first!)
            } else {
                entries.append(-Int32(shared.count) - 1)
                shared.append(Int32(rules.count))
                shared.append(contentsOf: rules)
            }
        }
        self.init(starts: starts, ends: ends, entries: entries, shared: shared)
    }

    private init(starts: [Int32], ends: [Int32], entries: [Int32], shared: [Int32]) {
        self.starts = starts
        samples = stride(from: 0, to: starts.count, by: Self.blockSize).map { starts[$0] }
        self.ends = ends
        self.entries = entries
        self.shared = shared
    }

    /// The index of ranges no two of which share a code (the usual file), where each range is a segment of its own;
    /// nil when some do.
    static func disjoint(_ ranges: [(range: CodeRange, rule: Int)]) -> CodeIndex? {
        // Each range's position packed below its first key, so sorting the integers orders the ranges.
        let positionBits = UInt64.bitWidth - UInt64(ranges.count).leadingZeroBitCount
        var order = ranges.indices.map { UInt64(ranges[$0].range.lowerKey) << positionBits | UInt64($0) }
        RadixSort.sort(&order)
        var starts: [Int32] = []
        var ends: [Int32] = []
        var entries: [Int32] = []
        starts.reserveCapacity(ranges.count)
        ends.reserveCapacity(ranges.count)
        entries.reserveCapacity(ranges.count)
        var previousEnd = -1
        for packed in order {
            let (range, rule) = ranges[Int(packed & (1 << positionBits - 1))]
            guard range.lowerKey > previousEnd else { return nil }
            previousEnd = range.upperKey
            starts.append(Int32(range.lowerKey))
            ends.append(Int32(range.upperKey))
            entries.append(Int32(rule))
        }
        return CodeIndex(starts: starts, ends: ends, entries: entries, shared: [])
    }

    /// The indices of the rules listing `code`, ascending, as a slice of the index (no copy).
    func ruleSlice(listing code: ProcedureCode) -> ArraySlice<Int32> {
        rules(in: segment(containing: code.sortKey))
    }

    /// The rules of segment `segment` (none for nil).
    private func rules(in segment: Int?) -> ArraySlice<Int32> {
        guard let segment else { return [] }
        let entry = entries[segment]
        if entry >= 0 { return entries[segment...segment] }
        let offset = Int(-entry - 1)
        return shared[(offset + 1)..<(offset + 1 + Int(shared[offset]))]
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
        for segment in entries.indices where entries[segment] < 0 {
            body(Int(starts[segment]), rules(in: segment))
        }
    }

    /// The number of starts each sample stands for.
    private static let blockSize = 16

    /// The listed segment holding `key`, if any: the last block whose first start is at or below `key`, then the
    /// last start in that block at or below it. Both steps are branch-free.
    private func segment(containing key: Int) -> Int? {
        let key = Int32(clamping: key)
        let segment = samples.withUnsafeBufferPointer { samples -> Int? in
            guard let first = samples.first, first <= key else { return nil }
            var block = 0
            var count = samples.count
            while count > 1 {
                let half = count &>> 1
                if samples[block &+ half] <= key { block &+= half }
                count &-= half
            }
            return starts.withUnsafeBufferPointer { starts in
                let low = block &* Self.blockSize
                var atOrBelow = 0
                for index in low..<min(low &+ Self.blockSize, starts.count) where starts[index] <= key { atOrBelow &+= 1 }
                return low &+ atOrBelow &- 1
            }
        }
        guard let segment, key <= ends[segment] else { return nil }
        return segment
    }

    /// The last segment whose start is at or below `key`.
    private static func segment(containing key: Int, in starts: [Int32]) -> Int? {
        starts.withUnsafeBufferPointer { starts in
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) &>> 1
                if Int(starts[middle]) <= key { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? nil : low - 1
        }
    }
}
