import PayerKit

/// What `payer lint` found in rule files: counts and every diagnostic, sorted by file, line and column.
/// `Codable` as `{files, payers, errors, warnings, diagnostics: [{file, line, column, severity, message}]}`.
public struct LintReport: Sendable, Hashable, Codable {
    /// The number of rule files read.
    public var files: Int
    /// The number of payers that loaded.
    public var payers: Int
    /// The number of error diagnostics.
    public var errors: Int
    /// The number of warning diagnostics.
    public var warnings: Int
    /// Every problem, sorted by location.
    public var diagnostics: [Diagnostic]

    /// Lints rule files and directories (every file is read, files with errors included) and, on top of what loading
    /// checks, warns about facts last verified more than `staleAfterDays` days before `asOf`.
    ///
    /// - Throws: ``PayerKitError/rulesNotFound(path:reason:)`` when a path holds no rule files.
    public init(linting paths: [String], asOf: CalendarDate, staleAfterDays: Int, limits: LoadLimits = .default) throws {
        var diagnostics: [Diagnostic] = []
        var files = 0
        var payers = 0
        for path in paths {
            let knowledgeBase = try PayerKnowledgeBase.load(from: path, allowingPartial: true, limits: limits)
            diagnostics += knowledgeBase.diagnostics
            diagnostics += knowledgeBase.files.flatMap(RuleFileLint.diagnostics(forFile:))
            diagnostics += knowledgeBase.payers.flatMap { $0.stalenessWarnings(asOf: asOf, maximumAgeInDays: staleAfterDays) }
            files += knowledgeBase.files.count
            payers += knowledgeBase.payers.count
        }
        self.init(files: files, payers: payers, diagnostics: diagnostics)
    }

    /// A report of `diagnostics` found in `files` files, `payers` of which loaded.
    public init(files: Int, payers: Int, diagnostics: [Diagnostic]) {
        self.files = files
        self.payers = payers
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.count - errors
    }
}
