/// The values of an entry's scope keys.
struct ScopeKeys {
    private(set) var scope = Scope()
    private(set) var programReference: Located<String>?
    private(set) var planReferences: [Located<String>] = []
    private var from: Located<CalendarDate>?
    private var until: Located<CalendarDate>?

    mutating func read(_ key: ScopeKey, _ reader: YAMLReader) throws(YAMLSyntaxError) {
        func values<T: RawRepresentable & CaseIterable & Hashable>(_ type: T.Type) throws(YAMLSyntaxError) -> Set<String>? where T.RawValue == String {
            // A closure, not `\.rawValue`: a key path on a generic type is built at run time, on every call.
            return reader.nonEmpty(Set(try reader.choices(key.rawValue, T.self).map { $0.rawValue }))
        }
        switch key {
        case .program:
            programReference = try reader.identifier("program")
            scope.program = programReference?.value
        case .plans:
            planReferences = try reader.values("plans") { () throws(YAMLSyntaxError) in try reader.identifier("a plan") }
            scope.allowed[.plan] = reader.nonEmpty(Set(planReferences.map(\.value)))
        case .linesOfBusiness: scope.allowed[.lineOfBusiness] = try values(LineOfBusiness.self)
        case .states: scope.allowed[.state] = try reader.nonEmpty(reader.states("states"))
        case .memberStates: scope.allowed[.memberState] = try reader.nonEmpty(reader.states("member_states"))
        case .settings: scope.allowed[.setting] = try values(CareSetting.self)
        case .network: scope.allowed[.network] = try reader.choice("network", NetworkStatus.self).map { [$0.rawValue] }
        case .effectiveFrom:
            from = try reader.date("effective_from")
            scope.effectiveFrom = from?.value
            checkOrder(reader)
        case .effectiveUntil:
            until = try reader.date("effective_until")
            scope.effectiveUntil = until?.value
            checkOrder(reader)
        }
    }

    /// Runs once both dates are read, whichever key comes first in the entry.
    private func checkOrder(_ reader: YAMLReader) {
        guard let from, let until, until.value <= from.value else { return }
        reader.error(at: until.location, "effective_until \(until.value) must be after effective_from \(from.value) (line \(from.location.line))")
    }
}
