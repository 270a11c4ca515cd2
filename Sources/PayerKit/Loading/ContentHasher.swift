import Foundation

/// The content hash: FNV-1a over each file's name and its own bytes' hash, so files can be hashed on any core as they
/// are read and combined in name order afterwards.
struct ContentHasher {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var state = offsetBasis
    private(set) var fileCount = 0

    /// The name the hash uses (and orders files by): the last path component.
    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// FNV-1a of `bytes` (one file's, or a short text's).
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = ContentHasher()
        hasher.mix(bytes)
        return hasher.state
    }

    mutating func add(name: String, contentHash: UInt64) {
        mix(name.utf8)
        mix(CollectionOfOne(0))
        mix((0..<8).map { UInt8(truncatingIfNeeded: contentHash >> ($0 * 8)) })
        fileCount += 1
    }

    private mutating func mix(_ bytes: some Sequence<UInt8>) {
        var state = self.state
        for byte in bytes {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.state = state
    }
}
