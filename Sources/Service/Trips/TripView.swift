import Simulation

/// `GetTrip`: a trip as the customer and the integrator see it.
public struct TripView: Hashable, Sendable {
    public var tripID: String
    public var customerID: String
    public var state: TripState
    public var serviceClass: String
    public var loads: [Load]
    public var priceCents: Int
    public var pickup: ServiceStop
    public var dropoff: ServiceStop
    /// The promised windows.
    public var pickupEarliest: SimTime
    public var pickupLatest: SimTime
    public var dropoffLatest: SimTime
    /// Actual once it happened (`pickupHappened`), otherwise the current estimate.
    public var pickupTime: SimTime
    public var pickupHappened: Bool
    public var dropoffTime: SimTime
    public var dropoffHappened: Bool
    /// The vehicle (id, type as label, position now) while the trip is in fulfilment.
    public var vehicle: TripStatus.Vehicle?
}
