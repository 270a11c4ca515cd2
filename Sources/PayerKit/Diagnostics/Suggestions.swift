/// "Did you mean" suggestions by edit distance.
enum Suggestions {
    /// The candidates closest to `input` (case-insensitive), best first; only those close enough to be a typo.
    static func nearest(to input: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        // A typo is in a short word; a long input (a pasted paragraph, a hostile 64 KB key) gets no suggestion, which
        // also keeps the quadratic edit distance cheap. Candidates too long or short to be within reach are skipped
        // before any work (a character is at least one UTF-8 byte).
        guard input.utf8.count <= 256 else { return [] }
        let needle = Array(input.lowercased())
        let threshold = max(2, needle.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            guard candidate.utf8.count <= 256, candidate.utf8.count >= needle.count - threshold else { return nil }
            let other = Array(candidate.lowercased())
            guard abs(other.count - needle.count) <= threshold else { return nil }
            let distance = editDistance(needle, other)
            return distance <= threshold ? (candidate, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](0...b.count)
        var row = previousRow
        var rowBeforePrevious = previousRow
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = Swift.min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = Swift.min(row[j], rowBeforePrevious[j - 2] + 1)
                }
            }
            rowBeforePrevious = previousRow
            previousRow = row
        }
        return row[b.count]
    }
}
