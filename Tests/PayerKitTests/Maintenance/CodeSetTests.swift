import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Code sets as intervals")
struct CodeSetTests {
    /// A small deterministic generator, so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("union, intersection and difference agree with plain sets of sort keys")
    func againstPlainSets() {
        var random = Generator(state: 42)
        func randomSet() -> (CodeSet, Set<Int>) {
            let intervals = (0..<random.next(6)).map { _ -> ClosedRange<Int> in
                let lower = 70_000 + random.next(60)
                return lower...(lower + random.next(8))
            }
            return (CodeSet(intervals: intervals), Set(intervals.flatMap { Array($0) }))
        }
        for _ in 0..<500 {
            let (a, plainA) = randomSet()
            let (b, plainB) = randomSet()
            #expect(Set(a.subtracting(b).intervals.flatMap { Array($0) }) == plainA.subtracting(plainB))
            #expect(Set(a.intersection(b).intervals.flatMap { Array($0) }) == plainA.intersection(plainB))
            #expect(Set(a.union(b).intervals.flatMap { Array($0) }) == plainA.union(plainB))
            #expect(a.count == plainA.count)
            for key in 69_990...70_080 { #expect(a.contains(key: key) == plainA.contains(key)) }
        }
    }

    @Test("compact ranges merge neighbours and split where the kind or the HCPCS letter changes")
    func ranges() throws {
        let set = CodeSet(try ["70553", "70551-70552", "K9998-K9999", "L0000", "0042T", "99607"].map { try CodeRange($0) })
        #expect(set.ranges.map(\.description) == ["70551-70553", "99607", "0042T", "K9998-K9999", "L0000"])
        #expect(set.count == 8)
    }
}
