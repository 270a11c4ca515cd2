import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Reading codes from a payer's list")
struct CodeListTextTests {
    @Test("codes in prose, table columns and ranges written four ways are read, one split over a page footer")
    func codesAndRanges() {
        let read = CodeListText(acmeListText)
        #expect(read.occurrences.map(\.codes) == [
            "70551", "70552", "70553", "27130-27134", "72148", "0042T", "27447", "K0856", "J0585", "G0260",
            "95800-95811", "64490-64495", "64490", "63650-63655",
        ])
        #expect(read.ranges.map(\.description) == [
            "27130-27134", "27447", "63650-63655", "64490-64495", "70551-70553", "72148", "95800-95811", "0042T",
            "G0260", "J0585", "K0856",
        ])
        let split = read.occurrences.first { $0.codes == "63650-63655" }
        #expect(split?.line == 14)
        #expect(split?.text == "63650 – Page 1 of 2 63655")
        #expect(read.occurrences.first { $0.codes == "27130-27134" }.map { "\($0.line):\($0.column) \($0.text)" } == "6:25 27130 – 27134")
    }

    @Test("every number that is not a code is listed with its reason")
    func ignoredWithReasons() {
        let read = CodeListText(acmeListText)
        #expect(read.ignored.first { $0.reason == .identifier }?.detail == "the whole token is 'PCA-1-25-03456'")
        let ignored = read.ignored.map { "\($0.line):\($0.column) \($0.text) \($0.reason.rawValue)" }
        #expect(ignored == [
            "1:84 01/01/2026 date",
            "2:34 12/15/2025 date",
            "2:62 800-555-0100 phone",
            "2:82 (888) 555-0199 phone",
            "3:27 14079 address",
            "3:45 75201-1234 zip-code",
            "3:92 78701 zip-code",
            "6:71 M17.11 icd-10",
            "6:79 M16.0 icd-10",
            "6:88 E66.01 icd-10",
            "15:42 Page 1 of 2 page-number",
            "16:43 03456 identifier",
            "16:70 2025 year",
            "16:80 $1,250.00 amount",
            "16:93 27130.00 amount",
            "18:10 2026-01-01 date",
            "18:51 12/31 date",
            "18:78 Page 2 of 2 page-number",
        ])
    }

    @Test("each code kind is recognized and near misses say why they are not codes", arguments: [
        ("00100", nil), ("99607", nil), ("3074F", nil), ("0042T", nil), ("0001U", nil), ("K0856", nil), ("k0856", nil),
        ("A0425", nil), ("V2020", nil), ("00042", "not-a-code"), ("99999", "not-a-code"), ("1234X", "not-a-code"),
        ("W1234", "icd-10"), ("Z0000", "icd-10"), ("AB123", "not-a-code"),
    ] as [(String, String?)])
    func kinds(token: String, reason: String?) {
        let read = CodeListText("see \(token) here")
        #expect(read.occurrences.map(\.codes) == (reason == nil ? [token.uppercased()] : []))
        #expect(read.ignored.map(\.reason.rawValue) == (reason.map { [$0] } ?? []))
    }

    @Test("a bulleted list is a list of codes, a dash between two codes on one line a range")
    func bullets() {
        #expect(CodeListText("- 27130\n- 27131\n- 27132").occurrences.map(\.codes) == ["27130", "27131", "27132"])
        #expect(CodeListText("27130\n– 27138").occurrences.map(\.codes) == ["27130-27138"])
        #expect(CodeListText("27130-27138, 27140\u{2013}27142, E0100 to E0105").occurrences.map(\.codes) == ["27130-27138", "27140-27142", "E0100-E0105"])
        #expect(CodeListText("27138-27130").occurrences.map(\.codes) == ["27138", "27130"])
    }

    @Test("a state or program abbreviation before a code is not an address; a modifier is dropped; any dash makes a range")
    func lookalikes() {
        let read = CodeListText("MA 27130 required\nPA 27447, IN 0042T\nSee 64490-50-LT and 95800 through\n95811; J0585\u{2014}J0587; CPT\u{00A0}70553")
        #expect(read.occurrences.map(\.codes) == ["27130", "27447", "0042T", "64490", "95800-95811", "J0585-J0587", "70553"])
        #expect(read.ignored.isEmpty)
        #expect(CodeListText("Mail: Acme, PO Box 27130, Dallas, TX 75201").ignored.map(\.reason) == [.address, .zipCode])
    }

    @Test("a range wrapped inside a table cell is one range; a code-dash-description list is not")
    func wrappedCells() {
        let table = """
            Code         Description                      Status
            27130-       Hip arthroplasty,                Required
            27138        all approaches
            64490        Facet injection                  Required   J0585-
                                                                     J0587
            """
        #expect(CodeListText(table).occurrences.map(\.codes) == ["27130-27138", "64490", "J0585-J0587"])
        #expect(CodeListText(table).occurrences.first?.text == "27130- 27138")
        #expect(CodeListText("27130-  Hip\n27447-  Knee").occurrences.map(\.codes) == ["27130", "27447"])
        #expect(CodeListText("27130 - Hip\n27447 - Knee").occurrences.map(\.codes) == ["27130", "27447"])
        #expect(CodeListText("27130-  Hip\n   27447  Knee").occurrences.map(\.codes) == ["27130", "27447"])
    }

    @Test("CSV rows and a pasted web table with tabs read the same codes")
    func csvAndTabs() {
        let csv = CodeListText("code,category,effective\n\"27130\",Hip,2026-01-01\n27447,Knee,01/2026\nK0856,DME,\n")
        #expect(csv.occurrences.map(\.codes) == ["27130", "27447", "K0856"])
        #expect(csv.ignored.map(\.reason) == [.date, .date])
        let table = CodeListText("Code\tStart\n70551\t1/1/2026\n70552 – 70553\t1/1/2026")
        #expect(table.ranges.map(\.description) == ["70551-70553"])
    }
}
