/// Reads one payer file straight from YAML events into a ``Payer``, reporting every schema problem in one pass.
///
/// Entries are read before the file's `last_verified` may have been seen, so an entry without a date of its own
/// carries ``FactKeys/fileDate`` until the whole document is read.
package final class PayerFileDecoder {
    /// The newest schema version this PayerKit reads; it reads version 1 too.
    package static let schemaVersion = 2

    private let reader: YAMLReader
    private let expectedID: String
    private let limits: LoadLimits
    private var programReferences: [Located<String>] = []
    private var vendorReferences: [Located<String>] = []
    private var planReferences: [Located<String>] = []
    /// The file's schema_version; version 1 files count timely filing from the date of service.
    private var version = schemaVersion

    private init(content: [UInt8], file: String, expectedID: String, limits: LoadLimits) {
        reader = YAMLReader(content: content, file: file, limits: limits)
        self.expectedID = expectedID
        self.limits = limits
    }

    /// Decodes `content`; the payer is nil when the file has any error. Content over `limits.maxFileBytes` is refused
    /// unread.
    static func decode(
        _ content: [UInt8], file: String, expectedID: String, limits: LoadLimits = .default
    ) -> (payer: Payer?, diagnostics: [Diagnostic]) {
        if let tooLarge = RuleFile.sizeProblem(content.count, file: file, limits: limits) { return (nil, [tooLarge]) }
        let decoder = PayerFileDecoder(content: content, file: file, expectedID: expectedID, limits: limits)
        var payer: Payer?
        do {
            try decoder.reader.readDocument { () throws(YAMLSyntaxError) in payer = try decoder.readPayer() }
        } catch {
            decoder.reader.error(at: error.location, error.message)
            payer = nil
        }
        let diagnostics = decoder.reader.diagnostics.sorted { $0.location < $1.location }
        return (diagnostics.containsErrors ? nil : payer, diagnostics)
    }

    private var r: YAMLReader { reader }

    private func readPayer() throws(YAMLSyntaxError) -> Payer? {
        var version: Int?
        var id: Located<String>?
        var name: String?
        var aliases: [String] = []
        var linesOfBusiness: Set<LineOfBusiness> = []
        var states: Set<String>?
        var lastVerified: CalendarDate?
        var sources: [String] = []
        var notes: String?
        var ediIDs: [EDIPayerID] = []
        var programs: [(id: Located<String>, entry: Program?)] = []
        var plans: [(id: Located<String>, entry: Plan?)] = []
        var vendors: [(id: Located<String>, entry: Vendor?)] = []
        var contacts: [Contact] = []
        var portals: [Portal] = []
        var rules: [PriorAuthorizationRule] = []
        var unlisted: [UnlistedCodePolicy] = []
        var retro: [RetroAuthorizationPolicy] = []
        var timeframes: [DecisionTimeframe] = []
        var filing: [TimelyFilingLimit] = []
        var appeals: [Appeal] = []
        var corrections: [Correction] = []
        var examples = PayerExamples.none

        let start = try r.mapping("the payer file", Keys.payer) { key throws(YAMLSyntaxError) in
            switch key {
            case .schemaVersion:
                version = try r.scalar("schema_version") { text in
                    guard let number = Int(text), (1...Self.schemaVersion).contains(number) else {
                        return .failure(ScalarError("schema_version '\(text)' is not supported; this PayerKit reads schema_version 1 and \(Self.schemaVersion)"))
                    }
                    return .success(number)
                }?.value
                self.version = version ?? Self.schemaVersion
            case .id: id = try r.identifier("id")
            case .name: name = try r.text("name")
            case .aliases:
                aliases = try r.uniqueValues("aliases") { () throws(YAMLSyntaxError) in try r.scalar("an alias") { .success($0) } }.sorted()
            case .linesOfBusiness: linesOfBusiness = try r.choices("lines_of_business")
            case .states: states = try r.nonEmpty(r.states("states"))
            case .lastVerified: lastVerified = try r.date("last_verified")?.value
            case .sources: sources = try r.values("sources") { () throws(YAMLSyntaxError) in try r.url("a source")?.value }
            case .notes: notes = try r.text("notes")
            case .ediPayerIDs: ediIDs = try entries("edi_payer_ids", readEDIPayerID)
            case .programs: programs = try entries("programs", readProgram)
            case .plans: plans = try entries("plans", readPlan)
            case .vendors: vendors = try entries("vendors", readVendor)
            case .contacts: contacts = try entries("contacts", readContact)
            case .portals: portals = try entries("portals", readPortal)
            case .priorAuthorization: rules = try entries("prior_authorization", readRule)
            case .unlistedCodes: unlisted = try entries("unlisted_codes", readUnlisted)
            case .retroAuthorization: retro = try entries("retro_authorization", readRetro)
            case .decisionTimeframes: timeframes = try entries("decision_timeframes", readTimeframe)
            case .timelyFiling: filing = try entries("timely_filing", readTimelyFiling)
            case .appeals: appeals = try entries("appeals", readAppeal)
            case .corrections: corrections = try entries("corrections", readCorrection)
            case .examples: examples = try r.examples("examples") ?? .none
            }
        }
        guard start != nil else { return nil }

        if let id, id.value != expectedID {
            r.error(at: id.location, "id '\(id.value)' must match the file name '\(expectedID).yaml'")
        }
        checkReferences(programReferences, declared: programs.map(\.id), kind: "program", listKey: "programs")
        checkReferences(vendorReferences, declared: vendors.map(\.id), kind: "vendor", listKey: "vendors")
        checkReferences(planReferences, declared: plans.map(\.id), kind: "plan", listKey: "plans")

        guard version != nil, let id, let name, !linesOfBusiness.isEmpty, let lastVerified, !sources.isEmpty else { return nil }
        /// `entries`, giving the file's date to those without their own.
        func dated<T: DatedEntry>(_ entries: [T]) -> [T] {
            entries.map { entry in
                var entry = entry
                if entry.provenance.lastVerified == FactKeys.fileDate { entry.provenance.lastVerified = lastVerified }
                return entry
            }
        }
        let builtRules = dated(rules)
        let ranges = builtRules.indices.flatMap { rule in builtRules[rule].codes.map { (range: $0, rule: rule) } }
        let overlaps = CodeOverlaps.count(ranges.map(\.range))
        guard overlaps <= limits.maxCodeOverlaps else {
            r.error(
                at: builtRules.first?.provenance.location ?? SourceLocation(file: r.file, line: 1, column: 1),
                "rules list the same codes too often to check: \(overlaps) overlapping rule pairs (counted per stretch of codes), more than the \(limits.maxCodeOverlaps) allowed (LoadLimits.maxCodeOverlaps); merge rules that share codes or split the file")
            return nil
        }
        let index = CodeIndex(ranges: ranges)
        return Payer(Payer.Fields(
            id: id.value, name: name, aliases: aliases, linesOfBusiness: linesOfBusiness, states: states,
            lastVerified: lastVerified, sources: sources, notes: notes, ediPayerIDs: dated(ediIDs),
            programs: dated(programs.compactMap(\.entry)), plans: dated(plans.compactMap(\.entry)),
            vendors: dated(vendors.compactMap(\.entry)), contacts: dated(contacts),
            portals: dated(portals), rules: builtRules, unlistedCodePolicies: dated(unlisted), retroPolicies: dated(retro),
            decisionTimeframes: dated(timeframes), timelyFilingLimits: dated(filing), appeals: dated(appeals),
            corrections: dated(corrections), examples: examples, file: r.file, codeIndex: index,
            pairingIndex: CodeIndex(ranges: builtRules.indices.flatMap { rule in builtRules[rule].billedWith.map { (range: $0, rule: rule) } })
        )).validated(by: r)
    }

    /// Reads a list of entries with `read`, dropping entries that were not mappings.
    private func entries<T>(_ what: String, _ read: (String) throws(YAMLSyntaxError) -> T?) throws(YAMLSyntaxError) -> [T] {
        let label = "an entry of \(what)"
        return try r.values(what) { () throws(YAMLSyntaxError) in try read(label) }
    }

    /// Reads an entry mapping: its own keys with `read`, the fact keys and (when the key set has them) the scope keys.
    /// Returns the keys it set, where it starts, its scope, notes and provenance (nil when the entry has no source, an
    /// error already); nil when the entry is not a mapping.
    private func entry<Own: Sendable>(
        _ what: String, _ keySet: KeySet<EntryKey<Own>>, _ read: (Own) throws(YAMLSyntaxError) -> Void
    ) throws(YAMLSyntaxError) -> (keys: MappingKeys, location: SourceLocation, scope: Scope, notes: String?, provenance: Provenance?)? {
        var facts = FactKeys()
        var scope = ScopeKeys()
        guard let (location, keys) = try r.mapping(what, keySet, { key throws(YAMLSyntaxError) in
            switch key {
            case .own(let own): try read(own)
            case .fact(let fact): try facts.read(fact, r)
            case .scope(let key): try scope.read(key, r)
            }
        }) else { return nil }
        if let reference = scope.programReference { programReferences.append(reference) }
        planReferences += scope.planReferences
        return (keys, location, scope.scope, facts.notes, facts.provenance(at: location))
    }

    /// Every key each kind of entry takes, and the keys it requires (in the order missing ones are reported).
    private enum Keys {
        static let payer = KeySet(PayerKey.self)
        static let ediPayerID = KeySet(entry: .ediPayerID, EDIPayerIDKey.self)
        static let program = KeySet(entry: .program, ProgramKey.self)
        static let vendor = KeySet(entry: .vendor, VendorKey.self)
        static let plan = KeySet(entry: .plan, PlanKey.self)
        static let contact = KeySet(entry: .contact, ContactKey.self)
        static let portal = KeySet(entry: .portal, PortalKey.self)
        static let rule = KeySet(entry: .rule, RuleKey.self)
        static let unlisted = KeySet(entry: .unlistedCodes, UnlistedKey.self)
        static let retro = KeySet(entry: .retroPolicy, RetroKey.self)
        static let timeframe = KeySet(entry: .decisionTimeframe, TimeframeKey.self)
        static let timelyFiling = KeySet(entry: .timelyFilingLimit, TimelyFilingKey.self)
        static let appeal = KeySet(entry: .appeal, AppealKey.self)
        static let correction = KeySet(entry: .correction, CorrectionKey.self)
    }

    private func checkReferences(_ references: [Located<String>], declared: [Located<String>], kind: String, listKey: String) {
        var seen: [String: YAMLMark] = [:]
        for (previous, id) in zip([nil] + declared.map(Optional.some), declared) {
            if let first = seen[id.value] {
                r.error(at: id.location, "\(kind) id '\(id.value)' is declared twice; first at \(first.lineAndColumn)")
            } else if let previous, id.value < previous.value {
                r.warning(at: id.location, "\(kind) '\(id.value)' should come before '\(previous.value)' (\(previous.location.lineAndColumn)); keep '\(listKey)' sorted by id so diffs stay small")
            }
            seen[id.value] = seen[id.value] ?? id.location
        }
        for reference in references where seen[reference.value] == nil {
            if r.isFull { break }  // Past the diagnostics limit, suggestions for unseen errors are wasted work.
            let hint = Suggestions.nearest(to: reference.value, in: seen.keys, limit: 1).first.map { " (did you mean '\($0)'?)" } ?? ""
            r.error(at: reference.location, "\(kind) '\(reference.value)' is not declared under '\(listKey)'\(hint)")
        }
    }

    private func vendorReference() throws(YAMLSyntaxError) -> String? {
        guard let reference = try r.identifier("vendor") else { return nil }
        vendorReferences.append(reference)
        return reference.value
    }

    // MARK: Entries

    private func readEDIPayerID(_ what: String) throws(YAMLSyntaxError) -> EDIPayerID? {
        var id: String?
        var lines: Set<LineOfBusiness>?
        guard let read = try entry(what, Keys.ediPayerID, { key throws(YAMLSyntaxError) in
            switch key {
            case .id: id = try r.text("id")
            case .linesOfBusiness: lines = try r.nonEmpty(r.choices("lines_of_business"))
            }
        }), let id, let provenance = read.provenance else { return nil }
        return EDIPayerID(id: id, linesOfBusiness: lines, provenance: provenance, notes: read.notes)
    }

    /// A program's id declares it even when the entry has errors, so references to it are not reported too.
    private func readProgram(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Program?)? {
        var id: Located<String>?
        var name: String?
        guard let read = try entry(what, Keys.program, { key throws(YAMLSyntaxError) in
            switch key {
            case .id: id = try r.identifier("id")
            case .name: name = try r.text("name")
            }
        }), let id else { return nil }
        guard let name, let provenance = read.provenance else { return (id, nil) }
        return (id, Program(id: id.value, name: name, provenance: provenance, notes: read.notes))
    }

    /// Like programs, a vendor's id declares it even when the entry has errors.
    private func readVendor(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Vendor?)? {
        var id: Located<String>?
        var name: String?
        var programs: [String] = []
        var url: String?
        guard let read = try entry(what, Keys.vendor, { key throws(YAMLSyntaxError) in
            switch key {
            case .id: id = try r.identifier("id")
            case .name: name = try r.text("name")
            case .programs: programs = try r.values("programs") { () throws(YAMLSyntaxError) in try r.text("a program") }
            case .url: url = try r.url("url")?.value
            }
        }), let id else { return nil }
        guard let name, let provenance = read.provenance else { return (id, nil) }
        return (id, Vendor(id: id.value, name: name, programs: programs, url: url, provenance: provenance, notes: read.notes))
    }

    private func readContact(_ what: String) throws(YAMLSyntaxError) -> Contact? {
        var purpose: ContactPurpose?
        var name: String?
        var vendor: String?
        var phone: String?
        var fax: String?
        var hours: String?
        guard let read = try entry(what, Keys.contact, { key throws(YAMLSyntaxError) in
            switch key {
            case .purpose: purpose = try r.choice("contact purpose")
            case .name: name = try r.text("name")
            case .vendor: vendor = try vendorReference()
            case .phone: phone = try r.phone("phone")
            case .fax: fax = try r.phone("fax")
            case .hours: hours = try r.text("hours")
            }
        }) else { return nil }
        if read.keys.isDisjoint(with: ["phone", "fax"]) {
            r.error(at: read.location, "a contact needs a phone or a fax")
        }
        guard let purpose, let provenance = read.provenance else { return nil }
        return Contact(
            purpose: purpose, name: name, vendorID: vendor, phone: phone, fax: fax, hours: hours,
            scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readPortal(_ what: String) throws(YAMLSyntaxError) -> Portal? {
        var name: String?
        var url: String?
        var uses: Set<PortalUse> = []
        guard let read = try entry(what, Keys.portal, { key throws(YAMLSyntaxError) in
            switch key {
            case .name: name = try r.text("name")
            case .url: url = try r.url("url")?.value
            case .uses: uses = try r.choices("portal use")
            }
        }), let name, let url, !uses.isEmpty, let provenance = read.provenance else { return nil }
        return Portal(name: name, url: url, uses: uses, provenance: provenance, notes: read.notes)
    }

    private func readRule(_ what: String) throws(YAMLSyntaxError) -> PriorAuthorizationRule? {
        var category: String?
        var codes: [CodeRange] = []
        var requirement: Located<Requirement>?
        var condition: Located<String>?
        var billedWith: [CodeRange] = []
        var vendor: String?
        var howToSubmit: String?
        var documentation: [String] = []
        var validFor: TimeLimit?
        guard let read = try entry(what, Keys.rule, { key throws(YAMLSyntaxError) in
            switch key {
            case .category: category = try r.text("category")
            case .codes: codes = try r.codeRanges("codes")
            case .requirement:
                requirement = try r.scalarBytes("requirement") { scalar in
                    for value in Requirement.allCases where scalar.equals(value.rawValue) { return .success(value) }
                    return .failure(ScalarError("'\(scalar.text)' is not a valid requirement; expected one of: required, not-required, conditional"))
                }
            case .condition: condition = try r.scalar("condition") { .success($0) }
            case .billedWith: billedWith = try r.codeRanges("billed_with")
            case .vendor: vendor = try vendorReference()
            case .howToSubmit: howToSubmit = try r.text("how_to_submit")
            case .documentation:
                documentation = try r.values("documentation") { () throws(YAMLSyntaxError) in try r.text("a documentation item") }
            case .decisionValidFor: validFor = try r.timeLimit(key)
            }
        }) else { return nil }
        if let requirement {
            if requirement.value == .conditional, condition == nil, billedWith.isEmpty {
                r.error(at: requirement.location, "a conditional rule must state its 'condition' (or 'billed_with')")
            }
            if requirement.value != .conditional, let condition {
                r.error(at: condition.location, "'condition' goes with requirement: conditional, not \(requirement.value.rawValue)")
            }
        }
        guard let category, !codes.isEmpty, let requirement, let provenance = read.provenance else { return nil }
        return PriorAuthorizationRule(
            category: category, codes: codes, requirement: requirement.value, condition: condition?.value,
            billedWith: billedWith, vendorID: vendor, howToSubmit: howToSubmit, documentation: documentation,
            decisionValidFor: validFor, scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readUnlisted(_ what: String) throws(YAMLSyntaxError) -> UnlistedCodePolicy? {
        var meaning: Located<UnlistedCodePolicy.Meaning>?
        var quote: String?
        guard let read = try entry(what, Keys.unlisted, { key throws(YAMLSyntaxError) in
            switch key {
            case .meaning: meaning = try r.scalarBytes("meaning") { YAMLReader.enumeration($0, "meaning") }
            case .quote: quote = try r.text("quote")
            }
        }), let meaning, let provenance = read.provenance else { return nil }
        if meaning.value == .notRequired, quote == nil {
            r.error(at: meaning.location, "meaning: not-required claims the payer's list is exhaustive; add 'quote' with the payer's own sentence that says so (or use meaning: unknown)")
            return nil
        }
        return UnlistedCodePolicy(meaning: meaning.value, quote: quote, scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readRetro(_ what: String) throws(YAMLSyntaxError) -> RetroAuthorizationPolicy? {
        var accepted: Bool?
        var window: TimeLimit?
        var anchor: Anchor?
        var conditions: [String] = []
        var afterWindow: RetroAuthorizationPolicy.AfterWindow?
        var decisionTime: TimeLimit?
        var policy: String?
        guard let read = try entry(what, Keys.retro, { key throws(YAMLSyntaxError) in
            switch key {
            case .accepted: accepted = try r.bool("accepted")
            case .window: window = try r.timeLimit(key)
            case .anchor: anchor = try readAnchor()
            case .conditions: conditions = try r.values("conditions") { () throws(YAMLSyntaxError) in try r.text("a condition") }
            case .afterWindow: afterWindow = try r.choice("after_window")
            case .decisionTime: decisionTime = try r.timeLimit(key)
            case .policy: policy = try r.text("policy")
            }
        }) else { return nil }
        if accepted == false, !read.keys.isDisjoint(with: ["window", "anchor", "after_window"]) {
            r.error(at: read.location, "a policy with accepted: false cannot have a window, anchor or after_window")
        }
        if read.keys.contains("window") != read.keys.contains("anchor") {
            r.error(at: read.location, "'window' and 'anchor' go together: a window is counted from an anchor date")
        }
        guard let accepted, let policy, let provenance = read.provenance else { return nil }
        return RetroAuthorizationPolicy(
            accepted: accepted, window: window, anchor: anchor, conditions: conditions, afterWindow: afterWindow,
            decisionTime: decisionTime, policy: policy, scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readTimeframe(_ what: String) throws(YAMLSyntaxError) -> DecisionTimeframe? {
        var standard: TimeLimit?
        var expedited: TimeLimit?
        guard let read = try entry(what, Keys.timeframe, { key throws(YAMLSyntaxError) in
            switch key {
            case .standard: standard = try r.timeLimit(key)
            case .expedited: expedited = try r.timeLimit(key)
            }
        }) else { return nil }
        if read.keys.isDisjoint(with: ["standard", "expedited"]) {
            r.error(at: read.location, "a decision timeframe needs 'standard' or 'expedited'")
        }
        guard let provenance = read.provenance else { return nil }
        return DecisionTimeframe(standard: standard, expedited: expedited, scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readTimelyFiling(_ what: String) throws(YAMLSyntaxError) -> TimelyFilingLimit? {
        var limit: TimeLimit?
        var anchor: Anchor?
        guard let read = try entry(what, Keys.timelyFiling, { key throws(YAMLSyntaxError) in
            switch key {
            case .limit: limit = try r.timeLimit(key)
            case .anchor: anchor = try readAnchor()
            }
        }) else { return nil }
        if version >= 2, !read.keys.contains("anchor") {
            r.error(at: read.location, "a timely_filing entry needs 'anchor' (what the limit counts from, usually date-of-service)")
        }
        guard let limit, let provenance = read.provenance else { return nil }
        return TimelyFilingLimit(
            limit: limit, anchor: anchor ?? .dateOfService, scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readPlan(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Plan?)? {
        var id: Located<String>?
        var name: String?
        var aliases: [String] = []
        guard let read = try entry(what, Keys.plan, { key throws(YAMLSyntaxError) in
            switch key {
            case .id: id = try r.identifier("id")
            case .name: name = try r.text("name")
            case .aliases: aliases = try r.values("aliases") { () throws(YAMLSyntaxError) in try r.text("an alias") }
            }
        }), let id else { return nil }
        guard let name, let provenance = read.provenance else { return (id, nil) }
        return (id, Plan(id: id.value, name: name, aliases: aliases, provenance: provenance, notes: read.notes))
    }

    private func readAppeal(_ what: String) throws(YAMLSyntaxError) -> Appeal? {
        var level: String?
        var window: TimeLimit?
        var anchor: Anchor?
        var presumedReceipt: TimeLimit?
        var howToFile: String?
        var conditions: [String] = []
        var decisionTime: TimeLimit?
        guard let read = try entry(what, Keys.appeal, { key throws(YAMLSyntaxError) in
            switch key {
            case .level: level = try r.text("level")
            case .window: window = try r.timeLimit(key)
            case .anchor: anchor = try readAnchor()
            case .presumedReceipt: presumedReceipt = try r.timeLimit(key)
            case .howToFile: howToFile = try r.text("how_to_file")
            case .conditions: conditions = try r.values("conditions") { () throws(YAMLSyntaxError) in try r.text("a condition") }
            case .decisionTime: decisionTime = try r.timeLimit(key)
            }
        }) else { return nil }
        if read.keys.contains("window") != read.keys.contains("anchor") {
            r.error(at: read.location, "'window' and 'anchor' go together: an appeal window is counted from an anchor date")
        }
        if read.keys.contains("presumed_receipt"), anchor != .initialDeterminationReceipt {
            r.error(at: read.location, "'presumed_receipt' goes with anchor: initial-determination-receipt")
        }
        guard let level, let provenance = read.provenance else { return nil }
        return Appeal(
            level: level, window: window, anchor: anchor, presumedReceipt: presumedReceipt, howToFile: howToFile,
            conditions: conditions, decisionTime: decisionTime, scope: read.scope, provenance: provenance, notes: read.notes)
    }

    private func readCorrection(_ what: String) throws(YAMLSyntaxError) -> Correction? {
        var codes: [CodeRange] = []
        var subject: String?
        var note: String?
        guard let read = try entry(what, Keys.correction, { key throws(YAMLSyntaxError) in
            switch key {
            case .codes: codes = try r.codeRanges("codes")
            case .subject: subject = try r.text("subject")
            case .note: note = try r.text("note")
            }
        }) else { return nil }
        if codes.isEmpty, subject == nil {
            r.error(at: read.location, "a correction names what was corrected: 'codes' or 'subject'")
        }
        guard let note, let provenance = read.provenance else { return nil }
        return Correction(codes: codes, subject: subject, note: note, provenance: provenance)
    }

    /// An anchor date; version 1's `remittance` reads as ``Anchor/denialNotice``.
    private func readAnchor() throws(YAMLSyntaxError) -> Anchor? {
        try r.scalarBytes("anchor") { scalar in
            scalar.equals("remittance") ? .success(Anchor.denialNotice) : YAMLReader.enumeration(scalar, "anchor")
        }?.value
    }
}
