/// Reads one payer file straight from YAML events into a ``Payer``, reporting every schema problem in one pass.
///
/// Entries are read before the file's `last_verified` may have been seen, so each entry is kept as a pending builder
/// that receives the file date once the whole document is read.
final class PayerFileDecoder {
    /// The schema version this PayerKit reads.
    static let schemaVersion = 1

    private typealias Pending<T> = (CalendarDate) -> T?

    private let reader: YAMLReader
    private let expectedID: String
    private let limits: LoadLimits
    private var programReferences: [Located<String>] = []
    private var vendorReferences: [Located<String>] = []

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
        var ediIDs: [Pending<EDIPayerID>] = []
        var programs: [(Located<String>, Pending<Program>)] = []
        var vendors: [(Located<String>, Pending<Vendor>)] = []
        var contacts: [Pending<Contact>] = []
        var portals: [Pending<Portal>] = []
        var rules: [Pending<PriorAuthorizationRule>] = []
        var unlisted: [Pending<UnlistedCodePolicy>] = []
        var retro: [Pending<RetroAuthorizationPolicy>] = []
        var timeframes: [Pending<DecisionTimeframe>] = []
        var filing: [Pending<TimelyFilingLimit>] = []
        var examples = PayerExamples.none

        let start = try r.mapping(
            "the payer file",
            required: ["schema_version", "id", "name", "lines_of_business", "last_verified", "sources"],
            [
                "schema_version": { () throws(YAMLSyntaxError) in
                    version = try self.r.scalar("schema_version") { text in
                        text == "\(Self.schemaVersion)"
                            ? .success(Self.schemaVersion)
                            : .failure(ScalarError("schema_version '\(text)' is not supported; this PayerKit reads schema_version \(Self.schemaVersion)"))
                    }?.value
                },
                "id": { () throws(YAMLSyntaxError) in id = try self.r.identifier("id") },
                "name": { () throws(YAMLSyntaxError) in name = try self.r.text("name") },
                "aliases": { () throws(YAMLSyntaxError) in
                    aliases = try self.r.uniqueValues("aliases") { () throws(YAMLSyntaxError) in try self.r.scalar("an alias") { .success($0) } }.sorted()
                },
                "lines_of_business": { () throws(YAMLSyntaxError) in linesOfBusiness = try self.r.choices("lines_of_business") },
                "states": { () throws(YAMLSyntaxError) in states = try self.r.nonEmpty(self.r.states("states")) },
                "last_verified": { () throws(YAMLSyntaxError) in lastVerified = try self.r.date("last_verified")?.value },
                "sources": { () throws(YAMLSyntaxError) in
                    sources = try self.r.values("sources") { () throws(YAMLSyntaxError) in try self.r.url("a source")?.value }
                },
                "notes": { () throws(YAMLSyntaxError) in notes = try self.r.text("notes") },
                "edi_payer_ids": { () throws(YAMLSyntaxError) in ediIDs = try self.entries("edi_payer_ids", self.readEDIPayerID) },
                "programs": { () throws(YAMLSyntaxError) in programs = try self.entries("programs", self.readProgram) },
                "vendors": { () throws(YAMLSyntaxError) in vendors = try self.entries("vendors", self.readVendor) },
                "contacts": { () throws(YAMLSyntaxError) in contacts = try self.entries("contacts", self.readContact) },
                "portals": { () throws(YAMLSyntaxError) in portals = try self.entries("portals", self.readPortal) },
                "prior_authorization": { () throws(YAMLSyntaxError) in rules = try self.entries("prior_authorization", self.readRule) },
                "unlisted_codes": { () throws(YAMLSyntaxError) in unlisted = try self.entries("unlisted_codes", self.readUnlisted) },
                "retro_authorization": { () throws(YAMLSyntaxError) in retro = try self.entries("retro_authorization", self.readRetro) },
                "decision_timeframes": { () throws(YAMLSyntaxError) in timeframes = try self.entries("decision_timeframes", self.readTimeframe) },
                "timely_filing": { () throws(YAMLSyntaxError) in filing = try self.entries("timely_filing", self.readTimelyFiling) },
                "examples": { () throws(YAMLSyntaxError) in examples = try self.r.examples("examples") ?? .none },
            ])
        guard start != nil else { return nil }

