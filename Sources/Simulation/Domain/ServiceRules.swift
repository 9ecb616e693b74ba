/// The booking rules of the service the riders talk to: flags, service hours, how far ahead one may book.
public struct ServiceRules: Hashable, Sendable {
    /// The customer flags the service knows (some read-only: set by the operator, not through the API).
    public var flags: [CustomerFlag]
    /// Share of simulated customers carrying each flag (drawn independently per flag).
    public var flagShares: [FlagShare]
    /// Daily service hours as milliseconds since midnight, `start` inclusive, `end` exclusive (`end` may
    /// pass midnight, e.g. 22:00–26:00); `nil` is around the clock.
    public var serviceHours: ServiceHours?
    /// How far ahead of now a departure or arrival time may be.
    public var bookingHorizon: SimTime
    /// How far in the past a departure time may be (a clock that runs a little behind).
    public var pastTolerance: SimTime
    /// The customer extension: the VIP tier's wait weight and the simulated customers' mix.
    public var customers: CustomerRules

    public init(
        flags: [CustomerFlag] = [], flagShares: [FlagShare] = [], serviceHours: ServiceHours? = nil,
        bookingHorizon: SimTime = .hours(24 * 7), pastTolerance: SimTime = .minutes(5),
        customers: CustomerRules = CustomerRules()
    ) {
        self.flags = flags; self.flagShares = flagShares; self.serviceHours = serviceHours
        self.bookingHorizon = bookingHorizon; self.pastTolerance = pastTolerance; self.customers = customers
    }
}

/// A flag and the share of simulated customers that carry it.
public struct FlagShare: Hashable, Sendable {
    public var flag: String
    public var share: Double
    public init(flag: String, share: Double) { self.flag = flag; self.share = share }
}

/// Daily hours of service.
public struct ServiceHours: Hashable, Sendable {
    public var start: SimTime
    public var end: SimTime
    public init(start: SimTime, end: SimTime) { self.start = start; self.end = end }

    /// Whether the service runs at `time` (on any day of the run).
    public func contains(_ time: SimTime) -> Bool {
        let day = SimTime.hours(24).ms
        let t = ((time.ms % day) + day) % day
        return (start.ms..<end.ms).contains(t) || (start.ms..<end.ms).contains(t + day)
    }
}
