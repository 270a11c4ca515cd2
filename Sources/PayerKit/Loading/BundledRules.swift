import Foundation

extension PayerKnowledgeBase {
    /// The PayerRules directory that ships inside PayerKit as a SwiftPM resource, or nil when the resource bundle was
    /// not deployed beside the executable and no source checkout is at hand.
    ///
    /// SwiftPM's generated `Bundle.module` stops the process when the bundle is missing; this looks in the same places
    /// (and in the checkout PayerKit was built from) and returns nil instead.
    public static var bundledRulesDirectory: String? {
        let bundleNames = ["PayerKit_PayerKit.resources", "PayerKit_PayerKit.bundle"]
        let roots = [Bundle.main.bundleURL, Bundle.main.resourceURL, Bundle.main.executableURL?.deletingLastPathComponent()]
        for root in roots.compactMap({ $0 }) {
            for name in bundleNames {
                if let bundle = Bundle(path: root.appendingPathComponent(name).path),
                    let rules = bundle.url(forResource: "PayerRules", withExtension: nil)
                {
                    return rules.path
                }
            }
        }
        // Sources/PayerKit/Loading/BundledRules.swift → the package root's PayerRules.
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("PayerRules")
        return FileManager.default.fileExists(atPath: checkout.path) ? checkout.path : nil
    }

    /// Loads the PayerRules bundled with this version of PayerKit (all or nothing).
    public static func loadBundled() throws(RuleSetError) -> PayerKnowledgeBase {
        guard let directory = bundledRulesDirectory else {
            throw RuleSetError(message: "the PayerRules bundled with PayerKit were not found: deploy PayerKit_PayerKit.resources beside the executable, or load a directory")
        }
        return try load(from: directory)
    }
}
