/// Turning a vehicle off the leg it is driving (a plane has no roads to stay on).
///
/// While a vehicle drives to its locked stop, a model whose vehicles can turn anywhere
/// (`TravelTimeModel.placeAlong`) lets an insertion go before that stop, as RidePy's dispatchers do
/// ("the first insertion slot is right after where the vehicle is now"). The plan stays the same
/// for everything else: the vehicle's *diverted view* has it idle at its current point at `now`,
/// with the stop it was driving to first among its planned stops, timed as before.
extension VehiclePlan {
    /// When the leg into the locked stop began (`nil` with nothing locked).
    @inlinable public var legStart: SimTime? { current.map { $0.arrival - ($0.legTime ?? .zero) } }

    /// Whether the vehicle is on its way to its locked stop at `now` (not yet there).
    @inlinable public func isDriving(at now: SimTime) -> Bool {
        guard let c = current, let start = legStart else { return false }
        return start <= now && now < c.arrival
    }

    /// The share of the leg into the locked stop driven by `now`, in 0…1.
    @inlinable public func legFraction(at now: SimTime) -> Double {
        current.map { $0.legFraction(at: now) } ?? 1
    }

    /// Writes into `view` this plan as seen from `place`, where the driving vehicle is at `now`:
    /// nothing locked, the stop it was driving to first (its leg the rest of the way), every other
    /// stop as planned. Reuses `view`'s storage (no allocation once it has grown).
    /// - Complexity: O(n) copies for n planned stops; no travel-time look-up.
    public func diverted(at place: PlaceID, now: SimTime, into view: inout VehiclePlan) {
        guard var head = current else { preconditionFailure("diverting a vehicle with no locked stop") }
        head.legTime = head.arrival - now
        let wait = head.earliest > head.arrival ? head.earliest - head.arrival : .zero
        head.maxDelay = min(head.latest - head.arrival, wait + (stops.first?.maxDelay ?? endMaxDelay))
        var storage = view.stops
        view = self
        view.position = place
        view.current = nil
        view.idleSince = now
        storage.removeAll(keepingCapacity: true)
        storage.append(head)
        storage.append(contentsOf: stops)
        view.stops = storage
    }

    /// Turns the vehicle off its leg at `place` at `now`: its diverted view becomes its plan.
    public mutating func divert(at place: PlaceID, now: SimTime, travel: some TravelTimeModel) {
        var view = VehiclePlan(position: place, idleSince: now, shiftEnd: shiftEnd)
        diverted(at: place, now: now, into: &view)
        // The view's energy is the plan's: the leg driven so far is now spent at `place`.
        if var e = energy, current != nil {
            e.socWh -= e.leg(from: position, to: place, time: now - (legStart ?? now), travel: travel)
            view.energy = e
        }
        self = view
        retime(travel, now: now)
    }
}
