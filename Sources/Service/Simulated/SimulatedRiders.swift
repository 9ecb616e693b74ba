import Simulation

/// The scenario's riders, booking through the service exactly as API clients do.
///
/// Each demand customer becomes a service customer on their first request (generated contact data,
/// flags drawn by the scenario's shares, the demand's customer id kept as `external_customer_id`) and,
/// where the scenario's `customers` section asks for it, gets the VIP tier, default requirements and a
/// corporate account (created at the first rider step) through the customer extension's calls.
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
    /// The scenario's corporate accounts once created (at the first step), in the scenario's order.
    private var accounts: [CorporateAccount]?

    public init(service: TripService, behaviour: RiderBehaviour, seed: UInt64, simulatedCount: Int) {
        self.service = service; self.behaviour = behaviour
        streams = RandomStreams(seed: seed); self.simulatedCount = simulatedCount
    }

    public func perform(_ step: RiderStep) {
        if accounts == nil { accounts = createScenarioAccounts() }
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
            let account = try service.tripAccount(of: customer, named: nil)
            pending[r] = try service.offers(
                forSimulated: r, customer: customer, loads: request.loads.map(LoadRequest.init), account: account)
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
        do { try useExtension(for: customer.id, ordinal: ordinal) } catch {
            preconditionFailure("the customer extension refused a simulated customer: \(error)")
        }
        customerIDs[demandID] = customer.id
        return customer
    }

    /// Draws the customer's tier, default requirements and account by the scenario's shares (one stream
    /// per customer, apart from the flags') and sets them as an API client would.
    private func useExtension(for id: String, ordinal: UInt64) throws(ServiceError) {
        let rules = service.desk.rules.customers
        var g = streams.stream(.customerMix, index: ordinal)
        let vip = g.unit(), wheelchair = g.unit(), childSeat = g.unit(), account = g.unit(), department = g.unit()
        if vip < rules.vipShare { _ = try service.setPriorityTier(.vip, of: id) }
        var requirements = ServiceRequirements()
        if wheelchair < rules.defaultWheelchairShare { requirements.wheelchair = .needed }
        if childSeat < rules.defaultChildSeatShare { requirements.childSeat = rules.defaultChildSeat }
        if requirements != ServiceRequirements() { _ = try service.setDefaultRequirements(requirements, of: id) }
        var cumulative = 0.0
        for (k, share) in rules.accounts.enumerated() {
            cumulative += share.share
            guard account < cumulative, let created = accounts?[k] else { continue }
            let departments = created.departments
            let chosen =
                departments.isEmpty
                ? nil : departments[min(Int(department * Double(departments.count)), departments.count - 1)]
            _ = try service.attachCustomer(id, toAccount: created.id, department: chosen?.id, makeDefault: true)
            break
        }
    }

    /// Creates the scenario's corporate accounts through the service (recorded in the log).
    private func createScenarioAccounts() -> [CorporateAccount] {
        service.desk.rules.customers.accounts.map { share in
            do { return try service.createAccount(name: share.name, departments: share.departments) } catch {
                preconditionFailure("scenario account \"\(share.name)\" failed the service's rules: \(error)")
            }
        }
    }
}

extension SimulatedRiders {
    /// Puts a service in front of `engine` and lets the setup's simulated riders book through it.
    /// The engine keeps the riders (and so the service) alive.
    @discardableResult
    public static func attach<Travel: TravelTimeModel, M: Matcher>(
        to engine: Engine<Travel, M>, behaviour: RiderBehaviour
    ) -> SimulatedRiders {
        let setup = engine.setup
        let riders = SimulatedRiders(
            service: TripService(desk: engine, seed: setup.seed), behaviour: behaviour,
            seed: setup.seed, simulatedCount: setup.requests.count)
        engine.riders = riders
        return riders
    }
}
