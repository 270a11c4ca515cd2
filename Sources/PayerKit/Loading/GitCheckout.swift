import Foundation

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
