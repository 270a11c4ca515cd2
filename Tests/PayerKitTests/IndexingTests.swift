import Testing

@testable import PayerKit

@Suite("Indexing at scale")
struct IndexingTests {
    /// Random code ranges over a narrow stretch of CPT keys (so that overlapping sets really overlap), each tagged with
    /// a rule; `disjoint` spaces them so no two share a code.
    private static func ranges(count: Int, disjoint: Bool, seed: UInt64) -> [(range: CodeRange, rule: Int)] {
        var random = SplitMix64(seed: seed)
        var next = 10_000
        return (0..<count).map { position in
            let length = Int(random.next() % 4 == 0 ? random.next() % 20 : 0)
            let lower = disjoint ? next + Int(random.next() % 3) : 10_000 + Int(random.next() % UInt64(count * 3))
            next = lower + length + 1
            let (first, last) = (ProcedureCode(sortKey: lower), ProcedureCode(sortKey: lower + length))
            let range = try! CodeRange(length == 0 ? first.text : "\(first.text)-\(last.text)")
            return (range, position / 3)  // Rules list a few ranges each.
        }.shuffled(using: &random)
    }

    @Test("the code index finds exactly the rules a brute-force scan finds, as a list and as a slice", arguments: [(1, false), (5, false), (40, true), (300, false), (3_000, true), (3_000, false)])
    func indexMatchesScan(count: Int, disjoint: Bool) {
        for seed in 1...3 as ClosedRange<UInt64> {
            let ranges = Self.ranges(count: count, disjoint: disjoint, seed: seed)
            let index = CodeIndex(ranges: ranges)
            let keys = ranges.flatMap { [$0.range.lowerKey - 1, $0.range.lowerKey, $0.range.upperKey, $0.range.upperKey + 1] }
            var mismatches = 0
            for key in keys {
                let expected = Set(ranges.filter { $0.range.lowerKey <= key && key <= $0.range.upperKey }.map(\.rule)).sorted()
                if index.rules(coveringKey: key) != expected { mismatches += 1 }
                if index.ruleSlice(listing: ProcedureCode(sortKey: key)).map(Int.init) != expected { mismatches += 1 }
            }
            #expect(mismatches == 0, "seed \(seed): \(mismatches) of \(keys.count) keys")
        }
    }
}

/// A small seeded generator, so a failure names a case that reproduces.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
