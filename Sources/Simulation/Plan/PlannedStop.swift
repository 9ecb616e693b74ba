/// One pickup or drop-off in a vehicle's stop plan, with its time window and derived timing.
///
/// Times follow the usual slack formulation of dial-a-ride insertion (see `VehiclePlan.retime`):
/// service starts at `max(arrival, earliest)` and must start no later than `latest`.
public struct PlannedStop: Hashable, Sendable {
    public var place: PlaceID
    /// Index of the trip (= the request's index in the run).
    public var trip: Int32
    public var isPickup: Bool
    /// A rider's pickup or drop-off, or an operational stop (`trip` is then -1).
    public var activity = StopActivity.ride
    /// Service may not start before this (the rider is not at the stop yet, or the plan holds its promise).
    public var earliest: SimTime
    /// Service must start by this.
    public var latest: SimTime
    /// Dwell: stop time plus boarding or alighting.
    public var duration: SimTime
    /// Load change at this stop (the group's demand; added at pickups, removed at drop-offs).
    public var demand: Occupancy
    /// Drop-offs only: the latest drop-off promised in the offer, and the ride-time limit.
    public var promisedLatest: SimTime
    public var maxRide: SimTime

    /// Duration of the leg into this stop, fixed when the leg is first planned (with the travel time
    /// of its planned departure) and kept while later insertions shift it; `nil` until then.
    public var legTime: SimTime?

    // Derived by `VehiclePlan.retime()`:
    public var arrival: SimTime = .zero
    public var departure: SimTime = .zero
    /// How much later the vehicle may arrive here without breaking this or any later stop's window.
    public var maxDelay: SimTime = .zero
    public var occupancyAfter = Occupancy()

    public init(
        place: PlaceID, trip: Int32, isPickup: Bool, earliest: SimTime, latest: SimTime,
        duration: SimTime, demand: Occupancy, promisedLatest: SimTime = .distantFuture,
        maxRide: SimTime = .distantFuture
    ) {
        self.place = place; self.trip = trip; self.isPickup = isPickup
        self.earliest = earliest; self.latest = latest; self.duration = duration; self.demand = demand
        self.promisedLatest = promisedLatest; self.maxRide = maxRide
    }

    /// When service starts (the rider boards or the vehicle starts alighting).
    @inlinable public var serviceStart: SimTime { max(arrival, earliest) }

    /// An operational stop at `place`: no rider, no load; it may not start before `earliest` nor after
    /// `latest`, and lasts `duration`.
    public static func operational(
        _ activity: StopActivity, at place: PlaceID, earliest: SimTime = .zero, latest: SimTime = .distantFuture,
        duration: SimTime = .zero
    ) -> PlannedStop {
        var s = PlannedStop(
            place: place, trip: -1, isPickup: false, earliest: earliest, latest: latest, duration: duration,
            demand: Occupancy())
        s.activity = activity
        return s
    }

    public var isOperational: Bool { activity != .ride }

    /// The share of the leg into this stop driven by `now`, in 0…1 (1 for an untimed or empty leg): for
    /// the stop a vehicle is driving to (`VehiclePlan.legFraction`).
    @inlinable public func legFraction(at now: SimTime) -> Double {
        guard let leg = legTime, leg > .zero else { return 1 }
        return min(1, max(0, Double((now - (arrival - leg)).ms) / Double(leg.ms)))
    }

    /// Sets how long the stop lasts once begun (and so when it ends).
    public mutating func lasts(_ duration: SimTime) {
        self.duration = duration
        departure = serviceStart + duration
    }
}

/// What a vehicle does at a planned stop.
public enum StopActivity: UInt8, Hashable, Sendable {
    /// A rider's pickup or drop-off.
    case ride
    /// The driver's break (`duration` is the break).
    case shiftBreak
    /// A charging session at a depot's charger.
    case charging
    /// The end of a rebalancing drive (towards expected demand).
    case rebalancing
    /// The end of an idle vehicle's drive back to its depot (`depot` rebalancing).
    case returning
    /// Back at the depot at the end of the shift.
    case shiftEnd
}
