import ArgumentParser
import Foundation
import PayerKit

extension PayerCommand {
    /// `payer diff OLD NEW`
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed between two rule sets, as Markdown for a pull request (or --json).",
            discussion: """
                Each side is a rules directory or a git revision of the rules directory (--rules, default ./PayerRules); \
                NEW defaults to the rules directory as it is on disk. Reports codes added to or removed from \
                authorization lists with their dates, changed requirements, retro windows, phones, portals and vendors.

                Examples:
                  payer diff origin/main
                  payer diff HEAD~3 HEAD --json
                  payer diff old-rules/ PayerRules/
                """)

        @Argument(help: "The old side: a directory or a git revision.")
        var old: String

        @Argument(help: "The new side: a directory or a git revision (default: the rules directory on disk).")
        var new: String?

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let directory = try rules.directory()
                let before = try RuleSetSide(old, rulesDirectory: directory)
                let after = try RuleSetSide(new ?? directory, rulesDirectory: directory)
                let diff = RuleSetDiff(from: try before.load(), to: try after.load())
                if output.json {
                    try printJSON(diff)
                } else {
                    print(DiffMarkdown.render(diff, old: before.label, new: after.label), terminator: "")
                }
            }
        }
    }
}

/// One side of a diff: a directory as it is, or the rules directory at a git revision, checked out to a temporary
/// directory with `git show` (the work tree is left alone).
struct RuleSetSide {
    let label: String
    let directory: String

    init(_ argument: String, rulesDirectory: String) throws {
        label = argument
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            directory = argument
            return
        }
        guard (try? Self.git(["rev-parse", "--verify", "--quiet", "\(argument)^{commit}"], in: rulesDirectory)) != nil else {
            throw Failure.usage("'\(argument)' is neither a directory nor a git revision of \(rulesDirectory)")
        }
        let names = try Self.git(["ls-tree", "--name-only", argument, "--", "."], in: rulesDirectory)
            .split(separator: "\n").map(String.init).filter { $0.hasSuffix(".yaml") }
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("payer-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in names {
            let file = (name as NSString).lastPathComponent
            let text = try Self.git(["show", "\(argument):./\(file)"], in: rulesDirectory)
            try Data(text.utf8).write(to: target.appendingPathComponent(file))
        }
        directory = target.path
    }

    /// Loads the side, keeping files that load; files with errors are named on standard error.
    func load() throws -> PayerKnowledgeBase {
        let knowledgeBase: PayerKnowledgeBase
        do {
            knowledgeBase = try PayerKnowledgeBase.load(from: directory, allowingPartial: true)
        } catch {
            throw Failure.noRules("\(label): \(error.message)")
        }
        for file in knowledgeBase.skippedFiles {
            printError("payer: \(label): \((file as NSString).lastPathComponent) has errors and is left out of the diff")
        }
        return knowledgeBase
    }

    private static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure.usage("git \(arguments.joined(separator: " ")) failed in \(directory)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The Markdown shape of a ``RuleSetDiff``, made for a pull-request comment.
enum DiffMarkdown {
    static func render(_ diff: RuleSetDiff, old: String, new: String) -> String {
        var lines = ["## PayerRules changes: `\(old)` → `\(new)`", "", "- old: \(diff.old)", "- new: \(diff.new)", ""]
        if diff.isEmpty {
            lines += ["No change in what the rules say.", ""]
        }
        lines += diff.addedPayers.map { "- **added payer** `\($0)`" }
        lines += diff.removedPayers.map { "- **removed payer** `\($0)`" }
        if !diff.addedPayers.isEmpty || !diff.removedPayers.isEmpty { lines.append("") }
        for payer in diff.changedPayers {
            lines += ["### \(payer.name) (`\(payer.id)`)", ""]
            var section = ""
            for change in payer.changes {
                if change.section != section {
                    section = change.section
                    if lines.last != "" { lines.append("") }
                    lines += ["**\(section)**", ""]
                }
                lines.append("- \(describe(change))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ change: RuleSetDiff.Change) -> String {
        switch change.action {
        case .added: "added `\(change.subject)`: \(change.after ?? "")"
        case .removed: "removed `\(change.subject)`: ~~\(change.before ?? "")~~"
        case .changed: "changed `\(change.subject)`: ~~\(change.before ?? "")~~ → \(change.after ?? "")"
        }
    }
}
