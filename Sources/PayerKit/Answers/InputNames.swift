/// How an answer's sentences name what the asker can still give: "give --state" to the `payer` tool's user, "give
/// the state" on a form. The sentences of ``RequestChecklist`` take their names from it.
public struct InputNames: Sendable, Hashable {
    /// The input that sets each scope dimension ("--state", "the state").
    public var scope: [ScopeDimension: String]
    /// What to do to get the approval's last day ("give --approved-on DATE to compute it").
    public var approvalDate: String
    /// Where the payer's whole contact sheet is ("'payer contact cigna'"); `{payer}` stands for the payer's id.
    public var contactSheet: String

    /// Names for each input; a dimension left out is named by its ``ScopeDimension/label``.
    public init(scope: [ScopeDimension: String], approvalDate: String, contactSheet: String = "the payer's contact sheet") {
        self.scope = scope
        self.approvalDate = approvalDate
        self.contactSheet = contactSheet
    }

    /// The `payer` tool's options.
    public static let commandLine = InputNames(
        scope: [
            .lineOfBusiness: "--line-of-business", .plan: "--plan", .state: "--state", .memberState: "--member-state",
            .setting: "--setting", .network: "--network",
        ],
        approvalDate: "give --approved-on DATE to compute it", contactSheet: "'payer contact {payer}'")

    /// The name of the input that sets `dimension`.
    func name(_ dimension: ScopeDimension) -> String { scope[dimension] ?? dimension.label }

    /// Where `payer`'s contact sheet is.
    func contactSheet(of payer: Payer) -> String { contactSheet.replacing("{payer}", with: payer.id) }
}
