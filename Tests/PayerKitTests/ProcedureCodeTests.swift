import Testing
@testable import PayerKit

@Suite("Procedure codes")
struct ProcedureCodeTests {
    private func error(_ body: () throws(CodeError) -> Void) -> CodeError? {
        do { try body() } catch { return error }
        return nil
    }

    /// What `CodeQuery(parsing:)` throws: always a ``PayerKitError/invalidCode(_:)``.
    private func queryError(_ input: String) -> CodeError? {
        do {
            _ = try CodeQuery(parsing: input)
        } catch PayerKitError.invalidCode(let error) {
            return error
        } catch {
            Issue.record("expected PayerKitError.invalidCode, got \(error)")
        }
        return nil
    }

    @Test("each kind is recognized", arguments: [
        ("70553", ProcedureCode.Kind.cptCategoryI), ("00100", .cptCategoryI), ("3074F", .cptCategoryII),
        ("0042T", .cptCategoryIII), ("0001U", .cptPLA), ("0004M", .cptMAAA), ("K0856", .hcpcsLevelII), ("A0021", .hcpcsLevelII),
        ("I0000", .hcpcsLevelII), ("Z9999", .hcpcsLevelII),
    ])
    func kinds(text: String, kind: ProcedureCode.Kind) throws {
        let code = try ProcedureCode(text)
        #expect(code.kind == kind)
        #expect(code.text == text)
        #expect(code.description == text)
    }

    @Test("leading zeros are kept")
    func leadingZeros() throws {
        #expect(try ProcedureCode("00100").text == "00100")
        #expect(try ProcedureCode("00100") != ProcedureCode("01000"))
    }

    @Test("refuses anything that is not exactly a code", arguments: [
        "7055", "705533", "3074f", "k0856", "K085", "K08560", "", " 70553", "70553 ", "3074X", "KK856", "0042-T",
        "7055３", "70553-50", "1234A",
    ])
    func refuses(text: String) {
        let refused = error { () throws(CodeError) in _ = try ProcedureCode(text) }
        #expect(refused?.input == text)
        #expect(refused?.message.hasPrefix("'\(text)' is not a CPT or HCPCS code: expected 5 digits") == true)
    }

    @Test("the message says what was expected")
    func message() {
        let refused = error { () throws(CodeError) in _ = try ProcedureCode("7055") }
        #expect(refused?.description == "'7055' is not a CPT or HCPCS code: expected 5 digits (CPT Category I, e.g. 70553), 4 digits + F, T, U or M (CPT Category II, III, PLA or MAAA, e.g. 3074F, 0042T, 0001U, 0004M), or a letter + 4 digits (HCPCS Level II, e.g. K0856)")
    }

    @Test("a lower-case code is refused with a hint to write it in upper case")
    func lowerCaseHint() {
        let refused = error { () throws(CodeError) in _ = try ProcedureCode("3074f") }
        #expect(refused?.message.hasSuffix("; codes are written in upper case, as '3074F'") == true)
        let other = error { () throws(CodeError) in _ = try ProcedureCode("7055") }
        #expect(other?.message.contains("upper case") == false)
    }

