/// A vehicle's commitments: the stop it is driving to or serving now (locked), then its plan.
///
/// The *anchor* is where and when the vehicle is next free to change course: after its locked
/// stop, or where it idles. Insertions only go after the anchor, so an event already scheduled for
/// the locked stop never goes stale.
///
/// Timing follows the slack formulation of dial-a-ride insertion heuristics (Jaw et al. 1986;
/// the "maximum delay" bookkeeping as in RidePy's and FleetPy's insertion checks):
/// `maxDelay[k] = min(latest[k] − arrival[k], wait[k] + maxDelay[k+1])`, ending in the shift's
/// end. Pickups are *held*: after each retiming a pickup's `earliest` becomes its planned start, so
/// removing a stop never brings a pickup forward (which could stretch a pooled rider's ride).
/// A leg's duration is fixed when the leg is planned (`PlannedStop.legTime`): with time-of-day
/// travel times, shifting a planned leg does not change how long it takes, which keeps the slack
/// bookkeeping exact. Legs an insertion or removal creates are timed anew.
///
/// Why unsafe memory in this file: `retime` runs after every change to a plan (several per trip) and
/// updates every stop's fields; it walks the stops in place through `withUnsafeMutableBufferPointer`
/// (one uniqueness check per pass, not one per field write). Nothing else here touches memory.
public struct VehiclePlan: Sendable {
    /// Where the vehicle is, or was last (its start place before the first stop).
    public var position: PlaceID
    /// The stop it is driving to or serving; `nil` when idle.
    public var current: PlannedStop?
    /// When the idle vehicle became free (or its shift starts).
    public var idleSince: SimTime
    public var shiftEnd: SimTime
    /// Where the vehicle must be back by `shiftEnd` (its depot); `nil`: it may end anywhere.
    public var home: PlaceID?
    /// An electric vehicle's energy along the plan; `nil` when range is not modelled.
    public var energy: PlanEnergy? {
        get { energyBox?.value }
        set { energyBox = newValue.map(EnergyBox.init) }
    }
    /// Where `energy` is kept (see `EnergyBox`).
    public internal(set) var energyBox: EnergyBox?
    /// Riders on board now.
    public var onboard = Occupancy()
    /// Stops after the anchor, in order.
    public internal(set) var stops: [PlannedStop] = []
    /// How much later the last departure may be before the shift ends (with the drive `home`, if any).
    public internal(set) var endMaxDelay: SimTime = .zero

    public init(position: PlaceID, idleSince: SimTime, shiftEnd: SimTime) {
        self.position = position; self.idleSince = idleSince; self.shiftEnd = shiftEnd
        endMaxDelay = shiftEnd - idleSince
    }

    /// Where, when and with what on board the vehicle leaves its anchor, with one look at the locked
    /// stop (for an idle vehicle, `time` is when it became idle; use `max(_, now)`).
    @inlinable public var anchor: (place: PlaceID, time: SimTime, occupancy: Occupancy) {
        guard let c = current else { return (position, idleSince, onboard) }
        return (c.place, c.departure, c.occupancyAfter)
    }
    @inlinable public var anchorPlace: PlaceID { anchor.place }
    @inlinable public var anchorTime: SimTime { anchor.time }
    @inlinable public var anchorOccupancy: Occupancy { anchor.occupancy }
    /// When the vehicle finishes its last stop.
    @inlinable public var endTime: SimTime { stops.last?.departure ?? anchorTime }
    public var isIdle: Bool { current == nil && stops.isEmpty }
    /// Whether every planned stop starts within its window, the shift's end (with the drive home) holds
    /// and the battery stays above its reserve.
    public var isFeasible: Bool {
        endMaxDelay >= .zero && stops.allSatisfy { $0.serviceStart <= $0.latest } && (energy?.slackWh ?? 0) >= 0
    }

