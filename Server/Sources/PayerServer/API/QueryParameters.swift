import Foundation
import PayerKit

/// The parameters of a query string, decoded the way an HTML form sends them (`+` is a space, `%XX` a byte), with
/// every name checked against what the endpoint accepts.
///
/// Empty values count as absent, so a form submitted with its optional fields left blank asks the same question as a
/// URL without them.
struct QueryParameters: Sendable {
    /// Name and value pairs in order; values trimmed.
    private(set) var pairs: [(name: String, value: String)] = []

    /// The most parameters one request may carry, and the longest value.
    static let maximumCount = 40
    static let maximumValueLength = 200

    /// Decodes `query` (the part after `?`), accepting only `allowed` names.
    ///
    /// - Throws: ``APIError`` 400 for an unknown name, a value that is not valid percent-encoded UTF-8, too many
    ///   parameters or an over-long value.
    init(_ query: String?, allowed: Set<String>) throws {
        guard let query, !query.isEmpty else { return }
        let parts = query.split(separator: "&", omittingEmptySubsequences: true)
        guard parts.count <= Self.maximumCount else {
            throw APIError.badRequest("too many query parameters (at most \(Self.maximumCount))", field: nil)
        }
        for part in parts {
            let (rawName, rawValue) = part.firstIndex(of: "=").map { (part[..<$0], part[part.index(after: $0)...]) } ?? (part, "")
            guard let name = Self.decode(rawName) else {
                throw APIError.badRequest("a query parameter name is not valid percent-encoded UTF-8", field: nil)
            }
            guard allowed.contains(name) else {
                let hint = NameHints.closest(to: name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                throw APIError.badRequest("unknown query parameter '\(Self.clipped(name))'\(hint); this endpoint takes \(allowed.sorted().joined(separator: ", "))", field: Self.clipped(name))
            }
            guard let value = Self.decode(rawValue) else {
                throw APIError.badRequest("the value of '\(name)' is not valid percent-encoded UTF-8", field: name)
            }
            guard value.count <= Self.maximumValueLength else {
                throw APIError.badRequest("the value of '\(name)' is longer than \(Self.maximumValueLength) characters", field: name)
            }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { pairs.append((name, trimmed)) }
        }
    }

    /// The single value of `name`, or nil.
    ///
    /// - Throws: ``APIError`` 400 when the parameter is given more than once.
    func value(_ name: String) throws -> String? {
        let values = pairs.filter { $0.name == name }
        guard values.count <= 1 else { throw APIError.badRequest("'\(name)' may be given only once", field: name) }
        return values.first?.value
    }

    /// Every value of `name`, each split at commas and spaces (`code=64490,70553` or `code=64490&code=70553`).
    func list(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.flatMap { $0.value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) }
    }

    private static func decode(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// A name as echoed in an error: at most 40 characters.
    private static func clipped(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}

/// Names of query parameters, one place for each.
enum QueryField {
    static let payer = "payer"
    static let code = "code"
    static let date = "date"
    static let serviceDate = "service_date"
    static let asOf = "as_of"
    static let lineOfBusiness = "line_of_business"
    static let state = "state"
    static let setting = "setting"
    static let plan = "plan"
    static let memberState = "member_state"
    static let network = "network"
    static let billedWith = "billed_with"
    static let approvedOn = "approved_on"
    static let admissionDate = "admission_date"
    static let dischargeDate = "discharge_date"
    static let notificationDate = "notification_date"
    static let eligibilityAddDate = "eligibility_add_date"
    static let denialDate = "denial_date"
    static let initialDeterminationDate = "initial_determination_date"
    static let initialDeterminationReceivedDate = "initial_determination_received_date"

    /// The parameter that carries a scope dimension.
    static func name(of dimension: ScopeDimension) -> String {
        switch dimension {
        case .lineOfBusiness: lineOfBusiness
        case .plan: plan
        case .state: state
        case .memberState: memberState
        case .setting: setting
        case .network: network
        }
    }

    /// The dates a timeline's windows count from, besides the date of service.
    static let anchorDates: Set<String> = [
        admissionDate, dischargeDate, notificationDate, eligibilityAddDate, denialDate, initialDeterminationDate,
        initialDeterminationReceivedDate,
    ]

    /// The scope parameters every question takes.
    static let scope: Set<String> = [lineOfBusiness, state, setting, plan, memberState, network]
}

/// The nearest of a few known words, for did-you-mean hints.
enum NameHints {
    static func closest(to text: String, in candidates: some Collection<String>) -> String? {
        let scored = candidates.map { ($0, distance(text.lowercased(), $0)) }.filter { $0.1 <= max(2, text.count / 3) }
        return scored.min { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }?.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.prefix(64)), b = Array(b.prefix(64))
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