    @Test("codes order by kind, then numerically")
    func ordering() throws {
        let texts = ["K0856", "0001U", "L0000", "0042T", "3074F", "99213", "00100", "K9999", "0003T", "A0021"]
        #expect(try texts.map { (t) throws(CodeError) in try ProcedureCode(t) }.sorted().map(\.text) == [
            "00100", "99213", "3074F", "0003T", "0042T", "0001U", "A0021", "K0856", "K9999", "L0000",
        ])
        #expect(try ProcedureCode("K9999").sortKey + 1 == ProcedureCode("L0000").sortKey)
        #expect(try ProcedureCode("K0813").sortKey + 1 == ProcedureCode("K0814").sortKey)
        #expect(try ProcedureCode("0042T").sortKey != ProcedureCode("0042U").sortKey)
    }

    @Test("a query is trimmed and upper-cased, with modifiers split off", arguments: [
        ("64490-50", "64490", ["50"]), (" k0856 ", "K0856", []), ("64490-50-LT", "64490", ["50", "LT"]),
        ("\t3074f\n", "3074F", []), ("l1832-rt", "L1832", ["RT"]), ("70553", "70553", []),
    ])
    func queries(input: String, code: String, modifiers: [String]) throws {
        let query = try CodeQuery(parsing: input)
        #expect(query.code.text == code)
        #expect(query.modifiers == modifiers)
    }

    @Test("a modifier is exactly two letters or digits", arguments: ["64490-5", "64490-", "64490-ABC", "64490-5 0", "64490--50", "64490-5!"])
    func badModifiers(input: String) {
        let refused = queryError(input)
        #expect(refused?.input == input)
        #expect(refused?.message.contains("a modifier is two letters or digits") == true)
    }

    @Test("a bad code in a query is reported as a code error")
    func badQueryCode() {
        let refused = queryError(" 7055-50")
        #expect(refused?.message.hasPrefix("'7055' is not a CPT or HCPCS code") == true)
    }

    @Test("a range contains its ends and nothing outside them")
    func rangeContains() throws {
        let range = try CodeRange("K0813-K0816")
        #expect(try range.contains(ProcedureCode("K0813")))
        #expect(try range.contains(ProcedureCode("K0814")))
        #expect(try range.contains(ProcedureCode("K0816")))
        #expect(try !range.contains(ProcedureCode("K0812")))
        #expect(try !range.contains(ProcedureCode("K0817")))
        #expect(try !range.contains(ProcedureCode("L0814")))
        #expect(range.description == "K0813-K0816")
        #expect(!range.isSingleCode)
        let cpt = try CodeRange("70551-70553")
        #expect(try cpt.contains(ProcedureCode("70552")))
        #expect(try !cpt.contains(ProcedureCode("70554")))
        #expect(try !CodeRange("0001T-0099T").contains(ProcedureCode("0042F")))
    }

    @Test("a single code is a range of one")
    func singleCode() throws {
        let range = try CodeRange("K0856")
        #expect(range.isSingleCode)
        #expect(range.lower == range.upper)
        #expect(range.description == "K0856")
        #expect(try range.contains(ProcedureCode("K0856")))
        #expect(try !range.contains(ProcedureCode("K0857")))
        #expect(try CodeRange("70553-70553").description == "70553")
        #expect(range.lowerKey == range.upperKey)
    }

    @Test("range errors say what is wrong", arguments: [
        ("K0816-K0813", "range 'K0816-K0813' runs high to low; write 'K0813-K0816'"),
        ("70551-0042T", "range '70551-0042T' mixes CPT Category I and CPT Category III codes; a range stays within one kind"),
        ("0042T-0043U", "range '0042T-0043U' mixes CPT Category III and CPT PLA codes; a range stays within one kind"),
        ("K0813-L0816", "range 'K0813-L0816' mixes HCPCS letters K and L; a range stays within one letter"),
        ("70551-70553-70555", "'70551-70553-70555' is not a code or a range: write a code (70553) or a range (70551-70553)"),
    ])
    func rangeErrors(text: String, message: String) {
        let refused = error { () throws(CodeError) in _ = try CodeRange(text) }
        #expect(refused?.input == text)
        #expect(refused?.message == message)
    }

    @Test("a bad end of a range is named in the range")
    func badRangeEnd() {
        let refused = error { () throws(CodeError) in _ = try CodeRange("70551-") }
        #expect(refused?.input == "70551-")
        #expect(refused?.message.hasPrefix("in range '70551-', '' is not a CPT or HCPCS code") == true)
        let single = error { () throws(CodeError) in _ = try CodeRange("7055") }
        #expect(single?.message.hasPrefix("'7055' is not a CPT or HCPCS code") == true)
        #expect(error { () throws(CodeError) in _ = try CodeRange(" 70551-70553") } != nil)
    }
}
