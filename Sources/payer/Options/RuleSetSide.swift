import Foundation
import PayerKit

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
