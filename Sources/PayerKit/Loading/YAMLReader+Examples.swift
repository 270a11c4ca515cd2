/// Reads the `examples` section: `authorization` and `retro` lists of questions with their expected answers.
extension YAMLReader {
    func examples(_ what: String) throws(YAMLSyntaxError) -> PayerExamples? {
        var authorization: [AuthorizationExample] = []
        var retro: [RetroExample] = []
        guard try mapping(what, ExampleKeySets.examples, { key throws(YAMLSyntaxError) in
            switch key {
            case .authorization:
                authorization = try values("examples.authorization") { () throws(YAMLSyntaxError) in try authorizationExample() }
            case .retro:
                retro = try values("examples.retro") { () throws(YAMLSyntaxError) in try retroExample() }
            }
        }) != nil else { return nil }
        return PayerExamples(authorization: authorization, retro: retro)
    }

    private func authorizationExample() throws(YAMLSyntaxError) -> AuthorizationExample? {
        var code: ProcedureCode?
        var date: CalendarDate?
        var billedWith: [ProcedureCode]?
        var expected: AuthorizationVerdict?
        var scope = ExampleScope()
        guard let (location, _) = try mapping("an authorization example", ExampleKeySets.authorization, { key throws(YAMLSyntaxError) in
            switch key {
            case .own(.code): code = try procedureCode("code")
            case .own(.dateOfService): date = try self.date("date_of_service")?.value
            case .own(.billedWith):
                billedWith = try values("billed_with") { () throws(YAMLSyntaxError) in try procedureCode("a billed_with code") }
            case .own(.expect): expected = try choice("expect")
            case .scope(let key): try scope.read(key, self)
            }
        }), let code, let date, let expected
        else { return nil }
        return AuthorizationExample(code: code, dateOfService: date, scope: scope.scope, billedWith: billedWith, expected: expected, location: location)
    }

    private func retroExample() throws(YAMLSyntaxError) -> RetroExample? {
        var serviceDate: CalendarDate?
        var asOf: CalendarDate?
        var code: ProcedureCode?
        var expected: String?
        var deadline: CalendarDate?
        var scope = ExampleScope()
        guard let (location, _) = try mapping("a retro example", ExampleKeySets.retro, { key throws(YAMLSyntaxError) in
            switch key {
            case .own(.serviceDate): serviceDate = try date("service_date")?.value
            case .own(.asOf): asOf = try date("as_of")?.value
            case .own(.code): code = try procedureCode("code")
            case .own(.expect):
                expected = try scalar("expect") { text in
                    RetroStatus.codes.contains(text)
                        ? .success(text)
                        : .failure(ScalarError("'\(text)' is not a retro status; use one of \(RetroStatus.codes.joined(separator: ", "))"))
                }?.value
            case .own(.deadline): deadline = try date("deadline")?.value
            case .scope(let key): try scope.read(key, self)
            }
        }), let serviceDate, let asOf, let expected
        else { return nil }
        return RetroExample(serviceDate: serviceDate, asOf: asOf, scope: scope.scope, code: code, expected: expected, deadline: deadline, location: location)
    }

    private func procedureCode(_ what: String) throws(YAMLSyntaxError) -> ProcedureCode? {
        try scalar(what) { text in
            do throws(CodeError) { return .success(try ProcedureCode(text)) } catch { return .failure(ScalarError(error.message)) }
        }?.value
    }
}

/// An example's key: one of its own, or one of the scope keys every example takes.
private enum ExampleKey<Own: Sendable>: Sendable {
    case own(Own)
    case scope(ExampleScopeKey)
}

private enum ExampleKeySets {
    static let examples = KeySet(ExamplesKey.self)
    static let authorization = example(AuthorizationExampleKey.self)
    static let retro = example(RetroExampleKey.self)

    /// An example's own keys, then the scope keys.
    private static func example<Own: SchemaKey>(_: Own.Type) -> KeySet<ExampleKey<Own>> {
        KeySet(
            Own.allCases.map { ($0.rawValue, .own($0)) } + ExampleScopeKey.allCases.map { ($0.rawValue, .scope($0)) },
            required: Own.declarations.filter(\.isRequired).map(\.name))
    }
}

/// The scope an example question gives.
private struct ExampleScope {
    private(set) var scope = QueryScope()

    mutating func read(_ key: ExampleScopeKey, _ r: YAMLReader) throws(YAMLSyntaxError) {
        switch key {
        case .lineOfBusiness: scope.values[.lineOfBusiness] = try r.choice("line_of_business", LineOfBusiness.self)?.rawValue
        case .plan: scope.values[.plan] = try r.identifier("plan")?.value
        case .state: scope.values[.state] = try r.state("state")?.value
        case .memberState: scope.values[.memberState] = try r.state("member_state")?.value
        case .setting: scope.values[.setting] = try r.choice("setting", CareSetting.self)?.rawValue
        case .network: scope.values[.network] = try r.choice("network", NetworkStatus.self)?.rawValue
        }
    }
}
