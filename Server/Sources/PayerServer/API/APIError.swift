import Foundation
import Hummingbird
import PayerKit

/// A refusal the client can act on: a 400 for bad input, a 404 for an unknown payer or path, a 405, 413 or 414 for a
/// request outside the server's bounds. The body is `{"error": one sentence, "field": the parameter at fault,
/// "suggestions": [...]}`; `field` and `suggestions` only when known.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    /// The response status.
    public var status: HTTPResponse.Status
    /// One sentence saying what is wrong and what to do.
    public var message: String
    /// The query parameter at fault (`code`, `date`, `payer`, …).
    public var field: String?
    /// For an unknown payer: the nearest payer ids, best first.
    public var suggestions: [String]?

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil, suggestions: [String]? = nil) {
        self.status = status
        self.message = message
        self.field = field
        self.suggestions = suggestions
    }

    /// A 400 for a bad value of `field`.
    public static func badRequest(_ message: String, field: String?) -> APIError {
        APIError(.badRequest, message, field: field)
    }

    /// The JSON body.
    public struct Body: Codable, Sendable, Equatable {
        public var error: String
        public var field: String?
        public var suggestions: [String]?
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONBody.response(Body(error: message, field: field, suggestions: suggestions), status: status)
    }
}

extension APIError {
    /// The HTTP form of a library error: an unknown payer is a 404 with suggestions, everything a question can get
    /// wrong is a 400 naming the parameter. `fields` maps what the library calls a dimension to the parameter the
    /// request used (`date` for the authorization question, `service_date` for retro).
    init(_ error: PayerKitError, dateField: String, stateField: String? = nil) {
        switch error {
        case .unknownPayer(_, let suggestions):
            self.init(.notFound, error.message.replacingOccurrences(of: "run 'payer list' to see every payer", with: "GET /v1/payers lists every payer"),
                      field: "payer", suggestions: suggestions)
        case .ambiguousPayer(_, let candidates):
            self.init(.badRequest, error.message, field: "payer", suggestions: candidates)
        case .invalidInput:
            self.init(.badRequest, error.message, field: dateField)
        case .invalidCode:
            self.init(.badRequest, error.message, field: "code")
        case .scopeNotServed(let dimension, _, _, _):
            self.init(.badRequest, error.message, field: QueryField.name(of: dimension))
        case .invalidStateCode:
            self.init(.badRequest, error.message, field: stateField ?? "state")
        case .dateOutOfRange:
            self.init(.badRequest, error.message, field: dateField)
        case .serviceDateAfterAsOf:
            self.init(.badRequest, error.message, field: "service_date")
        case .rulesNotFound, .invalidRules, .bundledRulesMissing:
            // A question never loads rules; reaching here is a bug, so it is a 500.
            self.init(.internalServerError, "the rules in service could not answer; this is a bug in payer-server")
        }
    }
}
