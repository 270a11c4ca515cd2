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

    /// The date given for each anchor; the receipt of the initial determination only when its day was given (without
    /// it, a window may presume one from the determination's date).
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

    /// Every date given, in order (for range checks).
    var given: [CalendarDate] {
        [service, admission, discharge, notification, eligibilityAdd, denialNotice, initialDetermination, initialDeterminationReceived]
            .compactMap { $0 }
    }
}
