import Foundation

/// A validated, indexed set of payer rule files. Immutable; safe to share across tasks.
///
/// Loading never stops at the first problem: every problem in every file is in ``diagnostics``. By default a rule set
/// with an error in any file is refused as a whole (``load(from:allowingPartial:limits:)`` throws
/// ``PayerKitError/invalidRules(path:payer:skippedFiles:diagnostics:)``), so a service never serves
/// half of a change; a partial load keeps the good files and lists the rest in ``skippedFiles``.
public struct PayerKnowledgeBase: Sendable {
    /// The payers that loaded without errors, sorted by id.
    public let payers: [Payer]
    /// Every problem found, sorted by file, line and column.
    public let diagnostics: [Diagnostic]
    /// The files that were read.
    public let files: [String]
    /// Files that had errors and contributed nothing (only a partial load has any).
    public let skippedFiles: [String]
    /// Which rules these are: content hash, schema version, git revision. Every answer carries it too.
    public let identity: RuleSetIdentity

    private let idsByLookupKey: [String: Int]

    /// Loads every `*.yaml` file in a directory, or one file. Other files in the directory (a README, a schema) are
    /// ignored, as are hidden files such as editor lock files; a near miss like `aetna.yml` gets a warning.
    ///
    /// - Parameter path: a rules directory, or one rule file.
    /// - Parameter allowingPartial: when false (the default), any error in any file throws
    ///   ``PayerKitError/invalidRules(path:payer:skippedFiles:diagnostics:)`` carrying every diagnostic, and nothing is loaded. When true, files with errors are skipped and named in
    ///   ``skippedFiles``; the other files load.
    /// - Parameter limits: bounds on each file's size and shape; a file beyond them is an error.
    /// - Throws: ``PayerKitError/rulesNotFound(path:reason:)`` when there is nothing to read, and
    ///   ``PayerKitError/invalidRules(path:payer:skippedFiles:diagnostics:)`` as said above.
    public static func load(from path: String, allowingPartial: Bool = false, limits: LoadLimits = .default) throws -> PayerKnowledgeBase {
        try loading(path, allowingPartial: allowingPartial, limits: limits)
    }

    /// ``load(from:allowingPartial:limits:)`` with its one error type.
    static func loading(_ path: String, allowingPartial: Bool, limits: LoadLimits) throws(PayerKitError) -> PayerKnowledgeBase {
        let (files, notices) = try ruleFiles(at: path)
        let knowledgeBase = PayerKnowledgeBase(decoding: files, limits: limits, notices: notices)
        guard allowingPartial || knowledgeBase.skippedFiles.isEmpty else {
            throw .invalidRules(path: path, payer: nil, skippedFiles: knowledgeBase.skippedFiles, diagnostics: knowledgeBase.diagnostics)
        }
        return knowledgeBase
    }

    /// Loads only what answering about `payer` needs: the file named after it when there is one (the fast path for
    /// an id), otherwise the whole directory so aliases and names can be matched.
    ///
    /// Either way the ``identity`` (and every answer's ``AuthorizationAnswer/ruleSet``) is the whole directory's: the
    /// fast path decodes one file but hashes the names and bytes of all of them, so asking by id or by alias logs the
    /// same rule set.
    public static func load(
        from path: String, forPayer payer: String, allowingPartial: Bool = false, limits: LoadLimits = .default
    ) throws -> PayerKnowledgeBase {
        var isDirectory: ObjCBool = false
        let fileName = payer.trimmingCharacters(in: .whitespaces).lowercased()
        let candidate = (path as NSString).appendingPathComponent("\(fileName).yaml")
        if !fileName.contains("/"), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            FileManager.default.fileExists(atPath: candidate)
        {
            let identity = RuleSetIdentity(directory: path, limits: limits)
            let knowledgeBase = PayerKnowledgeBase(decoding: [candidate], limits: limits, notices: [], identity: identity)
            if case .found = knowledgeBase.payer(matching: payer) { return knowledgeBase }
            if !knowledgeBase.skippedFiles.isEmpty, !allowingPartial {
                throw PayerKitError.invalidRules(path: path, payer: payer, skippedFiles: knowledgeBase.skippedFiles, diagnostics: knowledgeBase.diagnostics)
            }
        }
        return try load(from: path, allowingPartial: allowingPartial, limits: limits)
    }

    /// Decodes rule files given as paths, skipping files with errors; unreadable files, files that are not regular
    /// files and files beyond `limits` become diagnostics.
    public init(decoding files: [String], limits: LoadLimits = .default) {
        self.init(decoding: files, limits: limits, notices: [])
    }

