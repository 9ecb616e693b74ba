import Ridepool
import RidepoolAPI
import Service
import Simulation

/// The backend of `ridepool serve`: the scenario's live run behind the API, on a clock that runs
/// at `speed` × real time (or, for tests, stands still until `advance(by:)` moves it).
///
/// An actor: calls are served one at a time, each first bringing the simulation up to the clock's
/// now, so every answer reflects the city as it stands at that moment.
public actor LiveSandbox: SandboxBackend {
    let run: LiveRun
    public nonisolated let clock: SimulatedClock
    /// With a manual clock, the simulated now it has been moved to; nil when the clock is live.
    private var manualNow: SimTime?
    /// Posts the run's trip state changes (`--webhook`); its `changes` must be the run's observer.
    let webhooks: TripWebhooks?

    /// - Parameters:
    ///   - speed: simulated seconds per real second; nil: a manual clock (`advance(by:)`).
    ///   - mode: where the clock starts (see `ClockMode`); a manual clock starts there, too.
    ///   - webhooks: posts trip state changes after each catch-up; `LiveRun` must have been made with
    ///     its `changes` as observer.
    public init(run: sending LiveRun, speed: Double?, clock mode: ClockMode = .scenario, webhooks: TripWebhooks? = nil)
    {
        self.run = run
        self.webhooks = webhooks
        switch mode {
        case .scenario: clock = SimulatedClock(start: run.start, speed: speed ?? 1)
        case .wall(let now): clock = SimulatedClock(wallNow: now, speed: speed ?? 1)
        }
        manualNow = speed == nil ? clock.start : nil
    }

    var service: TripService { run.service }

    /// Processes every simulation step due by the clock's now, and queues the webhooks of the trips it changed.
    public func catchUp() {
        run.advance(until: manualNow ?? clock.simTime())
        webhooks?.publish(service: service, clock: clock)
    }

    /// Moves a manual clock on by `span` and processes what falls due (a live clock ignores this).
    public func advance(by span: SimTime) {
        guard let now = manualNow else { return }
        manualNow = now + span
        catchUp()
    }

    /// The simulated time now.
    public var now: SimTime { run.now }

    /// Whether the simulation has reached the scenario's end (`end + drain`).
    public var reachedHorizon: Bool { run.now >= run.horizon }

    /// Ends the run at the clock's now and writes the results as `ridepool run` does.
    public func finish() throws -> RunResult {
        catchUp()
        return try run.finish()
    }

    public func simulatedNow() -> String { clock.rfc3339(run.now) }

    // MARK: Customers

    public func getCustomer(_ r: CustomerAPI.GetCustomerRequest) throws -> CustomerAPI.GetCustomerResponse {
        catchUp()
        let customer = try service.customer(r.id)
        return .with { $0.customer = .init(customer) }
    }

    public func listCustomers(_ r: CustomerAPI.ListCustomersRequest) throws -> CustomerAPI.ListCustomersResponse {
        catchUp()
        let page = try service.listCustomers(pageSize: r.requestedPageSize, pageToken: r.pageToken)
        return .init(page, into: \.customers, CustomerAPI.Customer.init)
    }

    public func createCustomer(_ r: CustomerAPI.CreateCustomerRequest) throws -> CustomerAPI.CreateCustomerResponse {
        catchUp()
        let customer = try service.createCustomer(r.draft)
        return .with { $0.customer = .init(customer) }
    }

    public func updateCustomer(_ r: CustomerAPI.UpdateCustomerRequest) throws -> CustomerAPI.UpdateCustomerResponse {
        catchUp()
        let customer = try service.updateCustomer(r.customer.service)
        return .with { $0.customer = .init(customer) }
    }

    public func deleteCustomer(_ r: CustomerAPI.DeleteCustomerRequest) throws -> CustomerAPI.DeleteCustomerResponse {
        catchUp()
        try service.deleteCustomer(r.id)
        return .init()
    }

    public func listCustomerFlags(_ r: CustomerAPI.ListCustomerFlagsRequest) throws
        -> CustomerAPI.ListCustomerFlagsResponse
    {
        catchUp()
        let page = try service.listCustomerFlags(
            of: r.customerID, pageSize: r.requestedPageSize, pageToken: r.pageToken)
        return .init(page, into: \.flags)
    }

    public func addCustomerFlag(_ r: CustomerAPI.AddCustomerFlagRequest) throws -> CustomerAPI.AddCustomerFlagResponse {
        catchUp()
        try service.addCustomerFlag(r.flag, to: r.customerID)
        return .init()
    }

    public func removeCustomerFlag(_ r: CustomerAPI.RemoveCustomerFlagRequest) throws
        -> CustomerAPI.RemoveCustomerFlagResponse
    {
        catchUp()
        try service.removeCustomerFlag(r.flag, from: r.customerID)
        return .init()
    }

    // MARK: Trips

    public func requestTripOffers(_ r: TripAPI.RequestTripOffersRequest, customerID: String?) throws
        -> TripAPI.RequestTripOffersResponse
    {
        catchUp()
        let request = try r.offerRequest(clock: clock)
        let offers = try service.requestTripOffers(customerID: customerID, request)
        return .with { $0.offers = offers.map { TripAPI.Offer($0, service: service, clock: clock) } }
    }

    public func orderTrip(_ r: TripAPI.OrderTripRequest, customerID: String?) throws -> TripAPI.OrderTripResponse {
        catchUp()
        let id = try service.orderTrip(customerID: customerID, offerToken: r.offerToken)
        return .with { $0.tripID = id }
    }

    public func getTrip(_ r: TripAPI.GetTripRequest, customerID: String?) throws -> TripAPI.GetTripResponse {
        catchUp()
        let trip = try service.trip(customerID: customerID, tripID: r.tripID)
        return .with { $0.trip = .init(trip, service: service, clock: clock) }
    }

    public func cancelTripAsCustomer(_ r: TripAPI.CancelTripAsCustomerRequest, customerID: String?) throws
        -> TripAPI.CancelTripAsCustomerResponse
    {
        catchUp()
        try service.cancelTripAsCustomer(customerID: customerID, tripID: r.tripID)
        return .init()
    }

    public func completeBoardingAuthentication(
        _ r: BoardingAuthenticationAPI.CompleteBoardingAuthenticationRequest, customerID: String?
    ) throws -> BoardingAuthenticationAPI.CompleteBoardingAuthenticationResponse {
        catchUp()
        try service.completeBoardingAuthentication(customerID: customerID, tripID: r.tripID)
        return .init()
    }

    public func cancelTripAsIntegrator(_ r: TripAPI.CancelTripAsIntegratorRequest) throws
        -> TripAPI.CancelTripAsIntegratorResponse
    {
        catchUp()
        try service.cancelTripAsIntegrator(tripID: r.tripID)
        return .init()
    }
}
