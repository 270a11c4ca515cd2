// swift-tools-version: 6.0
// payer-server: the lookup page and the HTTP API on PayerKit. A package of its own, so that services which link
// PayerKit do not pull in an HTTP stack.
import PackageDescription

let package = Package(
    name: "PayerServer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "payer-server", targets: ["payer-server"]),
    ],
    dependencies: [
        .package(name: "PayerKit", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Routes, handlers, HTML pages and the reload service: everything but the command line.
        .target(
            name: "PayerServer",
            dependencies: [
                .product(name: "PayerKit", package: "PayerKit"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        .executableTarget(
            name: "payer-server",
            dependencies: [
                "PayerServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PayerServerTests",
            dependencies: [
                "PayerServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
