import Foundation

/// Identifies a rule set by content: a hash over every `.yaml` file's name and bytes, so two checkouts with the same
/// rules print the same identity whatever their git state.
public struct RuleSetIdentity: Sendable, Hashable {
    /// The number of rule files.
    public let fileCount: Int
    /// A 64-bit FNV-1a hash in hexadecimal.
    public let hash: String

    /// Hashes the `.yaml` files directly in `directory`.
    public init(directory: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        for name in names {
            mix(name.utf8)
            mix(FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name)) ?? Data())
        }
        fileCount = names.count
        hash = String(state, radix: 16)
    }
}
