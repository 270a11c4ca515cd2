/// The USPS codes accepted as states: the 50 states, DC and the territories.
package enum USState {
    package static let codes = Set(ordered)
    /// The codes in the order lists show them: the states, DC, then the territories.
    package static let ordered = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
        "AS", "MP",
    ]
}