    /// `identity`, when given, stands for a larger set of files than the ones decoded.
    private init(decoding files: [String], limits: LoadLimits, notices: [Diagnostic], identity: RuleSetIdentity? = nil) {
        var payers: [Payer] = []
        var diagnostics: [Diagnostic] = notices
        var hashed: [(path: String, contentHash: UInt64)] = []
        var keys: [String: Int] = [:]
        for (file, decoded) in zip(files, DecodedFile.decodeAll(files, limits: limits)) {
            if case .refused(let problem) = decoded { diagnostics.append(problem) }
            guard case .decoded(let payer, let found, let contentHash) = decoded else { continue }
            hashed.append((file, contentHash))
            diagnostics += found
            guard let payer else { continue }
            // Ids, names and aliases must find exactly one payer across all files.
            let names = [payer.id, payer.name] + payer.aliases
            let clashes = names.compactMap { name in keys[Self.lookupKey(name)].map { (name: name, owner: payers[$0].id) } }
                .filter { $0.owner != payer.id }
            guard clashes.isEmpty else {
                for (name, owner) in clashes {
                    diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                        "the name '\(name)' already belongs to payer '\(owner)'; names and aliases must be unique across files"))
                }
                continue
            }
            for name in names {
                keys[Self.lookupKey(name)] = payers.count
            }
            payers.append(payer)
        }
        let order = payers.indices.sorted { payers[$0].id < payers[$1].id }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let identity = identity ?? RuleSetIdentity(files: hashed)
        self.identity = identity
        self.payers = order.map {
            var payer = payers[$0]
            payer.ruleSet = identity
            return payer
        }
        let loaded = Set(payers.map(\.file))
        self.skippedFiles = files.filter { !loaded.contains($0) }
        self.idsByLookupKey = keys.mapValues { position[$0]! }
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
        self.files = files
    }

    /// The result of looking a payer up by what someone typed.
    public enum PayerMatch: Sendable {
        /// The payer.
        case found(Payer)
        /// Several payers match a prefix or word (`blue`, `bcbs`); their ids, sorted.
        case ambiguous(candidates: [String])
        /// No payer; the nearest ids, names and aliases, best first.
        case notFound(suggestions: [String])
    }

    /// Finds a payer by id, alias or name, ignoring case, spaces and punctuation; failing that, by the beginning of an
    /// id (`united`, `priority`), else of a name or alias, else by words (`blue cross texas`: each typed word begins a
    /// word of one name). More than one payer at the first of those that finds any is
    /// ``PayerMatch/ambiguous(candidates:)``.
    public func payer(matching text: String) -> PayerMatch {
        let key = Self.lookupKey(text)
        if let index = idsByLookupKey[key] { return .found(payers[index]) }
        let words = Self.words(text)
        if !key.isEmpty, key.count <= 256 {
            // Most telling first: the beginning of an id, then of a name or alias, then words anywhere in one.
            let tiers: [(Payer) -> Bool] = [
                { Self.lookupKey($0.id).hasPrefix(key) },
                { ([$0.name] + $0.aliases).contains { Self.lookupKey($0).hasPrefix(key) } },
                { ([$0.id, $0.name] + $0.aliases).contains { name in words.allSatisfy { word in Self.words(name).contains { $0.hasPrefix(word) } } } },
            ]
            for tier in tiers {
                let matches = payers.filter(tier)
                if matches.count == 1 { return .found(matches[0]) }
                if matches.count > 1 { return .ambiguous(candidates: matches.map(\.id)) }
            }
        }
        let ids = Suggestions.nearest(to: key, in: idsByLookupKey.keys, limit: 5)
            .map { payers[idsByLookupKey[$0]!].id }.uniqued()
        return .notFound(suggestions: ids)
    }

    /// The payer with this id, alias or name, ignoring case, spaces and punctuation, or the only one a prefix or words
    /// find (see ``payer(matching:)``).
    ///
    /// - Throws: ``PayerKitError/unknownPayer(_:suggestions:)`` with the nearest ids when none matches, and
    ///   ``PayerKitError/ambiguousPayer(_:candidates:)`` when several do.
    public func payer(named text: String) throws -> Payer {
        switch payer(matching: text) {
        case .found(let payer): return payer
        case .ambiguous(let candidates): throw PayerKitError.ambiguousPayer(text, candidates: candidates)
        case .notFound(let suggestions): throw PayerKitError.unknownPayer(text, suggestions: suggestions)
        }
    }

    /// "Blue Cross and Blue Shield of Texas" becomes ["blue", "cross", "and", "blue", "shield", "of", "texas"].
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// "BCBS Texas" and "bcbs-texas" both become "bcbstexas".
    static func lookupKey(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The `.yaml` files in a directory (sorted), or the one file named, with a warning for each near miss.
    static func ruleFiles(at path: String) throws(PayerKitError) -> (files: [String], notices: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .rulesNotFound(path: path, reason: .pathDoesNotExist)
        }
        guard isDirectory.boolValue else { return ([path], []) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw .rulesNotFound(path: path, reason: .directoryUnreadable)
        }
        // Hidden names are editor lock and swap files (`.#aetna.yaml`), never rules.
        let visible = names.filter { !$0.hasPrefix(".") }.sorted()
        let files = visible.filter { $0.hasSuffix(".yaml") }.map { (path as NSString).appendingPathComponent($0) }
        let nearMisses = visible.filter { name in
            let lower = name.lowercased()
            return !name.hasSuffix(".yaml") && (lower.hasSuffix(".yaml") || lower.hasSuffix(".yml"))
        }
        guard !files.isEmpty else {
            throw .rulesNotFound(path: path, reason: .noRuleFiles)
        }
        let notices = nearMisses.map { name in
            let file = (path as NSString).appendingPathComponent(name)
            return Diagnostic(.warning, at: SourceLocation(file: file, line: 1, column: 1), "not loaded: rule files are named <payer-id>.yaml (lower-case '.yaml')")
        }
        return (files, notices)
    }
}
