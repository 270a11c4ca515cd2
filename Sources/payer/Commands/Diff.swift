import ArgumentParser
import Foundation
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer diff OLD NEW`
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "What changed between two rule sets, as Markdown for a pull request (or --json).",
            discussion: """
                Each side is a rules directory or a git revision of the rules directory (--rules, default ./PayerRules); \
                NEW defaults to the rules directory as it is on disk. A revision without rule files (or without the rules \
                directory) is an empty rule set, so every payer on the other side is added. Reports codes added to or removed from \
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
                // A revision is checked out to a temporary directory; each is removed when the command ends,
                // whether it succeeds or fails.
                let before = try RuleSetSide(old, rulesDirectory: directory)
                defer { before.removeCheckout() }
                let after = try RuleSetSide(new ?? directory, rulesDirectory: directory)
                defer { after.removeCheckout() }
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
/// directory with `git show` (the work tree is left alone). A revision without rule files, or without the rules
/// directory at all, is an empty rule set: every payer on the other side counts as added (or removed).
struct RuleSetSide {
    let label: String
    let directory: String
    /// The temporary directory holding a revision's files; nil for a directory side. See ``removeCheckout()``.
    let checkout: URL?

    init(_ argument: String, rulesDirectory: String) throws {
        label = argument
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
            directory = argument
            checkout = nil
            return
        }
        guard (try? Self.git(["rev-parse", "--verify", "--quiet", "\(argument)^{commit}"], in: rulesDirectory)) != nil else {
            throw Failure.usage("'\(argument)' is neither a directory nor a git revision of \(rulesDirectory)")
        }
        // `ls-tree -z` lines are "mode type object<TAB>name"; only files (blobs) named *.yaml are rule files. A path
        // that does not exist at the revision lists nothing.
        let names = try Self.git(["ls-tree", "-z", argument, "--", "."], in: rulesDirectory)
            .split(separator: 0).compactMap { entry -> String? in
                let line = String(decoding: entry, as: UTF8.self)
                guard let tab = line.firstIndex(of: "\t"), line[..<tab].split(separator: " ").dropFirst().first == "blob" else { return nil }
                let name = (String(line[line.index(after: tab)...]) as NSString).lastPathComponent
                return name.hasSuffix(".yaml") && !name.hasPrefix(".") ? name : nil
            }
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("payer-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        do {
            for name in names {
                try Self.git(["show", "\(argument):./\(name)"], in: rulesDirectory).write(to: target.appendingPathComponent(name))
            }
        } catch {
            try? FileManager.default.removeItem(at: target)
            throw error
        }
        directory = target.path
        checkout = target
    }

    /// Loads the side, keeping files that load; files with errors are named on standard error. A revision with no
    /// rule files loads as an empty rule set.
    func load() throws -> PayerKnowledgeBase {
        if let checkout, ((try? FileManager.default.contentsOfDirectory(atPath: checkout.path)) ?? []).isEmpty {
            printError("payer: \(label) has no rule files in the rules directory; comparing it as an empty rule set")
            return PayerKnowledgeBase(decoding: [])
        }
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

    /// Deletes the temporary checkout of a revision; a directory side is left alone.
    func removeCheckout() {
        if let checkout { try? FileManager.default.removeItem(at: checkout) }
    }

    private static func git(_ arguments: [String], in directory: String) throws -> Data {
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
        return data
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
