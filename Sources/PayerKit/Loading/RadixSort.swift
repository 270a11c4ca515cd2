/// Sorts the loader's integer keys (code keys, packed key and position pairs) in linear time: the standard library's
/// comparison sort was a tenth of the time spent loading a large rule set.
enum RadixSort {
    /// Sorts `keys` ascending; least significant 11-bit digit first, one counting pass per digit the largest key has.
    static func sort(_ keys: inout [UInt64]) {
        // Below a few hundred keys the bucket counts cost more than comparing.
        guard keys.count > 256 else { return keys.sort() }
        let digitBits = 11
        let significantBits = UInt64.bitWidth - (keys.max() ?? 0).leadingZeroBitCount
        var scratch = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 1 << digitBits)
        var shift = 0
        while shift < significantBits {
            keys.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        let mask: UInt64 = (1 << digitBits) - 1
                        counts.update(repeating: 0)
                        for key in source { counts[Int((key >> shift) & mask)] += 1 }
                        var start = 0
                        for digit in counts.indices {
                            (counts[digit], start) = (start, start + counts[digit])
                        }
                        for key in source {
                            let digit = Int((key >> shift) & mask)
                            target[counts[digit]] = key
                            counts[digit] += 1
                        }
                    }
                }
            }
            swap(&keys, &scratch)
            shift += digitBits
        }
    }
}
