import Foundation

extension PayerKnowledgeBase {
    /// The names SwiftPM gives PayerKit's resource bundle (Linux and Windows, then Apple platforms).
    static let bundleNames = ["PayerKit_PayerKit.resources", "PayerKit_PayerKit.bundle"]

    /// The PayerRules directory that ships inside PayerKit as a SwiftPM resource, or nil when the resource bundle was
    /// not deployed beside the executable.
    ///
    /// SwiftPM's generated `Bundle.module` stops the process when the bundle is missing (and first tries the build
    /// folder of the machine that built it); this looks only beside the running executable and returns nil instead.
    public static var bundledRulesDirectory: String? {
        bundledRulesDirectory(searching: bundleSearchRoots)
    }

    /// Loads the PayerRules bundled with this version of PayerKit (all or nothing).
    ///
    /// - Throws: ``PayerKitError/bundledRulesMissing(searched:)`` when the resource bundle is not beside the
    ///   executable (copy `PayerKit_PayerKit.resources` along with it, or load a directory), and the errors of
    ///   ``load(from:allowingPartial:limits:)``.
    public static func loadBundled(limits: LoadLimits = .default) throws -> PayerKnowledgeBase {
        try load(from: bundledRules(searching: bundleSearchRoots), limits: limits)
    }

    /// Where the resource bundle may be: beside the executable, in its resources folder, in the main bundle.
    static var bundleSearchRoots: [URL] {
        [Bundle.main.bundleURL, Bundle.main.resourceURL, Bundle.main.executableURL?.deletingLastPathComponent()].compactMap { $0 }.uniqued()
    }

    /// The bundled PayerRules directory under one of `roots`, or nil.
    static func bundledRulesDirectory(searching roots: [URL]) -> String? {
        for root in roots {
            for name in bundleNames {
                if let bundle = Bundle(path: root.appendingPathComponent(name).path),
                    let rules = bundle.url(forResource: "PayerRules", withExtension: nil)
                {
                    return rules.path
                }
            }
        }
        return nil
    }

    /// The bundled PayerRules directory under one of `roots`; the error names every place looked in.
    static func bundledRules(searching roots: [URL]) throws(PayerKitError) -> String {
        guard let directory = bundledRulesDirectory(searching: roots) else {
            throw .bundledRulesMissing(searched: roots.flatMap { root in bundleNames.map { root.appendingPathComponent($0).path } })
        }
        return directory
    }
}
