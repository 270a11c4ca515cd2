// swift-tools-version: 6.0
// PayerKit benchmarks: a standalone package so `swift test` on PayerKit never builds or runs them.
// Run everything with `bash Benchmarks/run.sh` (see BENCHMARKS.md at the repository root).
import PackageDescription

let package = Package(
    name: "PayerKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PayerKit", path: ".."),
    ],
    targets: [
        // The floor: a bare libyaml event scan that builds nothing, in C.
        .target(name: "YAMLFloor", linkerSettings: [.linkedLibrary("yaml")]),
        // Counts heap allocations per query by interposing malloc in the benchmark executable.
        .target(name: "AllocationCounter"),
        .executableTarget(
            name: "payer-bench",
            dependencies: [
                "YAMLFloor",
                "AllocationCounter",
                .product(name: "PayerKit", package: "PayerKit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
