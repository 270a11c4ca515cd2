// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PayerKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PayerKit", targets: ["PayerKit"]),
        .library(name: "PayerKitMaintenance", targets: ["PayerKitMaintenance"]),
        .executable(name: "payer", targets: ["payer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target PayerKit` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // The system libyaml (Debian `libyaml-dev`, Homebrew `libyaml`).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The repository's PayerRules ship inside the library, so a service that depends on PayerKit has them.
        .target(name: "PayerKit", dependencies: ["CLibYAML"], resources: [.copy("../../PayerRules")]),
        // Maintainers' tools on top of the library: lint, review, diff, code-list comparison, schema documents.
        // Services that only ask questions link PayerKit alone.
        .target(name: "PayerKitMaintenance", dependencies: ["PayerKit"]),
        .executableTarget(
            name: "payer",
            dependencies: [
                "PayerKit",
                "PayerKitMaintenance",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures are read from the source tree by path, not bundled.
        .testTarget(name: "PayerKitTests", dependencies: ["PayerKit", "PayerKitMaintenance"], exclude: ["Fixtures"]),
        .testTarget(name: "PayerCLITests", dependencies: ["payer"]),
    ],
    swiftLanguageModes: [.v6]
)
