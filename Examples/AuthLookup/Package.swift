// swift-tools-version: 6.0
// A service-shaped example: depends on PayerKit by path and answers from the rules bundled with it.
import PackageDescription

let package = Package(
    name: "AuthLookup",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "PayerKit", path: "../..")],
    targets: [
        .executableTarget(name: "AuthLookup", dependencies: [.product(name: "PayerKit", package: "PayerKit")]),
    ],
    swiftLanguageModes: [.v6]
)
