import Simulation

/// The scenario's riders, booking through the service exactly as API clients do.
///
/// Each demand customer becomes a service customer on their first request (generated contact data,
/// flags drawn by the scenario's shares, the demand's customer id kept as `external_customer_id`).
/// A rider asks for offers at the request's time, orders the one that arrives earliest within their
/// wait tolerance after a decision delay, and may cancel (or have the integrator cancel) before pickup
/// or not show up, all drawn from the run's seeded streams.
public final class SimulatedRiders: RiderAgent {
    public let service: TripService
    let behaviour: RiderBehaviour
    let streams: RandomStreams
    /// The simulated requests (the engine's first indices).
    let simulatedCount: Int
    /// Service customer ids by demand customer id.
    private var customerIDs: [String: String] = [:]
    /// Each waiting rider's offers, until they decide.
    private var pending: [Int32: [Offer]] = [:]
    /// The trip id of each ordered simulated request.
    private var tripIDs: [Int32: String] = [:]

    public init(service: TripService, behaviour: RiderBehaviour, seed: UInt64, simulatedCount: Int) {
        self.service = service; self.behaviour = behaviour
        streams = RandomStreams(seed: seed); self.simulatedCount = simulatedCount
    }

    public func perform(_ step: RiderStep) {
        switch step {
        case .request(let r): request(r)
        case .decide(let r): decide(r)
        case .cancel(let r, let actor): cancel(r, actor: actor)
        case .authenticate(let r): authenticate(r)
        }
    }

    /// A rider who is there authenticates after a drawn delay; one who is not never does (a no-show).
    public func readyForBoardingAuthentication(_ r: Int32) {
        guard Int(r) < simulatedCount, showsUp(r) else { return }
        var g = streams.stream(.authentication, index: UInt64(r))
        let delay = g.uniform(
            Double(behaviour.authenticationDelayMin.ms)...Double(behaviour.authenticationDelayMax.ms))
        service.desk.schedule(.authenticate(r), at: service.now + SimTime(ms: Int64(delay)))
    }

    private func authenticate(_ r: Int32) {
        guard let tripID = tripIDs[r] else { return }
        // Refused when the trip moved on meanwhile (re-dispatched after a breakdown, say): nothing to do.
        _ = try? service.completeBoardingAuthentication(customerID: service.desk.request(r).customerID, tripID: tripID)
    }

    public func showsUp(_ r: Int32) -> Bool {
        guard Int(r) < simulatedCount else { return true }
        var g = streams.stream(.noShows, index: UInt64(r))
        return g.unit() >= behaviour.noShowProbability
    }

    private func request(_ r: Int32) {
        let request = service.desk.request(r)
        let customer = customer(for: request.customerID)
        do {
            pending[r] = try service.offers(for: r, customer: customer, loads: request.loads.map(LoadRequest.init))
        } catch {
            return  // recorded as no offer by the service
        }
        var g = streams.stream(.choices, index: UInt64(r))
        let delay = g.uniform(Double(behaviour.decisionDelayMin.ms)...Double(behaviour.decisionDelayMax.ms))
        service.desk.schedule(.decide(r), at: service.now + SimTime(ms: Int64(delay)))
    }

    /// Orders the offer arriving earliest among those within the rider's wait tolerance.
    private func decide(_ r: Int32) {
        let offers = pending.removeValue(forKey: r) ?? []
        let request = service.desk.request(r)
        var g = streams.stream(.choices, index: UInt64(r))
        _ = g.next()  // the decision delay's draw
        let tolerance = SimTime(
            ms: Int64(g.uniform(Double(behaviour.waitToleranceMin.ms)...Double(behaviour.waitToleranceMax.ms))))
        let acceptable = offers.enumerated().filter {
            $0.element.estimatedPickup - request.desiredDeparture <= tolerance
        }
        guard
            let choice = acceptable.min(by: { a, b in
                (a.element.estimatedDropoff, a.offset) < (b.element.estimatedDropoff, b.offset)
            })
        else { return service.desk.report(r, .declined(.noAcceptableOffer)) }
        guard let tripID = try? service.orderTrip(customerID: request.customerID, offerToken: choice.element.token)
        else {
            return  // recorded as a refused order by the service
        }
        tripIDs[r] = tripID
        scheduleMishaps(r, plannedPickup: choice.element.estimatedPickup, draws: &g)
    }

    /// Draws whether this rider cancels (and when) or the integrator does.
    private func scheduleMishaps(_ r: Int32, plannedPickup: SimTime, draws g: inout SeededGenerator) {
        let u = g.unit(), when = g.unit()
        let now = service.now
        let cancelAt = now + SimTime(ms: Int64(when * Double(max(0, (plannedPickup - now).ms))))
        if u < behaviour.customerCancelProbability {
            service.desk.schedule(.cancel(r, .customer), at: cancelAt)
        } else if u < behaviour.customerCancelProbability + behaviour.integratorCancelProbability {
            service.desk.schedule(.cancel(r, .integrator), at: cancelAt)
        }
    }

    /// Looks at the trip first (as a rider's app would), then cancels; a refusal is in the log.
    private func cancel(_ r: Int32, actor: CancelActor) {
        guard let tripID = tripIDs[r] else { return }
        let customerID = service.desk.request(r).customerID
        guard let trip = try? service.trip(customerID: customerID, tripID: tripID) else {
            preconditionFailure("simulated rider cannot read their own trip \(tripID)")
        }
        guard !trip.state.isTerminal else { return }  // rejected or ended meanwhile: nothing to cancel
        switch actor {
        case .customer: _ = try? service.cancelTripAsCustomer(customerID: customerID, tripID: tripID)
        case .integrator: _ = try? service.cancelTripAsIntegrator(tripID: tripID)
        }
    }

    /// The service customer of a demand customer, created through `CreateCustomer` on first sight.
    private func customer(for demandID: String) -> Customer {
        if let id = customerIDs[demandID], let c = try? service.customer(id) { return c }
        let ordinal = UInt64(customerIDs.count)
        var g = streams.stream(.customers, index: ordinal + 1)
        var draft = SyntheticContacts.draft(using: &g)
        draft.externalCustomerID = demandID
        let customer: Customer
        do { customer = try service.createCustomer(draft) } catch {
            preconditionFailure("generated contact data failed validation: \(error)")
        }
        var flags = streams.stream(.customerFlags, index: ordinal)
        for share in service.desk.rules.flagShares where flags.unit() < share.share {
            service.customers.setFlagBypassingReadOnly(share.flag, on: customer.id)
        }
        customerIDs[demandID] = customer.id
        return customer
    }
}

extension SimulatedRiders {
    /// Puts a service in front of `engine` and lets the setup's simulated riders book through it.
    /// The engine keeps the riders (and so the service) alive.
    @discardableResult
    public static func attach<Travel: TravelTimeModel, M: Matcher>(to engine: Engine<Travel, M>) -> SimulatedRiders {
        let setup = engine.setup
        let riders = SimulatedRiders(
            service: TripService(desk: engine, seed: setup.seed), behaviour: setup.riders,
            seed: setup.seed, simulatedCount: setup.requests.count)
        engine.riders = riders
        return riders
    }
}