    /// Recomputes arrivals, departures, occupancies, drop-off deadlines and slack from the anchor.
    /// - Complexity: O(n) travel-time look-ups for n planned stops (plus O(n·p) for p pooled pickups).
    public mutating func retime(_ travel: some TravelTimeModel, now: SimTime) {
        if current == nil { idleSince = max(idleSince, now) }
        var (place, t, occupancy) = anchor
        let lockedPickup = current.flatMap { $0.isPickup ? (trip: $0.trip, start: $0.serviceStart) : nil }
        // In place over the buffer: one uniqueness check, no copy of each stop.
        stops.withUnsafeMutableBufferPointer { stops in
            for k in stops.indices {
                let leg = stops[k].legTime ?? travel.travelTime(from: place, to: stops[k].place, at: t)
                stops[k].legTime = leg
                stops[k].arrival = t + leg
                if !stops[k].isPickup,
                    let start = Self.pickupStart(
                        ofTrip: stops[k].trip, before: k, in: UnsafeBufferPointer(stops), locked: lockedPickup)
                {
                    stops[k].latest = min(stops[k].promisedLatest, start + stops[k].maxRide)
                }
                let start = stops[k].serviceStart
                if stops[k].isPickup {
                    stops[k].earliest = start
                    occupancy += stops[k].demand
                } else {
                    occupancy -= stops[k].demand
                }
                stops[k].departure = start + stops[k].duration
                stops[k].occupancyAfter = occupancy
                t = stops[k].departure
                place = stops[k].place
            }
        }
        endMaxDelay = shiftEnd - t - (home.map { travel.travelTime(from: place, to: $0, at: t) } ?? .zero)
        if energy != nil { retimeEnergy(travel) }
        var slack = endMaxDelay
        stops.withUnsafeMutableBufferPointer { stops in
            for k in stops.indices.reversed() {
                let wait = stops[k].earliest > stops[k].arrival ? stops[k].earliest - stops[k].arrival : .zero
                slack = min(stops[k].latest - stops[k].arrival, wait + slack)
                stops[k].maxDelay = slack
            }
        }
    }

    /// The energy at the anchor and the plan's energy slack (see `PlanEnergy`).
    /// - Complexity: O(n) distance look-ups.
    private mutating func retimeEnergy(_ travel: some TravelTimeModel) {
        guard var e = energy else { return }
        var wh = e.socWh
        if let c = current {
            // The leg into the locked stop (spent by the time it leaves); a charging session ends at its charge.
            let spent = wh - e.leg(from: position, to: c.place, time: c.legTime ?? .zero, travel: travel)
            wh = c.activity == .charging ? (e.chargingToWh ?? spent) : spent
        }
        e.anchorWh = wh
        var place = anchorPlace
        for s in stops {
            wh -= e.leg(from: place, to: s.place, time: s.legTime ?? .zero, travel: travel)
            place = s.place
        }
        e.slackWh = wh - e.tail(from: place, travel: travel) - e.battery.reserveWh
        energy = e
    }

    /// When trip `trip`'s pickup starts, if it is the locked stop or planned before stop `k` (whose
    /// pickups `retime` has already timed: a retimed pickup's `earliest` is its start). No allocation.
    private static func pickupStart(
        ofTrip trip: Int32, before k: Int, in stops: UnsafeBufferPointer<PlannedStop>,
        locked: (trip: Int32, start: SimTime)?
    ) -> SimTime? {
        if let locked, locked.trip == trip { return locked.start }
        for p in stride(from: k - 1, through: 0, by: -1) where stops[p].trip == trip && stops[p].isPickup {
            return stops[p].earliest
        }
        return nil
    }

    /// Inserts a trip's pickup before stop `i` and its drop-off before stop `j` (indices of the
    /// plan as it is now, `i ≤ j`), then retimes.
    public mutating func insert(
        pickup: PlannedStop, at i: Int, dropoff: PlannedStop, before j: Int,
        travel: some TravelTimeModel, now: SimTime
    ) {
        stops = Self.inserting(pickup, at: i, dropoff, before: j, into: stops)
        retime(travel, now: now)
    }

    /// Inserts an operational stop (a break, a charging session, a repositioning target) before stop `k`
    /// and retimes; the legs into it and out of it are timed anew.
    public mutating func insert(_ stop: PlannedStop, at k: Int, travel: some TravelTimeModel, now: SimTime) {
        precondition(0 <= k && k <= stops.count, "stop at \(k) outside a plan of \(stops.count) stops")
        stops.insert(stop, at: k)
        stops[k].legTime = nil
        if k + 1 < stops.count { stops[k + 1].legTime = nil }
        retime(travel, now: now)
    }

