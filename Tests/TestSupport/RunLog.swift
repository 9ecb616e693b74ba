import Simulation

/// A run's events, with the look-ups the tests need: per-trip sequences, per-vehicle legs, a canonical text.
public struct RunLog {
    public let events: [SimEvent]
    public let unfinished: Int
    public let speed: Double

    public init(events: [SimEvent], unfinished: Int, speed: Double) {
        self.events = events; self.unfinished = unfinished; self.speed = speed
    }

    /// The request (= trip) an event concerns, if any.
    public static func request(of kind: SimEvent.Kind) -> Int32? {
        switch kind {
        case .requested(let r, _), .noOffer(let r, _), .offered(let r, _), .declined(let r, _), .orderRefused(let r, _),
            .ordered(let r, _),
            .accepted(let r, _), .rejected(let r, _), .pickedUp(let r, _, _), .droppedOff(let r, _, _),
            .cancelled(let r, _), .cancelRefused(let r, _, _), .noShow(let r, _, _), .reassigned(let r, _, _),
            .assigned(let r, _),
            .readyForBoardingAuthentication(let r, _, _), .boardingAuthenticated(let r, _), .terminated(let r, _, _, _):
            return r
        default: return nil
        }
    }

    /// The vehicle an event concerns, if any.
    public static func vehicle(of kind: SimEvent.Kind) -> Int32? {
        switch kind {
        case .vehicleReady(let v, _), .vehicleArrived(let v, _, _, _, _), .vehicleDeparted(let v, _, _),
            .accepted(_, let v), .pickedUp(_, let v, _), .droppedOff(_, let v, _), .noShow(_, let v, _),
            .reassigned(_, _, let v), .readyForBoardingAuthentication(_, let v, _), .boardingAuthenticated(_, let v),
            .assigned(_, let v),
            .terminated(_, let v, _, _), .vehicleBrokeDown(let v, _), .vehicleRepaired(let v), .operation(let v, _):
            return v
        default: return nil
        }
    }

    /// A short name per event kind.
    public static func name(_ kind: SimEvent.Kind) -> String {
        switch kind {
        case .runStarted: "runStarted"
        case .vehicleReady: "vehicleReady"
        case .requested: "requested"
        case .noOffer(_, let reason): "noOffer(\(reason.rawValue))"
        case .offered: "offered"
        case .declined(_, let reason): "declined(\(reason.rawValue))"
        case .orderRefused(_, let reason): "orderRefused(\(reason.rawValue))"
        case .ordered: "ordered"
        case .accepted: "accepted"
        case .rejected(_, let reason): "rejected(\(reason.rawValue))"
        case .reassigned: "reassigned"
        case .assigned: "assigned"
        case .reoptimised(let round): "reoptimised(\(round.method.rawValue))"
        case .readyForBoardingAuthentication: "readyForBoardingAuthentication"
        case .boardingAuthenticated: "boardingAuthenticated"
        case .terminated(_, _, _, let cause): "terminated(\(cause.rawValue))"
        case .vehicleBrokeDown: "brokeDown"
        case .vehicleRepaired: "repaired"
        case .vehicleArrived: "arrived"
        case .vehicleDeparted: "departed"
        case .pickedUp: "pickedUp"
        case .droppedOff: "droppedOff"
        case .cancelled(_, let actor): "cancelled(\(actor))"
        case .cancelRefused(_, _, let reason): "cancelRefused(\(reason.rawValue))"
        case .noShow: "noShow"
        case .operation(_, let op): "operation(\(op))"
        case .accountCreated: "accountCreated"
        case .runEnded: "runEnded"
        }
    }

    /// Every event of trip `r`, in order.
    public func trip(_ r: Int32) -> [SimEvent] { events.filter { Self.request(of: $0.kind) == r } }
    /// The names of trip `r`'s events, in order.
    public func names(_ r: Int32) -> [String] { trip(r).map { Self.name($0.kind) } }
    /// The first event of trip `r` with this name.
    public func first(_ r: Int32, _ name: String) -> SimEvent? { trip(r).first { Self.name($0.kind) == name } }
    /// Every event of vehicle `v`, in order.
    /// Vehicle `v`'s operational events with their times.
    public func operations(_ v: Int32) -> [(time: SimTime, op: FleetOperation)] {
        events.compactMap { e in
            if case .operation(let w, let op) = e.kind, w == v { return (e.time, op) }
            return nil
        }
    }

    public func vehicle(_ v: Int32) -> [SimEvent] { events.filter { Self.vehicle(of: $0.kind) == v } }

    /// The offers made to trip `r`.
    public func offers(_ r: Int32) -> [Offer] {
        for e in trip(r) { if case .offered(_, let o) = e.kind { return o } }
        return []
    }

    /// The offer trip `r` ordered.
    public func orderedOffer(_ r: Int32) -> Offer? {
        for e in trip(r) { if case .ordered(_, let i) = e.kind { return offers(r)[Int(i)] } }
        return nil
    }

    /// The vehicle that accepted trip `r`.
    public func vehicleOf(_ r: Int32) -> Int32? {
        for e in trip(r) { if case .accepted(_, let v) = e.kind { return v } }
        return nil
    }

    /// The vehicle serving trip `r` last: the accepting one, or where a re-dispatch moved it.
    public func lastVehicleOf(_ r: Int32) -> Int32? {
        var v: Int32?
        for e in trip(r) {
            if case .accepted(_, let a) = e.kind, a >= 0 { v = a }
            if case .assigned(_, let a) = e.kind { v = a }
            if case .reassigned(_, _, let to) = e.kind { v = to }
        }
        return v
    }

    /// The number of requests in the run.
    public var requestCount: Int { events.reduce(0) { $0 + (Self.name($1.kind) == "requested" ? 1 : 0) } }

    /// Whether trip r ended terminal (fulfilled or not fulfilled) before the log ends.
    public func isTerminal(_ r: Int32) -> Bool {
        guard names(r).contains("ordered") else { return true }
        return trip(r).contains {
            switch $0.kind {
            case .droppedOff, .rejected, .cancelled, .noShow: true
            default: false
            }
        }
    }

    /// Each leg a vehicle drove: departure event, arrival event.
    public func legs(_ v: Int32) -> [(departed: SimEvent, arrived: SimEvent)] {
        var result: [(SimEvent, SimEvent)] = []
        var open: SimEvent?
        for e in vehicle(v) {
            switch e.kind {
            case .vehicleDeparted: open = e
            case .vehicleArrived: if let d = open { result.append((d, e)) }; open = nil
            default: break
            }
        }
        return result
    }

    /// The place of a vehicle event.
    public static func place(_ kind: SimEvent.Kind) -> StopRef? {
        switch kind {
        case .vehicleArrived(_, let at, _, _, _), .vehicleDeparted(_, let at, _), .vehicleReady(_, let at),
            .pickedUp(_, _, let at), .droppedOff(_, _, let at), .noShow(_, _, let at),
            .readyForBoardingAuthentication(_, _, let at), .terminated(_, _, let at, _), .vehicleBrokeDown(_, let at):
            return at
        default: return nil
        }
    }

    /// The least time a leg between two points can take, recomputed from the great-circle distance.
    public func minimumDrive(_ a: StopRef, _ b: StopRef) -> SimTime {
        .seconds(a.point.distance(to: b.point) / speed)
    }

    /// Every event as a line of text with all its fields (for determinism comparisons).
    public var canonicalText: String {
        events.map { "\($0.time.ms) \($0.kind)" }.joined(separator: "\n")
    }
}
