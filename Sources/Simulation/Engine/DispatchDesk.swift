/// What the engine offers the service layer: quotes, bookings, cancellations and each trip's status.
///
/// The service layer (customers, flags, offers with tokens, the integration API's rules) sits above
/// the engine and books every trip through this seam; the engine keeps the fleet, the plans and the
/// clock. Request indices are the engine's: simulated requests come first (in time order), requests
/// made through the API are appended by `register`.
public protocol DispatchDesk: AnyObject {
    /// The simulated time now.
    var now: SimTime { get }
    /// The configured service classes (an offer names one by index).
    var serviceClasses: [ServiceClass] { get }
    /// The virtual stops (a `StopRef` names one by index; empty door to door).
    var stops: [Stop] { get }
    /// The booking rules the service layer enforces.
    var rules: ServiceRules { get }
    /// The matcher's weight on a rider's wait, for riders without a priority flag.
    var defaultWaitWeight: Double { get }
    /// The run's simulated requests followed by those registered since.
    var requestCount: Int { get }
    func request(_ r: Int32) -> TripRequest
    /// Adds a request made through the API at `now`; returns its index.
    func register(_ request: TripRequest) -> Int32
    /// Replaces simulated request `r` (the demand's bare request) with the complete one, before it is
    /// quoted or recorded: the service fills in the customer, flags, loads and account first.
    func update(_ r: Int32, _ request: TripRequest)
    /// Whether `point` lies in the service area (to name the end at fault when a quote fails with `outOfServiceArea`).
    func inServiceArea(_ point: GeoPoint) -> Bool
    /// Whether some vehicle type of the fleet could ever carry `loads`.
    func canEverCarry(_ loads: [Load]) -> Bool
    /// The best offers for request `r` in the given classes, or why there are none. Records nothing.
    func quote(_ r: Int32, _ query: QuoteQuery) -> Result<[Quote], Reason>
    /// Orders `quote` for request `r`: the trip is `Ordered` at once; the dispatcher accepts it (the offered
    /// vehicle if its plan still keeps the promise, otherwise the best other vehicle) or rejects it
    /// (`FLEET_SATURATED`) after the dispatch latency. Records `ordered`, and the decision when it falls.
    func order(_ r: Int32, _ quote: Quote, offerIndex: Int)
    /// Cancels trip `r`; `false` (and a `cancelRefused` record) when its state does not allow it.
    func cancel(_ r: Int32, actor: CancelActor) -> Bool
    /// The rider of trip `r` authenticates at the vehicle; `false` unless the trip is
    /// `ReadyForBoardingAuthentication`.
    func authenticate(_ r: Int32) -> Bool
    /// Where trip `r` stands; `nil` before it was ordered.
    func status(_ r: Int32) -> TripStatus?
    /// Trip `r`'s state alone (cheap: no plan look-up); `nil` before it was ordered.
    func state(_ r: Int32) -> TripState?
    /// Schedules a simulated rider's next step.
    func schedule(_ step: RiderStep, at time: SimTime)
    /// Reports what became of request `r` on the service's side; the engine writes it to the run's log.
    func report(_ r: Int32, _ outcome: RequestOutcome)
    /// Reports a corporate account the service created (the customer extension); the engine writes it
    /// to the run's log, where trips name it.
    func report(account: CorporateAccount)
}

/// What the service layer reports about a request (the engine is the one writer of the event log).
public enum RequestOutcome: Sendable {
    /// The request as registered, with its customer, flags and loads.
    case requested
    /// The offers as the rider sees them (with their tokens).
    case offered([Offer])
    case noOffer(Reason)
    /// The rider ordered none of the offers.
    case declined(Reason)
    /// The service refused the order at the call; no trip was created.
    case orderRefused(Reason)
}

/// What a quote is asked for: which service classes, and how the rider's wait weighs.
public struct QuoteQuery: Hashable, Sendable {
    /// Indices into the configured service classes that this customer may book.
    public var classes: [Int]
    /// Weight of this rider's wait in the matcher's cost (priority customers weigh more).
    public var waitWeight: Double
    public init(classes: [Int], waitWeight: Double) { self.classes = classes; self.waitWeight = waitWeight }
}

/// One offer as the engine computed it: what the rider is told, and the spec the promise rests on.
public struct Quote: Hashable, Sendable {
    public var offer: Offer
    public var spec: TripSpec
    /// The vehicle whose plan the quote was made from.
    public var vehicle: Int32
    /// The insertion the quote was made from, and when: booked as it is while no plan has changed since.
    public internal(set) var basis: QuoteBasis?
    /// A prebooking: the promise rests on the windows alone (no vehicle); the trip gets its vehicle
    /// `dispatch.prebooking.revealAhead` before its pickup window opens.
    public internal(set) var isPrebooking = false
    public init(offer: Offer, spec: TripSpec, vehicle: Int32) {
        self.offer = offer; self.spec = spec; self.vehicle = vehicle
    }
}

/// The insertion behind a quote, with the engine's time and plan version when it was found.
public struct QuoteBasis: Hashable, Sendable {
    var insertion: Insertion
    var time: SimTime
    var planVersion: Int
}

/// A simulated rider's scheduled moments.
public enum RiderStep: Hashable, Sendable {
    /// The rider asks for offers (at the request's time).
    case request(Int32)
    /// The rider decides among the offers.
    case decide(Int32)
    /// The rider (or the integrator on their behalf) cancels.
    case cancel(Int32, CancelActor)
    /// The rider authenticates at the vehicle (boarding authentication).
    case authenticate(Int32)
}

/// The simulated riders: the engine calls them at their scheduled moments. The service layer
/// implements this, so that simulated riders book exactly as API clients do.
public protocol RiderAgent: AnyObject {
    func perform(_ step: RiderStep)
    /// Whether the rider of trip `r` is at the pickup stop when the vehicle is ready to board.
    func showsUp(_ r: Int32) -> Bool
    /// The vehicle of trip `r` is at the pickup and waits for the rider to authenticate.
    func readyForBoardingAuthentication(_ r: Int32)
}
