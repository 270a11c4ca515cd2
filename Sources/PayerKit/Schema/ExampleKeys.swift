// The keys of the `examples` section and of its questions, declared once (type, required, doc).

enum ExamplesKey: String, SchemaKey {
    case authorization, retro

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .authorization: (.entries(.authorizationExample), false, "Authorization questions: code, date of service, scope, and the intended verdict.")
        case .retro: (.entries(.retroExample), false, "Retro-authorization questions: service date, day asked, scope, and the intended status.")
        }
    }
}

enum AuthorizationExampleKey: String, SchemaKey {
    case code
    case dateOfService = "date_of_service"
    case billedWith = "billed_with"
    case expect

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .code: (.singleCode, true, "The code asked about.")
        case .dateOfService: (.date, true, "The date of service.")
        case .billedWith: (.list(.singleCode), false, "Other codes on the claim, for pairing rules (`billed_with`).")
        case .expect: (.oneOf(AuthorizationVerdict.allCases.map(\.rawValue)), true, "The intended verdict.")
        }
    }
}

enum RetroExampleKey: String, SchemaKey {
    case serviceDate = "service_date"
    case asOf = "as_of"
    case code, expect, deadline

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .serviceDate: (.date, true, "The date the window counts from.")
        case .asOf: (.date, true, "The day the question is asked.")
        case .code: (.singleCode, false, "The service's code, when the example names one.")
        case .expect: (.oneOf(RetroStatus.codes), true, "The intended status.")
        case .deadline: (.date, false, "The intended last day of the window, when stated.")
        }
    }
}

/// The scope keys of an example question: each dimension once, each optional.
enum ExampleScopeKey: String, SchemaKey {
    case lineOfBusiness = "line_of_business"
    case plan, state
    case memberState = "member_state"
    case setting, network

    package var declaration: (type: ValueType, isRequired: Bool, doc: String) {
        switch self {
        case .lineOfBusiness: (.oneOf(Words.linesOfBusiness), false, "The member's line of business; leave out if not known.")
        case .plan: (.identifier, false, "The member's plan id; leave out if not known.")
        case .state: (.oneOf(Words.states), false, "The state where the service is furnished; leave out if not known.")
        case .memberState: (.oneOf(Words.states), false, "The member's state of residence; leave out if not known.")
        case .setting: (.oneOf(Words.settings), false, "The setting of the service; leave out if not known.")
        case .network: (.oneOf(Words.networks), false, "The provider's network status; leave out if not known.")
        }
    }
}
