/// One thing that happened in a run. The event log is the engine's only output: trips.csv,
/// vehicles.csv, summary.json and the verifier are all functions of these values.
///
/// Entities are referred to by index: `request` indexes the run's requests (a request's trip has the
/// same index), `vehicle` the header's vehicles, and a `StopRef` names a stop by index (or -1 for a
/// point that is not a stop) together with its position.
public struct SimEvent: Sendable {
    public let time: SimTime
    public let kind: Kind

    public init(time: SimTime, kind: Kind) { self.time = time; self.kind = kind }

    /// The two large payloads (a run's header, a request) are boxed (`indirect`), so that every other
    /// event stays small to copy.
    public enum Kind: Sendable {
        /// First event of every run.
        indirect case runStarted(RunHeader)
        /// A vehicle begins its shift at `at`.
        case vehicleReady(vehicle: Int32, at: StopRef)
        indirect case requested(request: Int32, TripRequest)
        case noOffer(request: Int32, reason: Reason)
        case offered(request: Int32, offers: [Offer])
        /// The rider ordered none of the offers (`NO_ACCEPTABLE_OFFER`, `OFFER_EXPIRED`).
        case declined(request: Int32, reason: Reason)
        /// An order that the service refused at the call (`OFFER_EXPIRED`, `ONGOING_TRIP`, …): no trip
        /// was created.
        case orderRefused(request: Int32, reason: Reason)
        /// The rider ordered offer number `offer` (index into the `offered` list); the trip is `Ordered`
        /// until the dispatcher decides (`accepted` or `rejected`).
        case ordered(request: Int32, offer: Int32)
        /// The dispatcher accepted the order with `vehicle`; a prebooked trip is accepted with its promise
        /// alone (`vehicle` -1) and gets its vehicle later (`assigned`).
        case accepted(request: Int32, vehicle: Int32)
        /// A prebooked trip was put into `vehicle`'s plan (`dispatch.prebooking.revealAhead` before its
        /// pickup window opens).
        case assigned(request: Int32, vehicle: Int32)
        /// The dispatcher found no vehicle that keeps the offer's promise (`FLEET_SATURATED`).
        case rejected(request: Int32, reason: Reason)
        /// An accepted trip moved to another vehicle that keeps its promise (after a breakdown, or by
        /// re-optimisation).
        case reassigned(request: Int32, from: Int32, to: Int32)
        case vehicleArrived(vehicle: Int32, at: StopRef, occupancy: Occupancy, drivenMetres: Double, driveTime: SimTime)
        case vehicleDeparted(vehicle: Int32, at: StopRef, occupancy: Occupancy)
        /// A vehicle that needs boarding authentication is at the pickup stop: the rider may authenticate.
        case readyForBoardingAuthentication(request: Int32, vehicle: Int32, at: StopRef)
        /// The rider authenticated (the trip is `BoardingAuthenticationCompleted`).
        case boardingAuthenticated(request: Int32, vehicle: Int32)
        case pickedUp(request: Int32, vehicle: Int32, at: StopRef)
        case droppedOff(request: Int32, vehicle: Int32, at: StopRef)
        case cancelled(request: Int32, actor: CancelActor)
        /// A cancellation that the rules refused (the rider was already on board).
        case cancelRefused(request: Int32, actor: CancelActor, reason: Reason)
        case noShow(request: Int32, vehicle: Int32, at: StopRef)
        /// A ride cut short (`NotFulfilled/Terminated`) where the vehicle was (riders on board) or at the
        /// pickup (riders not yet on board that no other vehicle could take over).
        case terminated(request: Int32, vehicle: Int32, at: StopRef, cause: Reason)
        /// The vehicle broke down at `at`: it leaves service until `vehicleRepaired`.
        case vehicleBrokeDown(vehicle: Int32, at: StopRef)
        case vehicleRepaired(vehicle: Int32)
        /// A vehicle's operational activity: shift start and end at its depot, breaks, charging, and
        /// the drives they need (see `FleetOperation`).
        case operation(vehicle: Int32, FleetOperation)
        /// A re-optimisation round ended (see `ReoptimisationRound`); its moves were recorded before it
        /// (`reassigned`, and `accepted` or `rejected` for held orders).
        case reoptimised(ReoptimisationRound)
        /// A corporate account was created (through the service's customer extension); trips name it
        /// by id in their request.
        indirect case accountCreated(CorporateAccount)
        /// Last event: the simulation stopped with `unfinished` trips not yet in a terminal state.
        case runEnded(unfinished: Int32)
    }
}

/// A place in the log: a stop (by index) or a free point (`stop == -1`), with its position.
public struct StopRef: Hashable, Sendable {
    public var stop: Int32
    public var point: GeoPoint
    public init(stop: Int32, point: GeoPoint) { self.stop = stop; self.point = point }
}

/// The run's fixed facts, first in every log.
public struct RunHeader: Sendable {
    public var scenario: String
    public var seed: UInt64
    public var stops: [Stop]
    public var vehicles: [VehicleSpec]
    public var serviceClasses: [ServiceClass]
    public var travelModel: TravelModelInfo
    public var requestCount: Int
    /// The configured customer flags' names.
    public var customerFlags: [String]
    /// The depots (operation facilities) vehicles refer to by index; empty without operations.
    public var depots: [Depot] = []

    public init(
        scenario: String, seed: UInt64, stops: [Stop], vehicles: [VehicleSpec],
        serviceClasses: [ServiceClass], travelModel: TravelModelInfo, requestCount: Int,
        customerFlags: [String] = [], depots: [Depot] = []
    ) {
        self.scenario = scenario; self.seed = seed; self.stops = stops; self.vehicles = vehicles
        self.serviceClasses = serviceClasses; self.travelModel = travelModel; self.requestCount = requestCount
        self.customerFlags = customerFlags; self.depots = depots
    }
}

/// Receives the engine's events in order.
public protocol EventSink: AnyObject {
    func record(_ event: SimEvent)
}

/// Keeps every event in memory (tests, and reports built after the run).
public final class EventRecorder: EventSink {
    public private(set) var events: [SimEvent] = []
    public init() {}
    public func record(_ event: SimEvent) { events.append(event) }
}