    /// Moves the first planned stop to `place` (a break taken where the vehicle is) and retimes.
    public mutating func relocateFirstStop(to place: PlaceID, travel: some TravelTimeModel, now: SimTime) {
        guard !stops.isEmpty else { return }
        stops[0].place = place
        stops[0].legTime = nil
        if stops.count > 1 { stops[1].legTime = nil }
        retime(travel, now: now)
    }

    /// `stops` with a pickup before stop `i` and a drop-off before stop `j` (`i ≤ j`), the legs into the
    /// new stops and into the stops right after them to be timed anew (the one place that rule lives).
    public static func inserting(
        _ pickup: PlannedStop, at i: Int, _ dropoff: PlannedStop, before j: Int,
        into stops: [PlannedStop]
    ) -> [PlannedStop] {
        precondition(0 <= i && i <= j && j <= stops.count, "insertion \(i),\(j) outside a plan of \(stops.count) stops")
        var route = stops
        route.insert(dropoff, at: j)
        route.insert(pickup, at: i)
        for k in [i, i + 1, j + 1, j + 2] where k < route.count { route[k].legTime = nil }
        return route
    }

    /// Takes every planned stop of `trip` out of the plan (the locked stop stays; see `updateCurrent`).
    ///
    /// The leg that replaces removed stops takes the shorter of a fresh timing and the old route
    /// through them (which the vehicle can always drive without stopping), so that removing a stop
    /// never makes any other stop later, also with time-of-day travel times.
    public mutating func removeStops(ofTrip trip: Int32, travel: some TravelTimeModel, now: SimTime) {
        removeStops(where: { $0.trip == trip }, travel: travel, now: now)
    }

    /// Takes every planned stop that `remove` selects out of the plan (see `removeStops(ofTrip:)`).
    public mutating func removeStops(
        where remove: (PlannedStop) -> Bool, travel: some TravelTimeModel, now: SimTime
    ) {
        var kept: [PlannedStop] = []
        var viaRemoved: SimTime?
        var lastPlace = anchorPlace, lastDeparture = anchorTime
        for var s in stops {
            let leg = s.legTime ?? travel.travelTime(from: lastPlace, to: s.place, at: lastDeparture)
            if remove(s) {
                viaRemoved = (viaRemoved ?? .zero) + leg
                continue
            }
            if let via = viaRemoved {
                s.legTime = min(via + leg, travel.travelTime(from: lastPlace, to: s.place, at: lastDeparture))
                viaRemoved = nil
            }
            kept.append(s)
            lastPlace = s.place; lastDeparture = s.departure
        }
        stops = kept
        retime(travel, now: now)
    }

    /// Locks the next planned stop as `current` (the vehicle leaves its anchor for it).
    public mutating func lockNext(travel: some TravelTimeModel, now: SimTime) -> PlannedStop? {
        guard !stops.isEmpty else { return nil }
        position = anchorPlace
        current = stops.removeFirst()
        retime(travel, now: now)
        return current
    }

    /// Replaces the locked stop's timing (a no-show wait, a cancelled pickup) and retimes the rest.
    public mutating func updateCurrent(
        _ change: (inout PlannedStop) -> Void, travel: some TravelTimeModel, now: SimTime
    ) {
        guard current != nil else { return }
        change(&current!)
        retime(travel, now: now)
    }

    /// The vehicle finished its locked stop and has nothing locked.
    public mutating func finishCurrent(at time: SimTime, travel: some TravelTimeModel) {
        if let c = current { position = c.place }
        current = nil
        idleSince = time
        retime(travel, now: time)
    }

    /// Sets a planned drop-off's deadline once its rider is on board (the ride limit from the actual pickup).
    public mutating func riderBoarded(trip: Int32, at time: SimTime, travel: some TravelTimeModel, now: SimTime) {
        for k in stops.indices where stops[k].trip == trip && !stops[k].isPickup {
            stops[k].latest = min(stops[k].promisedLatest, time + stops[k].maxRide)
            // The deadline is absolute from now on: the locked pickup's planned start no longer counts.
            stops[k].promisedLatest = stops[k].latest
            stops[k].maxRide = .distantFuture
        }
        retime(travel, now: now)
    }
}
