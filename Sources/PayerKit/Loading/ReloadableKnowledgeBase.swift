import Foundation

/// A knowledge base a long-running service can reload while it answers queries.
///
/// A reload reads the new rule set beside the one in service and swaps only when every file loaded without errors; a
/// failed reload keeps the last good rule set serving and says why. Queries never wait for a reload to parse, and a
/// query sees one rule set from start to end: take ``current`` once per request.
///
/// It serves any rules directory, or the rules bundled with PayerKit (``init(loadingBundledWith:)``): a service that
/// ships its rules inside its own release reloads them from the bundle, and can switch to a directory at any time
/// with ``reload(from:)``.
public final class ReloadableKnowledgeBase: @unchecked Sendable {
    /// What a reload did.
    public enum ReloadOutcome: Sendable {
        /// The new rule set is in service.
        case replaced(previous: RuleSetIdentity, current: RuleSetIdentity)
        /// The files are byte-for-byte what is in service; nothing changed.
        case unchanged(RuleSetIdentity)
        /// The new rule set had errors; the last good one keeps serving.
        case kept(RuleSetIdentity, because: PayerKitError)
    }

    // `lock` guards only the swap of `knowledgeBase`; `reloading` guards `directory` and makes reloads take turns so
    // an older read can never replace a newer one.
    private let lock = NSLock()
    private let reloading = NSLock()
    private var knowledgeBase: PayerKnowledgeBase
    private var directory: String
    private let limits: LoadLimits

    /// Loads `directory` (all or nothing) and serves it; every reload reads within the same `limits`.
    ///
    /// - Throws: the ``PayerKitError`` of ``PayerKnowledgeBase/load(from:allowingPartial:limits:)``.
    public init(loading directory: String, limits: LoadLimits = .default) throws {
        self.knowledgeBase = try PayerKnowledgeBase.load(from: directory, limits: limits)
        self.directory = directory
        self.limits = limits
    }

    /// Loads the PayerRules bundled with PayerKit (all or nothing) and serves them; ``reload(from:)`` without a
    /// directory reads the bundle again.
    ///
    /// - Throws: ``PayerKitError/bundledRulesMissing(searched:)`` when the resource bundle is not beside the
    ///   executable, and the errors of ``PayerKnowledgeBase/load(from:allowingPartial:limits:)``.
    public convenience init(loadingBundledWith limits: LoadLimits = .default) throws {
        try self.init(loading: PayerKnowledgeBase.bundledRules(searching: PayerKnowledgeBase.bundleSearchRoots), limits: limits)
    }

    /// The directory the rules in service came from (and ``reload(from:)`` reads by default).
    public var rulesDirectory: String {
        reloading.withLock { directory }
    }

    /// The rule set in service.
    public var current: PayerKnowledgeBase {
        lock.withLock { knowledgeBase }
    }

    /// Reads the directory again, or `directory` from now on, and swaps the result in if it loaded without errors.
    @discardableResult
    public func reload(from directory: String? = nil) -> ReloadOutcome {
        reloading.withLock {
            let previous = current.identity
            let path = directory ?? self.directory
            let limits = self.limits
            switch Result(catching: { () throws(PayerKitError) in try PayerKnowledgeBase.loading(path, allowingPartial: false, limits: limits) }) {
            case .failure(let error):
                return .kept(previous, because: error)
            case .success(let candidate) where candidate.identity == previous:
                return .unchanged(previous)
            case .success(let candidate):
                lock.withLock { knowledgeBase = candidate }
                self.directory = path
                return .replaced(previous: previous, current: candidate.identity)
            }
        }
    }
}
