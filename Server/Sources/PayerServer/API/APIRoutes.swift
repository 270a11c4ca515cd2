import Foundation
import Hummingbird
import PayerKit

/// The JSON API: `/v1/payers`, `/v1/payers/{id}`, `/v1/auth`, `/v1/retro`, `/v1/timeline`, `/v1/checklist`,
/// `/v1/ruleset`, `/healthz`,
/// `/openapi.json`, and `/hello` (a constant answer that benchmarks compare the API with).
///
/// Every handler takes the rule set in service once and sets `X-PayerKit-Rule-Set` from that one.
struct APIRoutes: Sendable {
    let rules: RuleService
    let today: ServerClock

    func add(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { request, _ in try self.health(request) }
        router.get("/hello") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: "Hello, world!\n")))
        }
        router.get("/openapi.json") { request, _ in try self.openAPI(request) }
        router.get("/v1/ruleset") { request, _ in try self.ruleSet(request) }
        router.get("/v1/payers") { request, _ in try self.payers(request) }
        router.get("/v1/payers/{id}") { request, context in try self.contactSheet(request, id: context.parameters.get("id") ?? "") }
        router.get("/v1/auth") { request, _ in try self.authorization(request) }
        router.get("/v1/retro") { request, _ in try self.retro(request) }
        router.get("/v1/timeline") { request, _ in try self.timeline(request) }
        router.get("/v1/checklist") { request, _ in try self.checklist(request) }
    }

    /// `{"status": "ok" | "degraded", "ruleSet", "loadedAt", "lastReloadAt", "lastReloadError", "lastReloadDiagnostics"}`:
    /// always 200 while rules are serving; `degraded` when the last reload failed and older rules still answer.
    struct Health: Codable, Sendable, Equatable {
        var status: String
        var ruleSet: RuleSetIdentity
        var payers: Int
        var loadedAt: String
        var lastReloadAt: String?
        var lastReloadError: String?
        var lastReloadDiagnostics: [String]?
    }

    func health(_ request: Request) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let knowledgeBase = rules.current
        let status = rules.reloadStatus
        let health = Health(
            status: status.lastReloadError == nil ? "ok" : "degraded", ruleSet: knowledgeBase.identity, payers: knowledgeBase.payers.count,
            loadedAt: status.loadedAt, lastReloadAt: status.lastReloadAt, lastReloadError: status.lastReloadError,
            lastReloadDiagnostics: status.lastReloadDiagnostics)
        return JSONBody.response(health, headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    /// `{"ruleSet", "payers", "files", "loadedAt", "lastReloadAt", "lastReloadError"}`: which rules answer.
    struct RuleSetDescription: Codable, Sendable, Equatable {
        var ruleSet: RuleSetIdentity
        var payers: Int
        var files: [String]
        var loadedAt: String
        var lastReloadAt: String?
        var lastReloadError: String?
    }

    func ruleSet(_ request: Request) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let knowledgeBase = rules.current
        let status = rules.reloadStatus
        let description = RuleSetDescription(
            ruleSet: knowledgeBase.identity, payers: knowledgeBase.payers.count,
            files: knowledgeBase.files.map { ($0 as NSString).lastPathComponent }, loadedAt: status.loadedAt,
            lastReloadAt: status.lastReloadAt, lastReloadError: status.lastReloadError)
        return JSONBody.response(description, headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func payers(_ request: Request) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let knowledgeBase = rules.current
        return JSONBody.response(knowledgeBase.payers.map(PayerSummary.init), headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func contactSheet(_ request: Request, id: String) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let knowledgeBase = rules.current
        let payer = try PayerServer.payer(id.removingPercentEncoding ?? id, in: knowledgeBase)
        return JSONBody.response(ContactSheet(payer), headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func authorization(_ request: Request) throws -> Response {
        let today = today.day()
        let question = try AuthorizationRequest(QueryParameters(request.uri.query, allowed: AuthorizationRequest.fields), today: today)
        let knowledgeBase = rules.current
        let answers = try question.answers(in: knowledgeBase, asOf: today)
        return JSONBody.response(answers, headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func retro(_ request: Request) throws -> Response {
        let question = try RetroRequest(QueryParameters(request.uri.query, allowed: RetroRequest.fields), today: today.day())
        let knowledgeBase = rules.current
        let answer = try question.answer(in: knowledgeBase)
        return JSONBody.response(answer, headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func timeline(_ request: Request) throws -> Response {
        let question = try TimelineRequest(QueryParameters(request.uri.query, allowed: TimelineRequest.fields), today: today.day())
        let knowledgeBase = rules.current
        return JSONBody.response(try question.answer(in: knowledgeBase), headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func checklist(_ request: Request) throws -> Response {
        let question = try ChecklistRequest(QueryParameters(request.uri.query, allowed: ChecklistRequest.fields), today: today.day())
        let knowledgeBase = rules.current
        return JSONBody.response(try question.answer(in: knowledgeBase), headers: [.ruleSet: knowledgeBase.identity.headerValue])
    }

    func openAPI(_ request: Request) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        guard let document = OpenAPIDocument.bytes else {
            throw APIError(.internalServerError, "the OpenAPI document is missing from the server's resources; this is a bug in payer-server")
        }
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: document)))
    }
}

/// The hand-written OpenAPI 3.1 document in the package's resources.
public enum OpenAPIDocument {
    /// The document's bytes, or nil when the resource bundle is missing.
    public static let bytes: Data? = Bundle.module.url(forResource: "openapi", withExtension: "json").flatMap { try? Data(contentsOf: $0) }
}

/// Which day "today" is: the server's only reading of the clock, in the time zone the practice works in.
public struct ServerClock: Sendable {
    private let timeZone: TimeZone
    private let fixed: CalendarDate?

    /// Today in `timeZone`.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        self.fixed = nil
    }

    /// Always `day` (tests, and `--today`).
    public init(fixed day: CalendarDate) {
        self.timeZone = .gmt
        self.fixed = day
    }

    /// Today.
    public func day() -> CalendarDate { fixed ?? .today(in: timeZone) }
}
