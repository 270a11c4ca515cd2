import ArgumentParser
import Foundation
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer schema [--update] [--root DIR]`
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Check (or rewrite) the files generated from PayerKit's key declarations.",
            discussion: """
                Each key of a payer file is declared once in PayerKit; the JSON Schema \
                (PayerRules/payer-file.schema.json), the key tables of PayerRules/README.md and the fuzzing \
                dictionary (Fuzz/yaml.dict) are generated from those declarations. Without --update this lists the \
                files that differ and exits 1 if any does.
                """)

        @Flag(name: .long, help: "Rewrite the generated files.")
        var update = false

        @Option(name: .long, help: ArgumentHelp("The repository root.", valueName: "dir"))
        var root = "."

        func run() throws {
            try reportingFailures {
                let url = URL(fileURLWithPath: root)
                func read(_ path: String) throws -> String {
                    do { return try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8) } catch {
                        throw Failure.usage("cannot read \(path) under '\(root)'; run from the repository root or give --root DIR")
                    }
                }
                let files = SchemaDocuments.files(readme: try read("PayerRules/README.md"), fuzzDictionary: try read("Fuzz/yaml.dict"))
                var stale: [String] = []
                for (path, contents) in files where try read(path) != contents {
                    if update {
                        try contents.write(to: url.appendingPathComponent(path), atomically: true, encoding: .utf8)
                        print("updated \(path)")
                    } else {
                        stale.append(path)
                    }
                }
                guard stale.isEmpty else {
                    stale.forEach { print("\($0) differs from the key declarations") }
                    throw ExitCode(1)
                }
                if !update { print("generated files are current") }
            }
        }
    }
}
