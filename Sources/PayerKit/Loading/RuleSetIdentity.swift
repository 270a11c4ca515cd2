import Foundation

/// Which rules answered: a content hash of the rule files, the schema version, and the git revision of the checkout
/// they came from when there is one. Log it beside every answer for an audit trail.
///
/// The content hash is authoritative; the revision is a pointer for humans and may not describe uncommitted edits.
public struct RuleSetIdentity: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The payer-file schema version the loader read.
    public let schemaVersion: Int
    /// The number of rule files hashed.
    public let fileCount: Int
    /// A 64-bit FNV-1a hash, in hexadecimal, over each file's name and the FNV-1a hash of its bytes, in name order.
    public let contentHash: String
    /// The commit checked out in the git work tree holding the rules, when they are in one.
    public let gitRevision: String?

    /// "schema 1, 10 files, content 3f2a…, git 0faeb6b…".
    public var description: String {
        "schema \(schemaVersion), \(fileCount) file\(fileCount == 1 ? "" : "s"), content \(contentHash)"
            + (gitRevision.map { ", git \($0)" } ?? "")
    }

    /// The identity a load of `directory` with default limits would report, from the same files read the same way,
    /// without decoding them.
    public init(directory: String) {
        self.init(directory: directory, limits: .default)
    }

    /// The identity a load of `directory` within `limits` would report, as long as every file decodes.
    init(directory: String, limits: LoadLimits) {
        var files: [(path: String, contentHash: UInt64)] = []
        for file in (try? PayerKnowledgeBase.ruleFiles(at: directory).files) ?? [] {
            guard case .bytes(let bytes) = RuleFile.read(file, limits: limits) else { continue }
            files.append((file, ContentHasher.hash(bytes)))
        }
        self.init(files: files)
    }

    /// The identity of files already hashed, as `(path, contentHash)`; it depends on file names, not on directories.
    init(files: [(path: String, contentHash: UInt64)]) {
        var hasher = ContentHasher()
        for file in files.sorted(by: { ContentHasher.name($0.path) < ContentHasher.name($1.path) }) {
            hasher.add(name: ContentHasher.name(file.path), contentHash: file.contentHash)
        }
        self.init(hasher, firstPath: files.first?.path)
    }

    /// The identity of files fed to `hasher` in name order; the git revision is looked up next to `firstPath`.
    private init(_ hasher: ContentHasher, firstPath: String?) {
        let state = hasher.state
        schemaVersion = PayerFileDecoder.schemaVersion
        fileCount = hasher.fileCount
        contentHash = String(repeating: "0", count: 16 - String(state, radix: 16).count) + String(state, radix: 16)
        gitRevision = firstPath.flatMap { GitCheckout.revision(containing: ($0 as NSString).deletingLastPathComponent) }
    }
}
