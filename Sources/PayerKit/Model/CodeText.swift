// The JSON form of the model values that answers carry, as the README documents it: camelCase keys, dates
// `YYYY-MM-DD`, optional values omitted when absent, sets as sorted arrays. Keys may be added; none is renamed or
// removed without a major version. Each value decodes back to itself.

/// A code or range, written in JSON as its text and validated when read back.
protocol CodeText: Codable, CustomStringConvertible {
    init(_ text: String) throws(CodeError)
}

extension CodeText {
    /// Decodes the value written as a string, validating it.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    /// Encodes the value as a string: `"70553"`, `"70551-70553"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension ProcedureCode: CodeText {}
extension CodeRange: CodeText {}

extension Provenance: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, source, secondarySource, lastVerified, sourceDate
    }

    /// Decodes `{file, line, column, source, secondarySource, lastVerified, sourceDate}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            location: SourceLocation(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line), column: try c.decode(Int.self, forKey: .column)),
            sourceURL: try c.decode(String.self, forKey: .source), isSecondarySource: try c.decode(Bool.self, forKey: .secondarySource),
            lastVerified: try c.decode(CalendarDate.self, forKey: .lastVerified), sourceDate: try c.decodeIfPresent(CalendarDate.self, forKey: .sourceDate))
    }

    /// Encodes `{file, line, column, source, secondarySource, lastVerified, sourceDate}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(location.file, forKey: .file)
        try c.encode(location.line, forKey: .line)
        try c.encode(location.column, forKey: .column)
        try c.encode(sourceURL, forKey: .source)
        try c.encode(isSecondarySource, forKey: .secondarySource)
        try c.encode(lastVerified, forKey: .lastVerified)
        try c.encodeIfPresent(sourceDate, forKey: .sourceDate)
    }
}

extension TimeLimit: Codable {
    private enum CodingKeys: String, CodingKey {
        case length, unit
    }

    /// Decodes `{length, unit}`; the unit is `hours`, `calendar-days`, `business-days` or `months`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let unit = try c.decode(String.self, forKey: .unit)
        guard let known = Unit(rawValue: unit) else {
            throw DecodingError.dataCorruptedError(forKey: .unit, in: c, debugDescription: "unknown time unit '\(unit)'")
        }
        self.init(length: try c.decode(Int.self, forKey: .length), unit: known)
    }

    /// Encodes `{length, unit}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(length, forKey: .length)
        try c.encode(unit.rawValue, forKey: .unit)
    }
}

extension Scope: Codable {
    private enum CodingKeys: String, CodingKey {
        case program, linesOfBusiness, plans, states, memberStates, settings, network, effectiveFrom, effectiveUntil
    }

    private static let keys: [(CodingKeys, ScopeDimension)] = [
        (.linesOfBusiness, .lineOfBusiness), (.plans, .plan), (.states, .state), (.memberStates, .memberState), (.settings, .setting),
    ]

    /// Whether the scope is "anywhere, any time".
    var isUnlimited: Bool { program == nil && allowed.isEmpty && effectiveFrom == nil && effectiveUntil == nil }

    /// Decodes `{program, linesOfBusiness, plans, states, memberStates, settings, network, effectiveFrom,
    /// effectiveUntil}`; an absent key means "any".
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            program: try c.decodeIfPresent(String.self, forKey: .program),
            effectiveFrom: try c.decodeIfPresent(CalendarDate.self, forKey: .effectiveFrom),
            effectiveUntil: try c.decodeIfPresent(CalendarDate.self, forKey: .effectiveUntil))
        for (key, dimension) in Self.keys {
            allowed[dimension] = try c.decodeIfPresent([String].self, forKey: key).map(Set.init)
        }
        allowed[.network] = try c.decodeIfPresent(String.self, forKey: .network).map { [$0] }
    }

    /// Encodes the limited dimensions (values sorted) and dates; dimensions open to any value are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(program, forKey: .program)
        for (key, dimension) in Self.keys {
            try c.encodeIfPresent(allowed[dimension]?.sorted(), forKey: key)
        }
        try c.encodeIfPresent(allowed[.network]?.sorted().first, forKey: .network)
        try c.encodeIfPresent(effectiveFrom, forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveUntil, forKey: .effectiveUntil)
    }
}

