import Foundation

/// Whether the rules directory has changes git has not committed, for `payer --version`.
///
/// ``PayerKit/RuleSetIdentity`` names the checked-out commit, which says nothing about edits on top of it; this asks
/// `git status` about the directory's rule files (changed, added, deleted, untracked), so a version line from a work
/// tree with edits is marked dirty.
enum RulesWorkTree {
    /// True when a `*.yaml` file in `directory` differs from the commit checked out, false when none does, nil when git
    /// is not installed or `directory` is not in a work tree.
    static func hasUncommittedRuleChanges(in directory: String) -> Bool? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "status", "--porcelain", "--untracked-files=all", "--", "."]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        // Foundation's waitUntilExit polls a run loop in 50 ms steps on Linux; a handler answers as soon as git ends.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        guard process.terminationStatus == 0 else { return nil }
        // Lines are "XY path" (or "XY old -> new" for a rename); hidden files are editor locks the loader skips.
        return String(decoding: data, as: UTF8.self).split(separator: "\n").contains { line in
            line.split(separator: " ").contains { word in
                let name = (String(word) as NSString).lastPathComponent
                return name.hasSuffix(".yaml") && !name.hasPrefix(".")
            }
        }
    }
}
