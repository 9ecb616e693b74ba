/// The discrete-event engine: requests, rider decisions, vehicle movements and cancellations,
/// processed in (time, sequence) order. Its only output is the event stream sent to `sink`.
///
/// The engine owns all mutable run state. The matcher proposes insertions; the engine performs
/// them, drives vehicles along their plans and runs each trip's `TripStateMachine`, trapping on
/// any transition the machine calls illegal (a bug, never bad input).
public final class Engine<Travel: TravelTimeModel, M: Matcher> {
    /// (Not nested in the generic class: the event queue of a concrete type is specialised once,
    /// instead of looking up generic metadata on every push and pop.)
    typealias Step = EngineStep

    public let setup: SimulationSetup
    let travel: Travel
    let area: any ServiceAreaTest
    let stopFinder: (any StopFinder)?
    var matcher: M
    let sink: any EventSink
    /// The simulated riders (the service layer): called at their scheduled moments.
    public var riders: (any RiderAgent)?
    let streams: RandomStreams
    /// The fleet's distinct vehicle types (what `INVALID_LOAD` is judged against).
    let vehicleTypes: [VehicleType]

    var queue = EventQueue<Step>()
    var fleet: Fleet
    public private(set) var now = SimTime.zero
    /// The simulated requests, then those registered through the API.
    var requests: [TripRequest]
    /// Per request: its trip once ordered, and the vehicle serving it.
    var trips: [TripStateMachine?]
    var tripVehicle: [Int32]
    /// Per request: the quote it was ordered from (the promise the dispatcher and any re-dispatch keep);
    /// its offer is the one booked, with the estimates of the trip's latest placement.
    var orders: SparseColumn<Quote>
    /// Per request: when the rider was picked up and dropped off.
    var pickedUpAt: [SimTime?]
    var droppedOffAt: [SimTime?]
    /// Whether each vehicle's arrival at its locked stop has been processed (it is at the stop).
    var atStop: [Bool]
    /// How many stops each vehicle has set out for.
    var visits: [UInt32]
    /// Per vehicle: waiting at its locked pickup for the rider to authenticate.
    var awaitingAuthentication: [Bool]
    /// Per vehicle: broken down and under repair.
    var outOfService: [Bool]
    /// Batteries, chargers, shifts' ends and what rebalancing has seen (see `Engine+Operations`).
    var ops: OperationsState
    /// The rebalancing policy (`minCostFlow`), if any.
    public var fleetOperator: (any FleetOperator)?
    /// Held orders, prebookings and their capacity (see `Engine+Prebooking`, `Engine+Reoptimisation`).
    var dispatchState = DispatchState()
    /// The batch assignment behind `dispatch.reoptimisation.method: batch`; without one, rounds use the
    /// local search.
    public var batchAssigner: (any BatchAssigner)?
    /// When the latest scheduled dispatch decision falls (orders are decided in arrival order).
    var lastDecision = SimTime.zero
    /// Counts plan changes: a quote made at the same time and version still holds exactly.
    var planVersion = 0
    var eventsProcessed = 0
    var requestsDone = 0
    /// When the last step was performed (where a run that drained its queue ends).
    var lastStepTime = SimTime.zero

    public init(
        setup: SimulationSetup, travel: Travel, area: any ServiceAreaTest, stopFinder: (any StopFinder)?,
        matcher: M, sink: any EventSink
    ) {
        self.setup = setup; self.travel = travel; self.area = area; self.stopFinder = stopFinder
        self.matcher = matcher; self.sink = sink
        precondition(
            setup.stopPlaces.enumerated().allSatisfy { PlaceID($0) == $1 },
            "stops must be the travel model's first places, in order")
        streams = RandomStreams(seed: setup.seed)
        vehicleTypes = setup.vehicles.reduce(into: []) { types, v in if !types.contains(v.type) { types.append(v.type) }
        }
        ops = OperationsState(setup: setup)
        let plans = zip(setup.vehicles, setup.vehiclePlaces).map { spec, place in
            VehiclePlan(position: place, idleSince: spec.shiftStart, shiftEnd: spec.shiftEnd)
        }
        fleet = Fleet(specs: setup.vehicles, plans: plans)
        let n = setup.requests.count
        requests = setup.requests
        trips = Array(repeating: nil, count: n)
        tripVehicle = Array(repeating: -1, count: n)
        orders = SparseColumn(count: n)
        pickedUpAt = Array(repeating: nil, count: n)
        droppedOffAt = Array(repeating: nil, count: n)
        atStop = Array(repeating: false, count: setup.vehicles.count)
        visits = Array(repeating: 0, count: setup.vehicles.count)
        awaitingAuthentication = Array(repeating: false, count: setup.vehicles.count)
        outOfService = Array(repeating: false, count: setup.vehicles.count)
        for v in plans.indices { prepareShift(Int32(v)) }
    }

    /// Runs to the end and returns the number of unfinished trips.
    @discardableResult
    public func run(progress: ((RunProgress) -> Void)? = nil) -> Int {
        start()
        advance(until: setup.end, progress: progress)
        return finish()
    }

    /// Records the run's header and schedules the fleet's shifts and the simulated requests.
    public func start() {
        let first =
            setup.requests.first.map { min($0.time, setup.vehicles.map(\.shiftStart).min() ?? $0.time) } ?? .zero
        emit(
            .runStarted(
                RunHeader(
                    scenario: setup.scenario, seed: setup.seed, stops: setup.stops,
                    vehicles: setup.vehicles, serviceClasses: setup.serviceClasses,
                    travelModel: travel.description, requestCount: setup.requests.count,
                    customerFlags: setup.rules.flags.map(\.name), depots: setup.operations.depots)), at: first)
        for (v, spec) in setup.vehicles.enumerated() {
            planChanged(Int32(v))
            queue.schedule(.vehicleReady(Int32(v)), at: spec.shiftStart)
        }
        for (r, request) in setup.requests.enumerated() { queue.schedule(.rider(.request(Int32(r))), at: request.time) }
        for (i, incident) in setup.incidents.enumerated() { queue.schedule(.breakdown(Int32(i)), at: incident.time) }
        scheduleRebalancing()
        scheduleReoptimisation()
    }

