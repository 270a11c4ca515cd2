import Testing
@testable import PayerKit

@Suite("Examples in payer files")
struct ExamplesTests {
    let rules = minimalPayer + """
        prior_authorization:
          - category: Advanced imaging
            codes: ["70551-70553"]
            requirement: required
            lines_of_business: [commercial]
            effective_from: 2025-01-01
            source: https://example.com/imaging
        retro_authorization:
          - accepted: true
            window: {length: 14, unit: calendar-days}
            anchor: date-of-service
            policy: Retro requests within 14 days of the date of service.
            source: https://example.com/retro

        """

    @Test("examples that match the rules load silently and are kept on the payer")
    func passing() throws {
        let loaded = try payer(rules + """
            examples:
              authorization:
                - {code: "70552", date_of_service: 2025-03-01, line_of_business: commercial, expect: required}
                - {code: "70552", date_of_service: 2024-12-31, line_of_business: commercial, expect: unknown}
                - {code: "70552", date_of_service: 2025-03-01, expect: conditional}
                - {code: "99213", date_of_service: 2025-03-01, expect: unknown}
              retro:
                - {service_date: 2026-11-01, as_of: 2026-11-06, expect: open, deadline: 2026-11-15}
                - {service_date: 2026-11-01, as_of: 2026-11-20, expect: closed}

            """)
        #expect(loaded.examples.authorization.count == 4)
        #expect(loaded.examples.retro.count == 2)
    }

    @Test("an example the rules contradict is an error at the example, naming the deciding rule and the fix")
    func failing() {
        let found = messages(rules + """
            examples:
              authorization:
                - {code: "70552", date_of_service: 2025-03-01, line_of_business: commercial, expect: not-required}
              retro:
                - service_date: 2026-11-01
                  as_of: 2026-11-06
                  expect: open
                  deadline: 2026-11-14

            """)
        #expect(found == [
            "23:7: error: example expects 70552 on 2025-03-01 to be 'not-required' but the rules answer 'required' (decided by the rule at line 9); fix the rules or the example",
            "25:7: error: example expects a service on 2026-11-01, asked on 2026-11-06, to be 'open with deadline 2026-11-14' but the rules answer 'open with deadline 2026-11-15'; fix the rules or the example",
        ])
        #expect(decode(rules + "examples:\n  retro:\n    - {service_date: 2026-11-01, as_of: 2026-11-20, expect: closed}\n").payer != nil)
    }

    @Test("a typo'd key or value in an example is reported like any other")
    func typos() {
        let found = messages(rules + """
            examples:
              authorization:
                - {code: "70552", date_of_servce: 2025-03-01, expect: required}
                - {code: "70552", date_of_service: 2025-03-01, expect: needed}
              retro:
                - {service_date: 2026-11-01, expect: open}

            """)
        #expect(found.contains("23:23: error: unknown key 'date_of_servce' in an authorization example (did you mean 'date_of_service'?)"))
        #expect(found.contains("24:60: error: 'needed' is not a valid expect; expected one of: required, not-required, conditional, unknown"))
        #expect(found.contains("26:7: error: a retro example is missing the required key 'as_of'"))
    }
}
