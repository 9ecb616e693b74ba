import Simulation

/// Drawn prebooking (`demand.prebooked`): a share of the requests that carry no booking time of their
/// own (Poisson arrivals, and replayed rows with an empty `booking_time_s`) are booked ahead.
///
/// Each such request is prebooked with probability `share`, booked a lead time drawn uniformly in
/// [`minLead`, `maxLead`] before its departure (`request_time_s`, or the Poisson arrival). The draws
/// come from the run's `prebooking` stream, one stream per request, so that they shift no other
/// draw, and a larger share prebooks the same requests and more, with the same lead times.
public struct PrebookedDemand: Hashable, Sendable {
    /// Probability that a request without its own booking time is prebooked, in [0, 1].
    public var share: Double
    /// The shortest and longest lead time, booking to departure (each in [0, `maxLeadHours`] hours).
    public var minLead: SimTime
    public var maxLead: SimTime

    /// The longest lead time: a week, as far back as a demand CSV's `booking_time_s` goes.
    public static let maxLeadHours = 168.0

    public init(share: Double, minLead: SimTime = .hours(1), maxLead: SimTime = .hours(24)) {
        self.share = share; self.minLead = minLead; self.maxLead = maxLead
    }
}
