/// Bounds on what reading one rule file may cost, so that a hostile or broken file ends in a diagnostic instead of
/// using up time or memory.
///
/// Every limit is checked while reading, before the work it guards is done: a file over ``maxFileBytes`` is refused
/// before it is read into memory, and nesting, node count and value length are checked as libyaml streams its events.
/// The defaults sit far above what real rule files need (the largest shipped file, `medicare-ffs.yaml`, is under
/// 200 KB); a service that loads files from less trusted hands can tighten them:
///
/// ```swift
/// let limits = LoadLimits(maxFileBytes: 1 << 20, maxNodes: 50_000)
/// let rules = try PayerKnowledgeBase.load(from: "PayerRules", limits: limits)
/// ```
public struct LoadLimits: Sendable, Hashable {
    /// The largest rule file read, in bytes. Default 8 MiB.
    public var maxFileBytes: Int
    /// The deepest nesting of mappings and lists. Default 32.
    public var maxDepth: Int
    /// The most YAML nodes (values, mappings and lists) in one file. Default 500,000.
    public var maxNodes: Int
    /// The longest single value, in bytes of UTF-8. Default 64 KiB.
    public var maxValueBytes: Int
    /// The most diagnostics kept for one file; reading the file stops after that many. Default 200.
    public var maxDiagnosticsPerFile: Int
    /// The most code overlaps between rules in one file: cutting the code line at every code and range boundary in
    /// the file, each stretch of codes counts one for every pair of rules that lists it. The code index and the check
    /// for contradicting rules grow with this number, which for many rules listing the same codes grows with the
    /// square of their count, as does answering a query about a code that hundreds of rules list. Default 100,000
    /// (about 450 rules listing one code).
    public var maxCodeOverlaps: Int
    /// The most rule checks a file's `examples` may cost when they are run at load time: an authorization example
    /// counts the rules listing its code, a retro example every retro policy in the file. Default 10,000.
    public var maxExampleChecks: Int

    /// The default limits.
    public static let `default` = LoadLimits()

    /// Creates limits; each argument left out keeps its default.
    public init(
        maxFileBytes: Int = 8 << 20,
        maxDepth: Int = 32,
        maxNodes: Int = 500_000,
        maxValueBytes: Int = 64 << 10,
        maxDiagnosticsPerFile: Int = 200,
        maxCodeOverlaps: Int = 100_000,
        maxExampleChecks: Int = 10_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxValueBytes = maxValueBytes
        self.maxDiagnosticsPerFile = maxDiagnosticsPerFile
        self.maxCodeOverlaps = maxCodeOverlaps
        self.maxExampleChecks = maxExampleChecks
    }
}