extension PriorAuthorizationRule: Codable {
    private enum CodingKeys: String, CodingKey {
        case category, codes, requirement, condition, billedWith, vendor, howToSubmit, documentation, decisionValidFor, scope, notes, provenance
    }

    /// Decodes `{category, codes, requirement, condition, billedWith, vendor, howToSubmit, documentation,
    /// decisionValidFor, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.decode(String.self, forKey: .category)
        codes = try c.decode([CodeRange].self, forKey: .codes)
        requirement = try c.decode(Requirement.self, forKey: .requirement)
        condition = try c.decodeIfPresent(String.self, forKey: .condition)
        billedWith = try c.decodeIfPresent([CodeRange].self, forKey: .billedWith) ?? []
        vendorID = try c.decodeIfPresent(String.self, forKey: .vendor)
        howToSubmit = try c.decodeIfPresent(String.self, forKey: .howToSubmit)
        documentation = try c.decodeIfPresent([String].self, forKey: .documentation) ?? []
        decisionValidFor = try c.decodeIfPresent(TimeLimit.self, forKey: .decisionValidFor)
        scope = try c.decode(Scope.self, forKey: .scope)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the rule; empty `billedWith` and `documentation` are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(codes, forKey: .codes)
        try c.encode(requirement, forKey: .requirement)
        try c.encodeIfPresent(condition, forKey: .condition)
        try c.encodeIfPresent(billedWith.isEmpty ? nil : billedWith, forKey: .billedWith)
        try c.encodeIfPresent(vendorID, forKey: .vendor)
        try c.encodeIfPresent(howToSubmit, forKey: .howToSubmit)
        try c.encodeIfPresent(documentation.isEmpty ? nil : documentation, forKey: .documentation)
        try c.encodeIfPresent(decisionValidFor, forKey: .decisionValidFor)
        try c.encode(scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension UnlistedCodePolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case meaning, quote, scope, notes, provenance
    }

    /// Decodes `{meaning, quote, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        meaning = try c.decode(Meaning.self, forKey: .meaning)
        quote = try c.decodeIfPresent(String.self, forKey: .quote)
        scope = try c.decodeIfPresent(Scope.self, forKey: .scope) ?? Scope()
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the policy; an unlimited scope is left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(meaning, forKey: .meaning)
        try c.encodeIfPresent(quote, forKey: .quote)
        try c.encodeIfPresent(scope.isUnlimited ? nil : scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension Contact: Codable {
    private enum CodingKeys: String, CodingKey {
        case purpose, name, vendor, phone, fax, hours, notes, linesOfBusiness, scope, provenance
    }

    /// Decodes `{purpose, name, vendor, phone, fax, hours, notes, linesOfBusiness, scope, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        purpose = try c.decode(ContactPurpose.self, forKey: .purpose)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        vendorID = try c.decodeIfPresent(String.self, forKey: .vendor)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        fax = try c.decodeIfPresent(String.self, forKey: .fax)
        hours = try c.decodeIfPresent(String.self, forKey: .hours)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        scope = try c.decodeIfPresent(Scope.self, forKey: .scope) ?? Scope()
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the line; `linesOfBusiness` repeats the scope's for readers that look only at it, and an unlimited
    /// scope is left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(purpose, forKey: .purpose)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(vendorID, forKey: .vendor)
        try c.encodeIfPresent(phone, forKey: .phone)
        try c.encodeIfPresent(fax, forKey: .fax)
        try c.encodeIfPresent(hours, forKey: .hours)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(linesOfBusiness?.map(\.rawValue).sorted(), forKey: .linesOfBusiness)
        try c.encodeIfPresent(scope.isUnlimited ? nil : scope, forKey: .scope)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension Portal: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, url, uses, notes, provenance
    }

    /// Decodes `{name, url, uses, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        url = try c.decode(String.self, forKey: .url)
        uses = Set(try c.decode([PortalUse].self, forKey: .uses))
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the portal, its uses sorted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(url, forKey: .url)
        try c.encode(uses.map(\.rawValue).sorted(), forKey: .uses)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension Vendor: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, programs, url, notes, provenance
    }

