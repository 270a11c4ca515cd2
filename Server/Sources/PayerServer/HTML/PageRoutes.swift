import Foundation
import Hummingbird
import PayerKit

/// The pages: `/` (the lookup), `/checklist` (one request's filing checklist), `/payers` (the reference list),
/// `/payers/{id}` (a contact sheet), `/style.css`.
struct PageRoutes: Sendable {
    let rules: RuleService
    let today: ServerClock

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in self.lookup(request) }
        router.get("/checklist") { request, _ in self.checklist(request) }
        router.get("/payers") { request, _ in try self.list(request) }
        router.get("/payers/{id}") { request, context in try self.sheet(request, id: context.parameters.get("id") ?? "") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=300"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
    }

    /// The form; with a submitted question, the answer or why there is none (400 or 404, still a whole page).
    func lookup(_ request: Request) -> Response {
        let today = today.day()
        let knowledgeBase = rules.current
        var parameters: QueryParameters?
        var page = LookupPage(knowledgeBase: knowledgeBase, today: today, values: .init(nil))
        do {
            parameters = try QueryParameters(request.uri.query, allowed: AuthorizationRequest.fields)
            page = LookupPage(knowledgeBase: knowledgeBase, today: today, values: .init(parameters))
            if let parameters, !parameters.pairs.isEmpty {
                let question = try AuthorizationRequest(parameters, today: today)
                page.answers = try question.answers(in: knowledgeBase, asOf: today)
                if question.dateOfService < today {
                    page.retro = try? RetroRequest(payer: question.payer, serviceDate: question.dateOfService, asOf: today,
                                                   scope: question.scope, code: question.codes.first?.code).answer(in: knowledgeBase)
                }
            }
        } catch let error as APIError {
            page.error = error
        } catch {
            page.error = APIError(.internalServerError, "the question could not be answered; this is a bug in payer-server")
        }
        return Self.html(page.render(), status: page.error?.status ?? .ok, ruleSet: knowledgeBase.identity)
    }

    /// The checklist of one request; a question that cannot be answered is a 400 or 404 page saying why.
    func checklist(_ request: Request) -> Response {
        let today = today.day()
        let knowledgeBase = rules.current
        var page = ChecklistPage(knowledgeBase: knowledgeBase, today: today, query: [])
        do {
            let parameters = try QueryParameters(request.uri.query, allowed: ChecklistRequest.fields)
            page = ChecklistPage(knowledgeBase: knowledgeBase, today: today, query: parameters.pairs.map { URLQueryItem(name: $0.name, value: $0.value) })
            page.checklist = try ChecklistRequest(parameters, today: today).answer(in: knowledgeBase, names: Words.form)
        } catch let error as APIError {
            page.error = error
        } catch {
            page.error = APIError(.internalServerError, "the question could not be answered; this is a bug in payer-server")
        }
        return Self.html(page.render(), status: page.error?.status ?? .ok, ruleSet: knowledgeBase.identity)
    }

    func list(_ request: Request) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let knowledgeBase = rules.current
        return Self.html(PayerPages.list(knowledgeBase, today: today.day()), ruleSet: knowledgeBase.identity)
    }

    func sheet(_ request: Request, id: String) throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let knowledgeBase = rules.current
        do {
            let payer = try PayerServer.payer(id.removingPercentEncoding ?? id, in: knowledgeBase)
            return Self.html(PayerPages.sheet(payer, knowledgeBase: knowledgeBase, today: today.day()), ruleSet: knowledgeBase.identity)
        } catch let error as APIError {
            return Self.html(PayerPages.notFound(error, knowledgeBase: knowledgeBase, today: today.day()), status: error.status, ruleSet: knowledgeBase.identity)
        }
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok, ruleSet: RuleSetIdentity) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .ruleSet: ruleSet.headerValue],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: page.rendered)))
    }
}
