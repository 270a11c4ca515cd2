import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PayerKit

/// The outermost layer of every request: bounds, the request id, the rule-set header, errors as JSON, security
/// headers and one log line.
///
/// - Only GET and HEAD: the server is read-only (405 otherwise).
/// - The request target is at most ``maximumTargetLength`` bytes (414) and carries no body (413).
/// - `X-Request-ID` is echoed when the client (or a reverse proxy) sent a plain one, else made up.
/// - `X-PayerKit-Rule-Set` names the rules that answered; handlers that answered set it from the rule set they used.
/// - The log line has method, path (never the query string: that is where a question's details are), status,
///   duration and request id.
struct RequestMiddleware<Context: RequestContext>: RouterMiddleware {
    static var maximumTargetLength: Int { 2048 }

    let rules: RuleService
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let requestID = Self.requestID(from: request.headers[.requestID])
        var response: Response
        do {
            try Self.checkBounds(request)
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            response = APIError(.notFound, "no such path: / is the lookup page and /openapi.json documents the API").jsonResponse()
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            logger.error("unexpected error", metadata: ["request_id": .string(requestID), "error": .string(String(describing: type(of: error)))])
            response = APIError(.internalServerError, "the server failed to answer; this is a bug in payer-server").jsonResponse()
        }
        response.headers[.requestID] = requestID
        if response.headers[.ruleSet] == nil {
            response.headers[.ruleSet] = rules.current.identity.headerValue
        }
        Self.addSecurityHeaders(&response.headers)
        let duration = start.duration(to: .now)
        logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "path": .string(String(request.uri.path.prefix(200))),
            "status": .stringConvertible(response.status.code),
            "duration_ms": .string(String(format: "%.3f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)),
            "request_id": .string(requestID),
        ])
        return response
    }

    private static func checkBounds(_ request: Request) throws {
        guard request.method == .get || request.method == .head else {
            throw APIError(.methodNotAllowed, "payer-server is read-only: use GET")
        }
        guard request.uri.string.utf8.count <= maximumTargetLength else {
            throw APIError(.uriTooLong, "the request URL is longer than \(maximumTargetLength) bytes")
        }
        if let length = request.headers[.contentLength], length != "0" {
            throw APIError(.contentTooLarge, "requests carry no body: every question goes in the query string")
        }
        if request.headers[.transferEncoding] != nil {
            throw APIError(.contentTooLarge, "requests carry no body: every question goes in the query string")
        }
    }

    /// The client's id when it is 1–64 letters, digits, `-`, `_` or `.`; otherwise a new random one.
    static func requestID(from header: String?) -> String {
        if let header, (1...64).contains(header.utf8.count),
           header.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }) {
            return header
        }
        var generator = SystemRandomNumberGenerator()
        let bits = generator.next() as UInt64
        let hex = String(bits, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func addSecurityHeaders(_ headers: inout HTTPFields) {
        headers[.xContentTypeOptions] = "nosniff"
        headers[.referrerPolicy] = "no-referrer"
        if headers[.contentSecurityPolicy] == nil {
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        }
        if headers[.cacheControl] == nil {
            headers[.cacheControl] = "no-store"
        }
    }
}

extension APIError {
    func jsonResponse() -> Response {
        JSONBody.response(Body(error: message, field: field, suggestions: suggestions), status: status)
    }
}

extension HTTPField.Name {
    /// `X-Request-ID`: the id of this request in the server's log.
    static let requestID = HTTPField.Name("X-Request-ID")!
    /// `X-PayerKit-Rule-Set`: which rules answered (`content=…; schema=…; files=…; git=…`).
    static let ruleSet = HTTPField.Name("X-PayerKit-Rule-Set")!
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}

extension RuleSetIdentity {
    /// `content=3562…; schema=2; files=18; git=59b6c4f…`.
    var headerValue: String {
        "content=\(contentHash); schema=\(schemaVersion); files=\(fileCount)" + (gitRevision.map { "; git=\($0)" } ?? "")
    }
}