    /// Decodes `{id, name, programs, url, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        programs = try c.decode([String].self, forKey: .programs)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the vendor.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(programs, forKey: .programs)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension EDIPayerID: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, linesOfBusiness, notes, provenance
    }

    /// Decodes `{id, linesOfBusiness, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        linesOfBusiness = try c.decodeIfPresent([LineOfBusiness].self, forKey: .linesOfBusiness).map(Set.init)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the payer ID, its lines of business sorted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(linesOfBusiness?.map(\.rawValue).sorted(), forKey: .linesOfBusiness)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension DecisionTimeframe: Codable {
    private enum CodingKeys: String, CodingKey {
        case standard, expedited, scope, notes, provenance
    }

    /// Decodes `{standard, expedited, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        standard = try c.decodeIfPresent(TimeLimit.self, forKey: .standard)
        expedited = try c.decodeIfPresent(TimeLimit.self, forKey: .expedited)
        scope = try c.decode(Scope.self, forKey: .scope)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the timeframe.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(standard, forKey: .standard)
        try c.encodeIfPresent(expedited, forKey: .expedited)
        try c.encode(scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension RetroAuthorizationPolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case accepted, window, anchor, conditions, afterWindow, decisionTime, policy, scope, notes, provenance
    }

    /// Decodes `{accepted, window, anchor, conditions, afterWindow, decisionTime, policy, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        accepted = try c.decode(Bool.self, forKey: .accepted)
        window = try c.decodeIfPresent(TimeLimit.self, forKey: .window)
        anchor = try c.decodeIfPresent(Anchor.self, forKey: .anchor)
        conditions = try c.decodeIfPresent([String].self, forKey: .conditions) ?? []
        afterWindow = try c.decodeIfPresent(AfterWindow.self, forKey: .afterWindow)
        decisionTime = try c.decodeIfPresent(TimeLimit.self, forKey: .decisionTime)
        policy = try c.decode(String.self, forKey: .policy)
        scope = try c.decode(Scope.self, forKey: .scope)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the policy; empty `conditions` are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accepted, forKey: .accepted)
        try c.encodeIfPresent(window, forKey: .window)
        try c.encodeIfPresent(anchor, forKey: .anchor)
        try c.encodeIfPresent(conditions.isEmpty ? nil : conditions, forKey: .conditions)
        try c.encodeIfPresent(afterWindow, forKey: .afterWindow)
        try c.encodeIfPresent(decisionTime, forKey: .decisionTime)
        try c.encode(policy, forKey: .policy)
        try c.encode(scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}

extension Diagnostic: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, severity, message
    }

    /// Decodes `{file, line, column, severity, message}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try c.decode(Severity.self, forKey: .severity),
            at: SourceLocation(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line), column: try c.decode(Int.self, forKey: .column)),
            try c.decode(String.self, forKey: .message))
    }

    /// Encodes `{file, line, column, severity, message}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(location.file, forKey: .file)
        try c.encode(location.line, forKey: .line)
        try c.encode(location.column, forKey: .column)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
    }
}

extension Requirement: Codable {}
extension UnlistedCodePolicy.Meaning: Codable {}
extension RetroAuthorizationPolicy.AfterWindow: Codable {}
extension ContactPurpose: Codable {}
extension PortalUse: Codable {}
extension LineOfBusiness: Codable {}
extension CareSetting: Codable {}
extension Diagnostic.Severity: Codable {}
extension AuthorizationVerdict: Codable {}