    /// Processes every step due up to `limit` (never past the run's end); `now` ends at `limit`.
    public func advance(until limit: SimTime, progress: ((RunProgress) -> Void)? = nil) {
        let limit = min(limit, setup.end)
        let every = max(1, setup.requests.count / 100)
        while let next = queue.nextTime, next <= limit, let (time, step) = queue.pop() {
            precondition(time >= lastStepTime, "a step scheduled at \(time), before the last one at \(lastStepTime)")
            now = time
            lastStepTime = time
            perform(step)
            eventsProcessed += 1
            if case .rider(.request) = step {
                requestsDone += 1
                if requestsDone % every == 0 {
                    progress?(
                        RunProgress(
                            time: now, requestsDone: requestsDone,
                            requestsTotal: setup.requests.count, eventsProcessed: eventsProcessed))
                }
            }
        }
        now = max(now, limit)
    }

    /// Records the run's end; returns the number of trips not in a terminal state.
    @discardableResult
    public func finish() -> Int {
        let unfinished = trips.reduce(0) { $0 + (($1.map { !$0.state.isTerminal }) == true ? 1 : 0) }
        emit(.runEnded(unfinished: Int32(unfinished)), at: queue.isEmpty ? lastStepTime : setup.end)
        return unfinished
    }

    private func perform(_ step: Step) {
        switch step {
        case .rider(let step):
            guard let riders else { preconditionFailure("\(step) at \(now): the engine has no rider agent") }
            if case .request(let r) = step { noteDemand(r) }
            riders.perform(step)
        case .vehicleReady(let v): handleVehicleReady(v)
        case .dispatch(let r): decide(r)
        case .breakdown(let i): handleBreakdown(setup.incidents[Int(i)])
        case .repair(let v): handleRepair(v)
        case .wake(let v): handleWake(v)
        case .rebalance: rebalance()
        case .reveal(let r): reveal(r)
        case .reoptimise: reoptimise()
        case .beginActivity(let s) where isCurrent(s): beginActivity(s.vehicle)
        case .arrive(let s) where isCurrent(s): handleArrival(s.vehicle)
        case .board(let s) where isCurrent(s): handleBoarding(s.vehicle)
        case .alight(let s) where isCurrent(s): handleAlighting(s.vehicle)
        case .giveUpWaiting(let s) where isCurrent(s): handleNoShow(s.vehicle)
        case .finishStop(let s) where isCurrent(s): handleStopFinished(s.vehicle)
        case .arrive, .board, .alight, .giveUpWaiting, .finishStop, .beginActivity: break
        }
    }

    /// Tells the matcher that vehicle `v`'s plan changed; quotes made before no longer hold as made.
    func planChanged(_ v: Int32) {
        planVersion &+= 1
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    func isCurrent(_ s: Visit) -> Bool { visits[Int(s.vehicle)] == s.number }

    /// A step for vehicle `v`'s current visit.
    func visit(_ v: Int32) -> Visit { Visit(vehicle: v, number: visits[Int(v)]) }

    func emit(_ kind: SimEvent.Kind, at time: SimTime? = nil) {
        sink.record(SimEvent(time: time ?? now, kind: kind))
    }

    /// Applies `input` to trip `r`; traps on an illegal transition (an engine bug).
    func transition(_ r: Int32, _ input: TripInput) -> TripAction {
        guard var machine = trips[Int(r)] else {
            preconditionFailure("trip \(requests[Int(r)].id): \(input) before it was ordered")
        }
        let action = machine.apply(input)
        precondition(
            action != .illegal,
            "trip \(requests[Int(r)].id) in state \(machine.state): illegal input \(input) at \(now)")
        trips[Int(r)] = machine
        return action
    }

    /// A place as vehicles see it: where they stop (a road network's node).
    func stopRef(_ place: PlaceID) -> StopRef {
        StopRef(stop: Int(place) < setup.stops.count ? place : -1, point: travel.point(of: place))
    }

    /// A place as riders see it: the stop's own position (or, door to door, where the vehicle stops).
    func riderRef(_ place: PlaceID) -> StopRef {
        Int(place) < setup.stops.count ? StopRef(stop: place, point: setup.stops[Int(place)].point) : stopRef(place)
    }
}

/// What the engine does next: the payload of its event queue.
enum EngineStep {
    case rider(RiderStep), vehicleReady(Int32)
    /// The dispatcher decides request `r`'s order; a breakdown (an index into the setup's incidents);
    /// a vehicle back from repair.
    case dispatch(Int32), breakdown(Int32), repair(Int32)
    /// A vehicle looks again at what it should do (leave for a break, go home at the shift's end); the
    /// rebalancing policy's turn.
    case wake(Int32), rebalance
    /// A prebooked trip gets its vehicle; a re-optimisation round.
    case reveal(Int32), reoptimise
    /// Vehicle steps carry the vehicle's visit number: a step scheduled for an earlier visit
    /// (the rider cancelled and the vehicle moved on) is stale and ignored.
    case arrive(Visit), board(Visit), alight(Visit), giveUpWaiting(Visit), finishStop(Visit)
    /// An operational stop's activity begins (a break, after waiting for its window).
    case beginActivity(Visit)
}

/// One vehicle's n-th stop visit.
struct Visit {
    var vehicle: Int32
    var number: UInt32
}
