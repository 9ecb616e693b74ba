import Simulation

/// Builds `RunTables` incrementally from the event stream: feed it every event of a run.
///
/// Memory grows with the number of requests and vehicles, not with the number of events.
/// The accumulator reports; it does not police: events that a correct engine never sends (a pickup
/// of a cancelled trip) leave the trip's state unchanged. `Verifier` is the checker.
public final class RunAccumulator: EventSink {
    private(set) var header: RunHeader?
    /// Boxed, so that `takeTables` can let go of each record as its row is made.
    private var trips: [TripRecordBox?] = []
    var vehicles: [VehicleRecord] = []
    /// Corporate accounts created in the run, in order.
    private var accounts: [CorporateAccount] = []
    /// The sums of the run's re-optimisation rounds.
    public private(set) var reoptimisation = ReoptimisationTotals()
    /// Activity per 15 minutes, for `report.html`.
    public let series = RunSeries()
    /// Fleet operations per 15 minutes, for `report.html`; nil unless the run has operations.
    public internal(set) var operations: OperationsSeries?
    /// The time of the latest event.
    private(set) var lastTime = SimTime.zero
    /// Events recorded so far.
    public private(set) var eventCount = 0

    public init() {}

    public func record(_ event: SimEvent) {
        eventCount += 1
        series.record(event)
        let t = event.time
        lastTime = t
        switch event.kind {
        case .runStarted(let h):
            header = h
            trips = []; trips.reserveCapacity(h.requestCount)
            vehicles = h.vehicles.map { VehicleRecord(spec: $0, operations: h.hasOperations) }
            operations = h.hasOperations ? OperationsSeries(header: h, at: t) : nil
        case .vehicleReady(let v, _):
            vehicle(v) { $0.ready(at: t) }
        case .requested(let r, let req):
            let i = Int(r)
            guard i >= 0 else { return }
            if i < trips.count {
                trips[i] = TripRecordBox(TripRecord(request: req))
            } else {
                trips.append(contentsOf: repeatElement(nil, count: i - trips.count))
                trips.append(TripRecordBox(TripRecord(request: req)))
            }
        case .noOffer(let r, let reason):
            trip(r) { if $0.phase == .requested { $0.phase = .noOffer(reason.rawValue) } }
        case .offered(let r, let offers):
            trip(r) {
                $0.offers = offers; $0.offerCount = offers.count
                if $0.phase == .requested { $0.phase = .offered }
            }
        case .declined(let r, let reason):
            trip(r) {
                guard $0.phase == .offered || $0.phase == .requested else { return }
                $0.phase = .declined(reason.rawValue); $0.chosen = $0.offers.first; $0.offers = []
            }
        case .orderRefused(let r, let reason):
            trip(r) {
                guard $0.phase == .offered || $0.phase == .requested else { return }
                $0.phase = .orderRefused(reason.rawValue); $0.chosen = $0.offers.first
            }
        case .ordered(let r, let offer):
            trip(r) {
                guard $0.phase == .offered || $0.phase == .requested || $0.phase.isOrderRefused else { return }
                $0.phase = .ordered; $0.orderTime = t
                $0.chosen = offer >= 0 && Int(offer) < $0.offers.count ? $0.offers[Int(offer)] : nil
                $0.offers = []
            }
        case .accepted(let r, let v):
            // A prebooked trip is accepted with its promise alone (vehicle -1): no vehicle until `assigned`.
            trip(r) {
                guard $0.phase == .ordered else { return }
                $0.phase = .accepted; $0.acceptedTime = t; $0.decisionTime = t
                if v >= 0 { $0.vehicle = v } else { $0.prebooked = true }
            }
        case .rejected(let r, let reason):
            trip(r) {
                guard $0.phase == .ordered else { return }
                $0.phase = .notFulfilled(.rejected); $0.decisionTime = t; $0.dispatchReason = reason.rawValue
                if reason.isPrebooking { $0.prebooked = true }
            }
        case .assigned(let r, let v):
            trip(r) {
                guard $0.phase == .accepted, $0.prebooked, $0.assignedTime == nil, v >= 0 else { return }
                $0.vehicle = v; $0.assignedTime = t
            }
        case .reoptimised(let round):
            reoptimisation.record(round, at: t)
        case .reassigned(let r, _, let to):
            trip(r) {
                guard $0.phase.isAwaitingPickup else { return }
                // The authentication columns describe the vehicle that holds the trip now.
                $0.phase = .accepted; $0.vehicle = to; $0.reassignments += 1
                $0.authenticationReadyTime = nil; $0.authenticationCompletedTime = nil
            }
        case .readyForBoardingAuthentication(let r, _, _):
            trip(r) {
                guard $0.phase == .accepted else { return }
                $0.phase = .readyForBoardingAuthentication; $0.authenticationReadyTime = t
            }
        case .boardingAuthenticated(let r, _):
            trip(r) {
                guard $0.phase == .readyForBoardingAuthentication else { return }
                $0.phase = .boardingAuthenticationCompleted; $0.authenticationCompletedTime = t
            }
        case .terminated(let r, let v, _, let cause):
            trip(r) {
                guard $0.phase.isAwaitingPickup || $0.phase == .pickedUp else { return }
                $0.phase = .notFulfilled(.terminated); $0.dispatchReason = cause.rawValue
            }
            // A prebooked trip no vehicle could take ends with vehicle -1: no vehicle record is touched.
            vehicle(v) { if let k = $0.onBoard.firstIndex(of: r) { $0.onBoard.remove(at: k) } }
        case .vehicleBrokeDown(let v, _):
            vehicle(v) { $0.brokeDown(at: t) }
        case .vehicleRepaired(let v):
            vehicle(v) { $0.backInService(at: t) }
        case .cancelled(let r, let actor):
            trip(r) {
                guard $0.phase == .ordered || $0.phase == .accepted else { return }
                $0.phase = .notFulfilled(actor == .customer ? .cancelledAsCustomer : .cancelledAsIntegrator)
            }
        case .cancelRefused:
            break
        case .noShow(let r, let v, _):
            trip(r) { if $0.phase.isAwaitingPickup { $0.phase = .notFulfilled(.noShow) } }
            vehicle(v) { $0.served(at: t) }
        case .pickedUp(let r, let v, _):
            pickedUp(r, v, t)
        case .droppedOff(let r, let v, _):
            trip(r) { if $0.phase == .pickedUp { $0.phase = .fulfilled; $0.dropoffTime = t } }
            vehicle(v) {
                $0.dropoffs += 1; $0.served(at: t)
                if let k = $0.onBoard.firstIndex(of: r) { $0.onBoard.remove(at: k) }
            }
        case .vehicleArrived(let v, _, let occ, let metres, let drive):
            vehicle(v) { record in
                record.arrived(at: t, occupancy: occ, metres: metres, drive: drive)
                guard !record.onBoard.isEmpty else { return }
                let share = metres / Double(record.onBoard.count)
                for r in record.onBoard { trip(r) { $0.attributedMetres += share } }
            }
        case .vehicleDeparted(let v, let at, let occ):
            vehicle(v) {
                $0.departed(at: t, occupancy: occ)
                $0.operations?.departed(at: t, from: at.point)
            }
        case .operation(let v, let op):
            recordOperation(op, of: v, at: t)
        case .accountCreated(let account):
            accounts.append(account)
        case .runEnded:
            for v in vehicles.indices {
                vehicles[v].backInService(at: t)
                vehicles[v].operations?.close(at: t)
            }
        }
        if operations != nil { updateOperations(after: event) }
    }

