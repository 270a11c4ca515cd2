/// Reads the `examples` section: `authorization` and `retro` lists of questions with their expected answers.
extension YAMLReader {
    static let retroStatusCodes = ["open", "closed", "not-accepted", "accepted-no-window", "conditional", "unknown"]

    func examples(_ what: String) throws(YAMLSyntaxError) -> PayerExamples? {
        var authorization: [AuthorizationExample] = []
        var retro: [RetroExample] = []
        guard try mapping(what, [
            "authorization": { () throws(YAMLSyntaxError) in
                authorization = try self.values("examples.authorization") { () throws(YAMLSyntaxError) in try self.authorizationExample() }
            },
            "retro": { () throws(YAMLSyntaxError) in
                retro = try self.values("examples.retro") { () throws(YAMLSyntaxError) in try self.retroExample() }
            },
        ]) != nil else { return nil }
        return PayerExamples(authorization: authorization, retro: retro)
    }

    private func authorizationExample() throws(YAMLSyntaxError) -> AuthorizationExample? {
        var code: ProcedureCode?
        var date: CalendarDate?
        var billedWith: [ProcedureCode]?
        var expected: AuthorizationVerdict?
        let scope = ExampleScope()
        var handlers: [String: Handler] = [
            "code": { () throws(YAMLSyntaxError) in code = try self.procedureCode("code") },
            "date_of_service": { () throws(YAMLSyntaxError) in date = try self.date("date_of_service")?.value },
            "billed_with": { () throws(YAMLSyntaxError) in
                billedWith = try self.values("billed_with") { () throws(YAMLSyntaxError) in try self.procedureCode("a billed_with code") }
            },
            "expect": { () throws(YAMLSyntaxError) in expected = try self.choice("expect") },
        ]
        handlers.merge(scope.handlers(self)) { own, _ in own }
        guard let (location, _) = try mapping("an authorization example", required: ["code", "date_of_service", "expect"], handlers),
            let code, let date, let expected
        else { return nil }
        return AuthorizationExample(code: code, dateOfService: date, scope: scope.scope, billedWith: billedWith, expected: expected, location: location)
    }

    private func retroExample() throws(YAMLSyntaxError) -> RetroExample? {
        var serviceDate: CalendarDate?
        var asOf: CalendarDate?
        var code: ProcedureCode?
        var expected: String?
        var deadline: CalendarDate?
        let scope = ExampleScope()
        var handlers: [String: Handler] = [
            "service_date": { () throws(YAMLSyntaxError) in serviceDate = try self.date("service_date")?.value },
            "as_of": { () throws(YAMLSyntaxError) in asOf = try self.date("as_of")?.value },
            "code": { () throws(YAMLSyntaxError) in code = try self.procedureCode("code") },
            "expect": { () throws(YAMLSyntaxError) in
                expected = try self.scalar("expect") { text in
                    Self.retroStatusCodes.contains(text)
                        ? .success(text)
                        : .failure(ScalarError("'\(text)' is not a retro status; use one of \(Self.retroStatusCodes.joined(separator: ", "))"))
                }?.value
            },
            "deadline": { () throws(YAMLSyntaxError) in deadline = try self.date("deadline")?.value },
        ]
        handlers.merge(scope.handlers(self)) { own, _ in own }
        guard let (location, _) = try mapping("a retro example", required: ["service_date", "as_of", "expect"], handlers),
            let serviceDate, let asOf, let expected
        else { return nil }
        return RetroExample(serviceDate: serviceDate, asOf: asOf, scope: scope.scope, code: code, expected: expected, deadline: deadline, location: location)
    }

    private func procedureCode(_ what: String) throws(YAMLSyntaxError) -> ProcedureCode? {
        try scalar(what) { text in
            do throws(CodeError) { return .success(try ProcedureCode(text)) } catch { return .failure(ScalarError(error.message)) }
        }?.value
    }
}

/// The scope of an example question: one line of business, state and setting, each optional.
private final class ExampleScope {
    private var lineOfBusiness: LineOfBusiness?
    private var state: String?
    private var setting: CareSetting?

    var scope: QueryScope { QueryScope(lineOfBusiness: lineOfBusiness, state: state, setting: setting) }

    func handlers(_ r: YAMLReader) -> [String: YAMLReader.Handler] {
        [
            "line_of_business": { () throws(YAMLSyntaxError) in self.lineOfBusiness = try r.choice("line_of_business") },
            "state": { () throws(YAMLSyntaxError) in self.state = try r.state("state")?.value },
            "setting": { () throws(YAMLSyntaxError) in self.setting = try r.choice("setting") },
        ]
    }
}