        if let id, id.value != expectedID {
            r.error(at: id.location, "id '\(id.value)' must match the file name '\(expectedID).yaml'")
        }
        checkReferences(programReferences, declared: programs.map(\.0), kind: "program", listKey: "programs")
        checkReferences(vendorReferences, declared: vendors.map(\.0), kind: "vendor", listKey: "vendors")

        guard version != nil, let id, let name, !linesOfBusiness.isEmpty, let lastVerified, !sources.isEmpty else { return nil }
        func build<T>(_ pending: [Pending<T>]) -> [T] {
            // Sized up front: a payer's arrays are kept for as long as the rules are loaded.
            var built: [T] = []
            built.reserveCapacity(pending.count)
            for entry in pending {
                if let value = entry(lastVerified) { built.append(value) }
            }
            return built
        }
        let builtRules = build(rules)
        let overlaps = CodeOverlaps.count(builtRules.flatMap(\.codes))
        guard overlaps <= limits.maxCodeOverlaps else {
            r.error(
                at: builtRules.first?.provenance.location ?? SourceLocation(file: r.file, line: 1, column: 1),
                "rules list the same codes too often to check: \(overlaps) overlapping rule pairs (counted per stretch of codes), more than the \(limits.maxCodeOverlaps) allowed (LoadLimits.maxCodeOverlaps); merge rules that share codes or split the file")
            return nil
        }
        let index = CodeIndex(ranges: builtRules.enumerated().flatMap { rule in rule.element.codes.map { ($0, rule.offset) } })
        return Payer(
            id: id.value, name: name, aliases: aliases, linesOfBusiness: linesOfBusiness, states: states,
            lastVerified: lastVerified, sources: sources, notes: notes, ediPayerIDs: build(ediIDs),
            programs: build(programs.map(\.1)), vendors: build(vendors.map(\.1)), contacts: build(contacts),
            portals: build(portals), rules: builtRules, unlistedCodePolicies: build(unlisted), retroPolicies: build(retro),
            decisionTimeframes: build(timeframes), timelyFilingLimits: build(filing), examples: examples, file: r.file, codeIndex: index
        ).preparedForQueries().validated(by: r)
    }

    /// Reads a list of entries with `read`, dropping entries that were not mappings.
    private func entries<T>(_ what: String, _ read: (String) throws(YAMLSyntaxError) -> T?) throws(YAMLSyntaxError) -> [T] {
        let label = "an entry of \(what)"
        return try r.values(what) { () throws(YAMLSyntaxError) in try read(label) }
    }

    /// Reads an entry mapping with its own keys (read by `read`, which returns false for a key that is not its own)
    /// plus the fact keys. `known` lists every key the entry takes, `required` those it needs.
    private func entry(
        _ what: String, required: [String], known: [String], facts: inout FactKeys, _ read: (String) throws(YAMLSyntaxError) -> Bool
    ) throws(YAMLSyntaxError) -> (location: SourceLocation, keys: MappingKeys)? {
        try r.mapping(what, required: required, known: known) { key throws(YAMLSyntaxError) in
            if try read(key) { return true }
            return try facts.read(key, r)
        }
    }

    /// ``entry(_:required:known:facts:_:)`` with the scope keys too.
    private func entry(
        _ what: String, required: [String], known: [String], facts: inout FactKeys, scope: inout ScopeKeys,
        _ read: (String) throws(YAMLSyntaxError) -> Bool
    ) throws(YAMLSyntaxError) -> (location: SourceLocation, keys: MappingKeys)? {
        let result = try entry(what, required: required, known: known, facts: &facts) { key throws(YAMLSyntaxError) in
            if try read(key) { return true }
            return try scope.read(key, r)
        }
        if result != nil, let reference = scope.programReference { programReferences.append(reference) }
        return result
    }

    /// Every key each kind of entry takes, and the keys it requires (in the order missing ones are reported).
    private enum Keys {
        static let ediPayerID = ["id", "lines_of_business"] + FactKeys.names
        static let ediPayerIDRequired = ["id", "source"]
        static let program = ["id", "name"] + FactKeys.names
        static let programRequired = ["id", "name", "source"]
        static let vendor = ["id", "name", "programs", "url"] + FactKeys.names
        static let vendorRequired = ["id", "name", "source"]
        static let contact = ["purpose", "name", "vendor", "phone", "fax", "hours", "lines_of_business", "states"] + FactKeys.names
        static let contactRequired = ["purpose", "source"]
        static let portal = ["name", "url", "uses"] + FactKeys.names
        static let portalRequired = ["name", "url", "uses", "source"]
        static let rule = ["category", "codes", "requirement", "condition", "billed_with", "vendor", "how_to_submit", "documentation",
            "decision_valid_for"] + FactKeys.names + ScopeKeys.names
        static let ruleRequired = ["category", "codes", "requirement", "source"]
        static let unlisted = ["meaning"] + FactKeys.names + ScopeKeys.names
        static let unlistedRequired = ["meaning", "source"]
        static let retro = ["accepted", "window", "anchor", "conditions", "after_window", "decision_time", "policy"] + FactKeys.names
            + ScopeKeys.names
        static let retroRequired = ["accepted", "policy", "source"]
        static let timeframe = ["standard", "expedited"] + FactKeys.names + ScopeKeys.names
        static let timeframeRequired = ["source"]
        static let timelyFiling = ["limit", "network"] + FactKeys.names + ScopeKeys.names
        static let timelyFilingRequired = ["limit", "source"]
    }

    private func checkReferences(_ references: [Located<String>], declared: [Located<String>], kind: String, listKey: String) {
        var seen: [String: SourceLocation] = [:]
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

    private func readEDIPayerID(_ what: String) throws(YAMLSyntaxError) -> Pending<EDIPayerID>? {
        var facts = FactKeys()
        var id: String?
        var lines: Set<LineOfBusiness>?
        guard let (location, _) = try entry(what, required: Keys.ediPayerIDRequired, known: Keys.ediPayerID, facts: &facts, { key throws(YAMLSyntaxError) in
            switch key {
            case "id": id = try r.text("id")
            case "lines_of_business": lines = try r.nonEmpty(r.choices("lines_of_business"))
            default: return false
            }
            return true
        }) else { return nil }
        return { [id, lines, facts] date in
            guard let id, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return EDIPayerID(id: id, linesOfBusiness: lines, provenance: provenance, notes: facts.notes)
        }
    }

    private func readProgram(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Pending<Program>)? {
        var facts = FactKeys()
        var id: Located<String>?
        var name: String?
        guard let (location, _) = try entry(what, required: Keys.programRequired, known: Keys.program, facts: &facts, { key throws(YAMLSyntaxError) in
            switch key {
            case "id": id = try r.identifier("id")
            case "name": name = try r.text("name")
            default: return false
            }
            return true
        }), let id else { return nil }
        return (id, { [name, facts] date in
            guard let name, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Program(id: id.value, name: name, provenance: provenance, notes: facts.notes)
        })
    }

    private func readVendor(_ what: String) throws(YAMLSyntaxError) -> (Located<String>, Pending<Vendor>)? {
        var facts = FactKeys()
        var id: Located<String>?
        var name: String?
        var programs: [String] = []
        var url: String?
        guard let (location, _) = try entry(what, required: Keys.vendorRequired, known: Keys.vendor, facts: &facts, { key throws(YAMLSyntaxError) in
            switch key {
            case "id": id = try r.identifier("id")
            case "name": name = try r.text("name")
            case "programs": programs = try r.values("programs") { () throws(YAMLSyntaxError) in try r.text("a program") }
            case "url": url = try r.url("url")?.value
            default: return false
            }
            return true
        }), let id else { return nil }
        return (id, { [name, programs, url, facts] date in
            guard let name, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Vendor(id: id.value, name: name, programs: programs, url: url, provenance: provenance, notes: facts.notes)
        })
    }

    private func readContact(_ what: String) throws(YAMLSyntaxError) -> Pending<Contact>? {
        var facts = FactKeys()
        var purpose: ContactPurpose?
        var name: String?
        var vendor: String?
        var phone: String?
        var fax: String?
        var hours: String?
        var lines: Set<LineOfBusiness>?
        var states: Set<String>?
        guard let (location, keys) = try entry(what, required: Keys.contactRequired, known: Keys.contact, facts: &facts, { key throws(YAMLSyntaxError) in
            switch key {
            case "purpose": purpose = try r.choice("contact purpose")
            case "name": name = try r.text("name")
            case "vendor": vendor = try vendorReference()
            case "phone": phone = try r.phone("phone")
            case "fax": fax = try r.phone("fax")
            case "hours": hours = try r.text("hours")
            case "lines_of_business": lines = try r.nonEmpty(r.choices("lines_of_business"))
            case "states": states = try r.nonEmpty(r.states("states"))
            default: return false
            }
            return true
        }) else { return nil }
        if keys.isDisjoint(with: ["phone", "fax"]) {
            r.error(at: location, "a contact needs a phone or a fax")
        }
        return { [purpose, name, vendor, phone, fax, hours, lines, states, facts] date in
            guard let purpose, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Contact(
                purpose: purpose, name: name, vendorID: vendor, phone: phone, fax: fax, hours: hours,
                linesOfBusiness: lines, states: states, provenance: provenance, notes: facts.notes)
        }
    }

    private func readPortal(_ what: String) throws(YAMLSyntaxError) -> Pending<Portal>? {
        var facts = FactKeys()
        var name: String?
        var url: String?
        var uses: Set<PortalUse> = []
        guard let (location, _) = try entry(what, required: Keys.portalRequired, known: Keys.portal, facts: &facts, { key throws(YAMLSyntaxError) in
            switch key {
            case "name": name = try r.text("name")
            case "url": url = try r.url("url")?.value
            case "uses": uses = try r.choices("portal use")
            default: return false
            }
            return true
        }) else { return nil }
        return { [name, url, uses, facts] date in
            guard let name, let url, !uses.isEmpty, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return Portal(name: name, url: url, uses: uses, provenance: provenance, notes: facts.notes)
        }
    }

    private func readRule(_ what: String) throws(YAMLSyntaxError) -> Pending<PriorAuthorizationRule>? {
        var facts = FactKeys()
        var scope = ScopeKeys()
        var category: String?
        var codes: [CodeRange] = []
        var requirement: Located<Requirement>?
        var condition: Located<String>?
        var billedWith: [CodeRange] = []
        var vendor: String?
        var howToSubmit: String?
        var documentation: [String] = []
        var validFor: TimeLimit?
        guard let (location, _) = try entry(what, required: Keys.ruleRequired, known: Keys.rule, facts: &facts, scope: &scope, { key throws(YAMLSyntaxError) in
            switch key {
            case "category": category = try r.text("category")
            case "codes": codes = try r.codeRanges("codes")
            case "requirement":
                requirement = try r.scalar("requirement") { text in
                    Requirement(rawValue: text).map { .success($0) }
                        ?? .failure(ScalarError("'\(text)' is not a valid requirement; expected one of: required, not-required, conditional"))
                }
            case "condition": condition = try r.scalar("condition") { .success($0) }
            case "billed_with": billedWith = try r.codeRanges("billed_with")
            case "vendor": vendor = try vendorReference()
            case "how_to_submit": howToSubmit = try r.text("how_to_submit")
            case "documentation":
                documentation = try r.values("documentation") { () throws(YAMLSyntaxError) in try r.text("a documentation item") }
            case "decision_valid_for": validFor = try r.timeLimit("decision_valid_for")
            default: return false
            }
            return true
        }) else { return nil }
        if let requirement {
            if requirement.value == .conditional, condition == nil, billedWith.isEmpty {
                r.error(at: requirement.location, "a conditional rule must state its 'condition' (or 'billed_with')")
            }
            if requirement.value != .conditional, let condition {
                r.error(at: condition.location, "'condition' goes with requirement: conditional, not \(requirement.value.rawValue)")
            }
        }
        return { [category, codes, requirement, condition, billedWith, vendor, howToSubmit, documentation, validFor, scope, facts] date in
            guard let category, !codes.isEmpty, let requirement, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return PriorAuthorizationRule(
                category: category, codes: codes, requirement: requirement.value, condition: condition?.value,
                billedWith: billedWith, vendorID: vendor, howToSubmit: howToSubmit, documentation: documentation,
                decisionValidFor: validFor, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readUnlisted(_ what: String) throws(YAMLSyntaxError) -> Pending<UnlistedCodePolicy>? {
        var facts = FactKeys()
        var scope = ScopeKeys()
        var meaning: UnlistedCodePolicy.Meaning?
        guard let (location, _) = try entry(what, required: Keys.unlistedRequired, known: Keys.unlisted, facts: &facts, scope: &scope, { key throws(YAMLSyntaxError) in
            guard key == "meaning" else { return false }
            meaning = try r.choice("meaning")
            return true
        }) else { return nil }
        return { [meaning, scope, facts] date in
            guard let meaning, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return UnlistedCodePolicy(meaning: meaning, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readRetro(_ what: String) throws(YAMLSyntaxError) -> Pending<RetroAuthorizationPolicy>? {
        var facts = FactKeys()
        var scope = ScopeKeys()
        var accepted: Bool?
        var window: TimeLimit?
        var anchor: RetroAuthorizationPolicy.Anchor?
        var conditions: [String] = []
        var afterWindow: RetroAuthorizationPolicy.AfterWindow?
        var decisionTime: TimeLimit?
        var policy: String?
        guard let (location, keys) = try entry(what, required: Keys.retroRequired, known: Keys.retro, facts: &facts, scope: &scope, { key throws(YAMLSyntaxError) in
            switch key {
            case "accepted": accepted = try r.bool("accepted")
            case "window": window = try r.timeLimit("window", units: [.calendarDays, .businessDays])
            case "anchor": anchor = try r.choice("anchor")
            case "conditions": conditions = try r.values("conditions") { () throws(YAMLSyntaxError) in try r.text("a condition") }
            case "after_window": afterWindow = try r.choice("after_window")
            case "decision_time": decisionTime = try r.timeLimit("decision_time")
            case "policy": policy = try r.text("policy")
            default: return false
            }
            return true
        }) else { return nil }
        if accepted == false, !keys.isDisjoint(with: ["window", "anchor", "after_window"]) {
            r.error(at: location, "a policy with accepted: false cannot have a window, anchor or after_window")
        }
        if keys.contains("window") != keys.contains("anchor") {
            r.error(at: location, "'window' and 'anchor' go together: a window is counted from an anchor date")
        }
        return { [accepted, window, anchor, conditions, afterWindow, decisionTime, policy, scope, facts] date in
            guard let accepted, let policy, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return RetroAuthorizationPolicy(
                accepted: accepted, window: window, anchor: anchor, conditions: conditions, afterWindow: afterWindow,
                decisionTime: decisionTime, policy: policy, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readTimeframe(_ what: String) throws(YAMLSyntaxError) -> Pending<DecisionTimeframe>? {
        var facts = FactKeys()
        var scope = ScopeKeys()
        var standard: TimeLimit?
        var expedited: TimeLimit?
        guard let (location, keys) = try entry(what, required: Keys.timeframeRequired, known: Keys.timeframe, facts: &facts, scope: &scope, { key throws(YAMLSyntaxError) in
            switch key {
            case "standard": standard = try r.timeLimit("standard")
            case "expedited": expedited = try r.timeLimit("expedited")
            default: return false
            }
            return true
        }) else { return nil }
        if keys.isDisjoint(with: ["standard", "expedited"]) {
            r.error(at: location, "a decision timeframe needs 'standard' or 'expedited'")
        }
        return { [standard, expedited, scope, facts] date in
            guard let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return DecisionTimeframe(standard: standard, expedited: expedited, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }

    private func readTimelyFiling(_ what: String) throws(YAMLSyntaxError) -> Pending<TimelyFilingLimit>? {
        var facts = FactKeys()
        var scope = ScopeKeys()
        var limit: TimeLimit?
        var network: TimelyFilingLimit.Network?
        guard let (location, _) = try entry(what, required: Keys.timelyFilingRequired, known: Keys.timelyFiling, facts: &facts, scope: &scope, { key throws(YAMLSyntaxError) in
            switch key {
            case "limit": limit = try r.timeLimit("limit")
            case "network": network = try r.choice("network")
            default: return false
            }
            return true
        }) else { return nil }
        return { [limit, network, scope, facts] date in
            guard let limit, let provenance = facts.provenance(at: location, fileLastVerified: date) else { return nil }
            return TimelyFilingLimit(limit: limit, network: network, scope: scope.scope, provenance: provenance, notes: facts.notes)
        }
    }
}
