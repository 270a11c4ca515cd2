/// Where and when an entry applies. A nil dimension means "any".
public struct Scope: Sendable, Hashable {
    /// The payer program the entry belongs to (for example Medicare's `opd`).
    public var program: String?
    /// The lines of business it applies to.
    public var linesOfBusiness: Set<LineOfBusiness>?
    /// The states it applies to (USPS codes).
    public var states: Set<String>?
    /// The settings it applies to.
    public var settings: Set<CareSetting>?
    /// The first date of service it applies to.
    public var effectiveFrom: CalendarDate?
    /// The first date of service it no longer applies to (a removal or suspension date).
    public var effectiveUntil: CalendarDate?

    /// Creates a scope; everything defaults to "any".
    public init(
        program: String? = nil, linesOfBusiness: Set<LineOfBusiness>? = nil, states: Set<String>? = nil,
        settings: Set<CareSetting>? = nil, effectiveFrom: CalendarDate? = nil, effectiveUntil: CalendarDate? = nil
    ) {
        self.program = program
        self.linesOfBusiness = linesOfBusiness
        self.states = states
        self.settings = settings
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
    }

    /// Whether a date of service falls within the effective dates.
    public func isEffective(on date: CalendarDate) -> Bool {
        if let effectiveFrom, date < effectiveFrom { return false }
        if let effectiveUntil, date >= effectiveUntil { return false }
        return true
    }

    /// "effective 2020-07-01 until 2022-01-07", or nil when the entry has no dates.
    public var effectiveDescription: String? {
        switch (effectiveFrom, effectiveUntil) {
        case (nil, nil): nil
        case (let from?, nil): "effective \(from)"
        case (nil, let until?): "until \(until)"
        case (let from?, let until?): "effective \(from) until \(until)"
        }
    }
}
