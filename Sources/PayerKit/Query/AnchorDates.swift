/// The dates a case's deadlines count from, each given separately: a payer's policies, appeal levels and filing
/// limits each count from their own ``Anchor``, and a date nobody gave is never replaced by another. `Codable` as
/// `{service, admission, …}`, the dates given.
public struct AnchorDates: Sendable, Hashable, Codable {
    /// The date of service (``Anchor/dateOfService``).
    public var service: CalendarDate
    /// The admission date (``Anchor/admission``).
    public var admission: CalendarDate?
    /// The discharge date (``Anchor/discharge``).
    public var discharge: CalendarDate?
    /// The date the payer was notified (``Anchor/notification``).
    public var notification: CalendarDate?
    /// The date the member was added to eligibility (``Anchor/eligibilityAddDate``).
    public var eligibilityAdd: CalendarDate?
    /// The date of the denial or remittance notice being answered (``Anchor/denialNotice``).
    public var denialNotice: CalendarDate?
    /// The date of the initial determination; with an appeal level's `presumed_receipt` it gives
    /// ``Anchor/initialDeterminationReceipt``.
    public var initialDetermination: CalendarDate?
    /// The day the initial determination was actually received, when known: it counts instead of the presumption.
    public var initialDeterminationReceived: CalendarDate?

    /// Creates the dates of a case; only the date of service is required.
    public init(
        service: CalendarDate, admission: CalendarDate? = nil, discharge: CalendarDate? = nil, notification: CalendarDate? = nil,
        eligibilityAdd: CalendarDate? = nil, denialNotice: CalendarDate? = nil, initialDetermination: CalendarDate? = nil,
        initialDeterminationReceived: CalendarDate? = nil
    ) {
        self.service = service
        self.admission = admission
        self.discharge = discharge
        self.notification = notification
        self.eligibilityAdd = eligibilityAdd
        self.denialNotice = denialNotice
        self.initialDetermination = initialDetermination
        self.initialDeterminationReceived = initialDeterminationReceived
    }

    /// The dates given for the anchors that are plain dates (every anchor but the receipt of the initial
    /// determination, which may be presumed).
    public var plainDates: [Anchor: CalendarDate] {
        var dates: [Anchor: CalendarDate] = [.dateOfService: service]
        dates[.admission] = admission
        dates[.discharge] = discharge
        dates[.notification] = notification
        dates[.eligibilityAddDate] = eligibilityAdd
        dates[.denialNotice] = denialNotice
        dates[.initialDeterminationReceipt] = initialDeterminationReceived
        return dates
    }

    /// Every date given, with the name of its input, in order (for range checks and messages).
    var given: [(name: String, date: CalendarDate)] {
        [
            ("service date", service), ("admission date", admission), ("discharge date", discharge),
            ("notification date", notification), ("eligibility add date", eligibilityAdd),
            ("denial notice date", denialNotice), ("initial determination date", initialDetermination),
            ("initial determination receipt date", initialDeterminationReceived),
        ].compactMap { name, date in date.map { (name, $0) } }
    }

    /// The date a window counting from `anchor` starts on, or what is missing.
    public func start(of anchor: Anchor, presumedReceipt: TimeLimit? = nil) -> AnchorStart {
        if anchor == .initialDeterminationReceipt {
            if let initialDeterminationReceived { return .given(initialDeterminationReceived) }
            guard let initialDetermination else { return .missing(.initialDeterminationReceipt) }
            guard let presumedReceipt else { return .missing(.initialDeterminationReceipt) }
            return .presumed(presumedReceipt.deadline(from: initialDetermination), from: initialDetermination, after: presumedReceipt)
        }
        return plainDates[anchor].map(AnchorStart.given) ?? .missing(anchor)
    }
}

/// Where a deadline starts: a date given, a receipt presumed some time after a notice's date, or a date not given.
public enum AnchorStart: Sendable, Hashable {
    /// The date given for the anchor.
    case given(CalendarDate)
    /// Receipt presumed `after` the notice dated `from`.
    case presumed(CalendarDate, from: CalendarDate, after: TimeLimit)
    /// The anchor's date was not given.
    case missing(Anchor)

    /// The start date, when known.
    public var date: CalendarDate? {
        switch self {
        case .given(let date), .presumed(let date, _, _): date
        case .missing: nil
        }
    }
}
