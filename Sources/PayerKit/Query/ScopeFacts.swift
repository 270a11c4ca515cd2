/// An entry's ``Scope`` compiled to plain integers when the payer is loaded, so the authorization hot path can decide
/// which rules apply without touching (or reference-counting) the rules themselves: 24 bytes per entry, read in order.
///
/// Each dimension is a bit set over its vocabulary with a top "named" bit: no named bit means "any" (the scope leaves
/// the dimension open), as a nil set does in ``Scope``.
struct ScopeFacts: Sendable {
    /// The first day covered, packed (``CalendarDate/packed``), or `Int32.min`.
    let from: Int32
    /// The first day no longer covered, packed, or `Int32.max`.
    let until: Int32
    /// Bit 63: the scope names states; bit `i`: ``USState/ordered``[i].
    let states: UInt64
    /// Bit 15: the scope names settings; bit `i`: `CareSetting.allCases[i]`.
    let settings: UInt16
    /// Bit 7: the scope names lines of business; bit `i`: `LineOfBusiness.allCases[i]`.
    let lines: UInt8
    /// The rule's ``Requirement`` as its index in `allCases` (0 for a policy).
    let requirement: UInt8
    /// Whether the rule has a `billed_with` pairing (the slow path decides those).
    let hasBilledWith: Bool

    init(_ scope: Scope, requirement: Requirement? = nil, hasBilledWith: Bool = false) {
        from = scope.effectiveFrom?.packed ?? .min
        until = scope.effectiveUntil?.packed ?? .max
        states = scope.states.map { $0.reduce(1 << 63) { $0 | Self.bit($1) } } ?? 0
        settings = scope.settings.map { $0.reduce(1 << 15) { $0 | 1 << UInt16(CareSetting.allCases.firstIndex(of: $1)!) } } ?? 0
        lines = scope.linesOfBusiness.map { $0.reduce(1 << 7) { $0 | 1 << UInt8(LineOfBusiness.allCases.firstIndex(of: $1)!) } } ?? 0
        self.requirement = requirement.map { UInt8(Requirement.allCases.firstIndex(of: $0)!) } ?? 0
        self.hasBilledWith = hasBilledWith
    }

    /// ``Scope/isEffective(on:)`` for a packed date.
    @inline(__always)
    func isEffective(on date: Int32) -> Bool { from <= date && date < until }

    /// Whether the scope names values in a dimension the question leaves open (see ``QueryFacts``).
    @inline(__always)
    func names(openIn query: QueryFacts) -> Bool {
        (query.line == nil && lines > 1 << 7) || (query.state == nil && states > 1 << 63) || (query.setting == nil && settings > 1 << 15)
    }

    /// ``Situation/admits(_:given:)`` for the situation that fixes no dimension: a named dimension must be known and
    /// among the scope's values.
    @inline(__always)
    func admits(_ query: QueryFacts) -> Bool {
        Self.covers(UInt64(lines), named: 1 << 7, query.line) && Self.covers(states, named: 1 << 63, query.state)
            && Self.covers(UInt64(settings), named: 1 << 15, query.setting)
    }

    @inline(__always)
    private static func covers(_ set: UInt64, named: UInt64, _ known: UInt64?) -> Bool {
        guard set & named != 0 else { return true }
        guard let known else { return false }
        return set & known != 0
    }

    /// Each vocabulary's bits in the order of its values (the order situations are listed in).
    static let lineOrder: [UInt64] = LineOfBusiness.allCases.sorted().map { 1 << UInt64(LineOfBusiness.allCases.firstIndex(of: $0)!) }
    static let stateOrder: [UInt64] = USState.ordered.indices.map { 1 << UInt64($0) }
    static let settingOrder: [UInt64] = CareSetting.allCases.sorted().map { 1 << UInt64(CareSetting.allCases.firstIndex(of: $0)!) }

    /// The bit of a state code, 0 for anything not a USPS code (which no scope names).
    static func bit(_ state: String) -> UInt64 {
        var utf8 = state.utf8.makeIterator()
        guard let first = utf8.next(), let second = utf8.next(), utf8.next() == nil,
            first &- UInt8(ascii: "A") < 26, second &- UInt8(ascii: "A") < 26
        else { return 0 }
        return USState.bits[Int(first &- UInt8(ascii: "A")) * 26 + Int(second &- UInt8(ascii: "A"))]
    }
}

/// What a question knows, as the bits ``ScopeFacts`` compares against; nil where the question leaves a dimension open.
struct QueryFacts {
    /// The question's bits, or nil for a scope the payer cannot answer (``Payer/check(_:)`` then says why).
    static func ifServed(_ scope: QueryScope, date: CalendarDate, lines served: UInt8, states: UInt64?) -> QueryFacts? {
        let facts = QueryFacts(scope, date: date)
        if let line = facts.line, UInt64(served) & line == 0 { return nil }
        if let state = facts.state {
            if state == 0 { return nil }
            if let states, states & state == 0 { return nil }
        }
        return facts
    }

    var line: UInt64?
    var state: UInt64?
    var setting: UInt64?
    let date: Int32

    init(_ scope: QueryScope, date: CalendarDate) {
        line = scope.lineOfBusiness.map { 1 << UInt64(LineOfBusiness.allCases.firstIndex(of: $0)!) }
        state = scope.state.map(ScopeFacts.bit)
        setting = scope.setting.map { 1 << UInt64(CareSetting.allCases.firstIndex(of: $0)!) }
        self.date = date.packed
    }
}

extension USState {
    /// The codes in a fixed order, for bit sets (at most 63).
    static let ordered: [String] = codes.sorted()

    /// Each two-letter code's bit (`ordered` position), indexed by `26 * letter + letter`; 0 for non-codes.
    static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 26 * 26)
        for (index, code) in ordered.enumerated() {
            let letters = Array(code.utf8)
            bits[Int(letters[0] - UInt8(ascii: "A")) * 26 + Int(letters[1] - UInt8(ascii: "A"))] = 1 << UInt64(index)
        }
        return bits
    }()
}

extension CalendarDate {
    /// The date as one integer that orders like the date: `year << 9 | month << 5 | day`.
    var packed: Int32 { Int32(year) << 9 | Int32(month) << 5 | Int32(day) }
}
