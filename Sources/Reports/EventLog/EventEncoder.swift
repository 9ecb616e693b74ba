import Simulation

/// Turns `SimEvent`s into JSONL lines (one JSON object per event, fixed key order).
///
/// Every line starts with `t_ms` and `type`; entities are written by id (taken from the run header
/// and the requests seen so far), places with `stop_id`, `lat`, `lon`. Times other than `t_ms` are
/// seconds since midnight with at most 3 decimals, coordinates have 7 decimals, metres 1 decimal.
/// Field lists per event type: `results/README.md`.
struct EventEncoder {
    private(set) var header: RunHeader?
    /// Trip ids by request index, filled from `requested` events.
    private var tripIDs: [String] = []
    var json = JSONBuffer(capacity: 1024)

    /// Encodes `event` as one line (with its trailing newline) into `json`.
    mutating func encode(_ event: SimEvent) {
        json.reset()
        json.openObject()
        json.field("t_ms", int: event.time.ms)
        switch event.kind {
        case .runStarted(let h):
            header = h
            tripIDs.reserveCapacity(h.requestCount)
            json.field("type", "run_started")
            encodeHeader(h)
        case .vehicleReady(let v, let at):
            json.field("type", "vehicle_ready"); vehicle(v); place(at)
        case .requested(let r, let req):
            setTripID(r, req.id)
            json.field("type", "request"); trip(r)
            encodeRequest(req)
        case .noOffer(let r, let reason):
            json.field("type", "no_offer"); trip(r); json.field("reason", reason.rawValue)
        case .offered(let r, let offers):
            json.field("type", "offers"); trip(r)
            json.key("offers"); json.openArray()
            for o in offers { json.element(); encodeOffer(o) }
            json.closeArray()
        case .declined(let r, let reason):
            json.field("type", "decline"); trip(r); json.field("reason", reason.rawValue)
        case .orderRefused(let r, let reason):
            json.field("type", "order_refused"); trip(r); json.field("reason", reason.rawValue)
        case .ordered(let r, let offer):
            json.field("type", "order"); trip(r); json.field("offer", int: Int(offer))
        case .accepted(let r, let v):
            json.field("type", "accept"); trip(r)
            if v == -1 { json.field("prebooked", bool: true) } else { vehicle(v) }
        case .assigned(let r, let v):
            json.field("type", "assign"); trip(r); vehicle(v)
        case .rejected(let r, let reason):
            json.field("type", "reject"); trip(r); json.field("reason", reason.rawValue)
        case .reassigned(let r, let from, let to):
            json.field("type", "reassign"); trip(r); vehicle(from, key: "from_vehicle_id"); vehicle(to)
        case .vehicleArrived(let v, let at, let occ, let metres, let drive):
            json.field("type", "vehicle_arrive"); vehicle(v); place(at); occupancy(occ)
            json.field("driven_m", fixed: metres, 1)
            json.field("drive_time_s", seconds: drive)
        case .vehicleDeparted(let v, let at, let occ):
            json.field("type", "vehicle_depart"); vehicle(v); place(at); occupancy(occ)
        case .pickedUp(let r, let v, let at):
            json.field("type", "pickup"); trip(r); vehicle(v); place(at)
        case .droppedOff(let r, let v, let at):
            json.field("type", "dropoff"); trip(r); vehicle(v); place(at)
        case .cancelled(let r, let actor):
            json.field("type", "cancel"); trip(r); json.field("actor", actor.rawValue)
        case .cancelRefused(let r, let actor, let reason):
            json.field("type", "cancel_refused"); trip(r); json.field("actor", actor.rawValue)
            json.field("reason", reason.rawValue)
        case .noShow(let r, let v, let at):
            json.field("type", "no_show"); trip(r); vehicle(v); place(at)
        case .readyForBoardingAuthentication(let r, let v, let at):
            json.field("type", "boarding_auth_ready"); trip(r); vehicle(v); place(at)
        case .boardingAuthenticated(let r, let v):
            json.field("type", "boarding_auth_completed"); trip(r); vehicle(v)
        case .terminated(let r, let v, let at, let cause):
            json.field("type", "terminate"); trip(r); vehicle(v); place(at); json.field("reason", cause.rawValue)
        case .vehicleBrokeDown(let v, let at):
            json.field("type", "vehicle_breakdown"); vehicle(v); place(at)
        case .vehicleRepaired(let v):
            json.field("type", "vehicle_repaired"); vehicle(v)
        case .operation(let v, let op):
            encodeOperation(v, op)
        case .reoptimised(let round):
            json.field("type", "reoptimised"); encodeRound(round)
        case .accountCreated(let account):
            json.field("type", "account_created"); encodeAccount(account)
        case .runEnded(let unfinished):
            json.field("type", "run_ended"); json.field("unfinished", int: Int(unfinished))
        }
        json.closeObject()
        json.raw("\n")
    }

    // MARK: ids and places

    private mutating func setTripID(_ r: Int32, _ id: String) {
        let i = Int(r)
        if i >= tripIDs.count { tripIDs.append(contentsOf: repeatElement("", count: i - tripIDs.count + 1)) }
        tripIDs[i] = id
    }

    /// `trip_id`: the request's id, or `#<index>` for an index never announced by a `request`.
    private mutating func trip(_ r: Int32) {
        let i = Int(r)
        json.field("trip_id", i >= 0 && i < tripIDs.count && !tripIDs[i].isEmpty ? tripIDs[i] : "#\(r)")
    }

    /// `vehicle_id` (or `key`): the vehicle's id, `#<index>` for an index the header does not have; no
    /// field at all for -1, the engine's "no vehicle" (a prebooked trip's `accept`, the `terminate` of a
    /// prebooked trip no vehicle could take).
    mutating func vehicle(_ v: Int32, key: String = "vehicle_id") {
        let i = Int(v)
        guard v != -1 else { return }
        if let h = header, i >= 0, i < h.vehicles.count {
            json.field(key, h.vehicles[i].id)
        } else {
            json.field(key, "#\(v)")
        }
    }

    func stopID(_ s: Int32) -> String {
        guard s >= 0 else { return "" }
        if let h = header, Int(s) < h.stops.count { return h.stops[Int(s)].id }
        return "#\(s)"
    }

    private mutating func place(_ p: StopRef, prefix: String = "") {
        json.field(prefix + "stop_id", stopID(p.stop))
        json.field(prefix + "lat", fixed: p.point.lat, 7)
        json.field(prefix + "lon", fixed: p.point.lon, 7)
    }

    mutating func placeWithPrefix(_ p: StopRef, _ prefix: String) { place(p, prefix: prefix) }

    private mutating func occupancy(_ o: Occupancy) {
        json.key("occupancy"); json.openObject()
        json.field("seats", int: Int(o.seats)); json.field("wheelchairs", int: Int(o.wheelchairs))
        json.field("forwards", int: Int(o.forwardsSeats)); json.field("backwards", int: Int(o.backwardsSeats))
        json.field("booster", int: Int(o.boosterSeats))
        json.closeObject()
    }
}