    /// The tables as of the events seen so far (normally called after `runEnded`).
    public func tables() -> RunTables {
        guard let h = header else { return Self.noTables }
        return tables(tripRows: trips.compactMap { $0?.record.row(header: h) }, header: h)
    }

    /// The tables at the run's end, letting go of each trip's record as soon as its row is made, so that
    /// records and rows are not held whole at once (a large run's peak memory). Afterwards the
    /// accumulator has no trips: call it once, last (`reportHTML` still works, it reads the rows).
    public func takeTables() -> RunTables {
        guard let h = header else { return Self.noTables }
        var tripRows: [TripRow] = []
        tripRows.reserveCapacity(trips.count)
        for i in trips.indices {
            if let box = trips[i] { tripRows.append(box.record.row(header: h)) }
            trips[i] = nil
        }
        trips = []
        return tables(tripRows: tripRows, header: h)
    }

    private static let noTables = RunTables(
        trips: [], vehicles: [], summary: Summary(trips: [], vehicles: [], serviceClasses: []))

    private func tables(tripRows: [TripRow], header h: RunHeader) -> RunTables {
        let vehicleRows = vehicles.map { $0.row() }
        var summary = Summary(
            trips: tripRows, vehicles: vehicleRows,
            serviceClasses: h.serviceClasses.map(\.name), customerFlags: h.customerFlags, accounts: accounts)
        if let operations {
            summary.operations = Summary.Operations(
                vehicles: vehicleRows, chargers: operations.chargers.use(until: lastTime))
        }
        summary.prebooking = Summary.Prebooking(trips: tripRows)
        if reoptimisation.rounds > 0 { summary.reoptimisation = reoptimisation }
        return RunTables(trips: tripRows, vehicles: vehicleRows, summary: summary, accounts: accounts)
    }

    private func pickedUp(_ r: Int32, _ v: Int32, _ t: SimTime) {
        var pooled = false
        vehicle(v) { record in
            record.pickups += 1; record.served(at: t)
            for other in record.onBoard where other != r {
                pooled = true
                trip(other) { $0.shared = true }
            }
            if !record.onBoard.contains(r) { record.onBoard.append(r) }
        }
        trip(r) {
            guard $0.phase == .accepted || $0.phase == .boardingAuthenticationCompleted else { return }
            $0.phase = .pickedUp; $0.pickupTime = t
            if $0.vehicle == nil { $0.vehicle = v }
            if pooled { $0.shared = true }
        }
    }

    private func trip(_ r: Int32, _ body: (inout TripRecord) -> Void) {
        let i = Int(r)
        guard i >= 0, i < trips.count, let box = trips[i] else { return }
        body(&box.record)
    }

    func vehicle(_ v: Int32, _ body: (inout VehicleRecord) -> Void) {
        let i = Int(v)
        guard i >= 0, i < vehicles.count else { return }
        body(&vehicles[i])
    }
}
