// swift-tools-version: 6.0
// The PayerKit fuzzer: a libFuzzer target over the YAML reader and the payer file loader. Kept out of the main
// package so that its sanitizer build never touches the product; build and run it with `Fuzz/run.sh SECONDS`.
import PackageDescription
import Foundation

// A path dependency's identity is its directory name, whatever the clone is called.
let payerKitPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "PayerKitFuzz",
    dependencies: [.package(path: payerKitPath.path)],
    targets: [
        .executableTarget(
            name: "PayerKitFuzzer",
            dependencies: ["FuzzerEntry", .product(name: "PayerKit", package: payerKitPath.lastPathComponent.lowercased())]
        ),
        // `PayerKitFuzzer_main`, which starts libFuzzer's driver (SwiftPM's entry-point renaming hides libFuzzer's main).
        .target(name: "FuzzerEntry"),
    ],
    swiftLanguageModes: [.v6]
)
