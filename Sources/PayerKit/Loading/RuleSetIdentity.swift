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

/// Reads the checked-out commit from `.git` files directly, so no git binary is needed.
enum GitCheckout {
    /// The commit id HEAD points at in the work tree containing `directory`, or nil outside a work tree.
    ///
    /// Nil too for a copy inside a build folder or resource bundle (a service's `.build/…/PayerKit_PayerKit.resources`):
    /// the work tree above it is the service's, not the rules'.
    static func revision(containing directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        let isCopy = current.pathComponents.contains { $0.hasPrefix(".build") || $0.hasSuffix(".resources") || $0.hasSuffix(".bundle") }
        guard !isCopy else { return nil }
        for _ in 0..<64 {
            let dotGit = current.appendingPathComponent(".git")
            if let gitDirectory = gitDirectory(at: dotGit) { return head(in: gitDirectory) }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
        return nil
    }

    /// `.git` is a directory, or (in worktrees and submodules) a file saying `gitdir: PATH`.
    private static func gitDirectory(at dotGit: URL) -> URL? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return dotGit }
        guard let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir:") else { return nil }
        let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return URL(fileURLWithPath: path, relativeTo: dotGit.deletingLastPathComponent()).standardizedFileURL
    }

    private static func head(in gitDirectory: URL) -> String? {
        guard let head = try? String(contentsOf: gitDirectory.appendingPathComponent("HEAD"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        else { return nil }
        guard head.hasPrefix("ref: ") else { return isCommitID(head) ? head : nil }
        let ref = String(head.dropFirst("ref: ".count))
        // A worktree keeps HEAD privately but shares refs with the main repository through `commondir`.
        let common = (try? String(contentsOf: gitDirectory.appendingPathComponent("commondir"), encoding: .utf8))
            .map { URL(fileURLWithPath: $0.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: gitDirectory).standardizedFileURL }
        for directory in [gitDirectory, common].compactMap({ $0 }) {
            if let loose = try? String(contentsOf: directory.appendingPathComponent(ref), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines), isCommitID(loose)
            {
                return loose
            }
            if let packed = try? String(contentsOf: directory.appendingPathComponent("packed-refs"), encoding: .utf8) {
                for line in packed.split(separator: "\n") where line.hasSuffix(" \(ref)") {
                    let id = String(line.prefix { $0 != " " })
                    if isCommitID(id) { return id }
                }
            }
        }
        return nil
    }

    private static func isCommitID(_ text: String) -> Bool {
        (text.count == 40 || text.count == 64) && text.allSatisfy(\.isHexDigit)
    }
}
