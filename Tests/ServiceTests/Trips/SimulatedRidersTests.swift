import Service
import Simulation
import TestSupport
import Testing

/// Simulated riders book through the service: customers made by `CreateCustomer`, flags by the
/// scenario's shares, and every trip readable through `GetTrip` in agreement with the log.
@Suite("Simulated riders through the service")
struct SimulatedRidersTests {
    /// 80 requests a minute apart by 20 demand customers between grid stops, four vehicles, riders who
    /// sometimes cancel or miss their vehicle, and two flags with shares.
    static func world(seed: UInt64) -> TestWorld {
        var w = TestWorld()
        w.seed = seed
        w.rules.flags = [CustomerFlag(name: "vip", effect: .priority(waitWeight: 3)), CustomerFlag(name: "student")]
        w.rules.flagShares = [FlagShare(flag: "vip", share: 0.3), FlagShare(flag: "student", share: 0.5)]
        w.riders.customerCancelProbability = 0.1
        w.riders.integratorCancelProbability = 0.05
        w.riders.noShowProbability = 0.05
        for (x, y) in [(-2000.0, -2000.0), (2000, 2000), (-2000, 2000), (2000, -2000)] { w.addVehicle(at: x, y) }
        for k in 0..<80 {
            let (x0, y0) = (k % 5 - 2, (k / 5) % 5 - 2), (x1, y1) = ((k + 2) % 5 - 2, (k / 5 + 3) % 5 - 2)
            w.requests.append(
                TripRequest(
                    id: "r\(k)", customerID: "c\(k % 20)", time: TestWorld.t0 + .minutes(Double(k)),
                    origin: TestWorld.at(Double(x0) * 1000, Double(y0) * 1000),
                    destination: TestWorld.at(Double(x1) * 1000, Double(y1) * 1000)))
        }
        return w
    }

    /// The state a trip's log ends in.
    static func finalState(_ names: [String]) -> TripState? {
        for name in names.reversed() {
            switch name {
            case "droppedOff": return .fulfilled
            case "pickedUp": return .pickedUp
            case "accepted": return .accepted
            case "noShow": return .notFulfilled(.noShow)
            case "rejected": return .notFulfilled(.rejected)
            case "cancelled(customer)": return .notFulfilled(.cancelledAsCustomer)
            case "cancelled(integrator)": return .notFulfilled(.cancelledAsIntegrator)
            default: continue
            }
        }
        return nil
    }

    @Test("flags, customers and trip states of a simulated run agree with the service", arguments: [UInt64(1), 7])
    func run(seed: UInt64) throws {
        let world = Self.world(seed: seed)
        let live = LiveWorld(world, start: .zero)
        live.finish()
        let log = live.log
        let requested = log.events.compactMap { e -> (Int32, TripRequest)? in
            if case .requested(let r, let q) = e.kind { (r, q) } else { nil }
        }
        #expect(requested.count == world.requests.count)

        // Every demand customer became exactly one service customer, made through CreateCustomer.
        let demandIDs = Set(world.requests.map(\.customerID))
        #expect(live.service.customers.count == demandIDs.count)
        var serviceID: [String: String] = [:]
        for (r, request) in requested {
            let demandID = world.requests[Int(r)].customerID
            let customer = try live.service.customer(request.customerID)
            #expect(customer.externalCustomerID == demandID)
            #expect(
                serviceID.updateValue(request.customerID, forKey: demandID).map { $0 == request.customerID } ?? true)
            #expect(Set(request.customerFlags) == live.service.customers.flags(of: request.customerID))
        }
        #expect(Set(serviceID.keys) == demandIDs)

        // Some customers carry flags by the shares, not all.
        let flagged = Set(requested.filter { !$0.1.customerFlags.isEmpty }.map(\.1.customerID))
        #expect(!flagged.isEmpty && flagged.count < demandIDs.count)

        // GetTrip agrees with the log's final state for every ordered trip, as customer and as integrator.
        let ordered = requested.map(\.0).filter { log.names($0).contains("ordered") }
        #expect(ordered.count >= 20)
        var states: Set<String> = []
        for r in ordered {
            let request = live.engine.request(r)
            let view = try live.service.trip(customerID: request.customerID, tripID: request.id)
            #expect(view == (try live.service.trip(customerID: nil, tripID: request.id)))
            #expect(view.state == Self.finalState(log.names(r)), "trip \(request.id): \(log.names(r))")
            #expect(view.pickedUp == (log.first(r, "pickedUp") != nil))
            if let pickedUp = log.first(r, "pickedUp") { #expect(view.pickupTime == pickedUp.time) }
            if let droppedOff = log.first(r, "droppedOff") {
                #expect(view.droppedOff && view.dropoffTime == droppedOff.time)
            }
            states.insert(view.state.description)
        }
        #expect(states.contains("Fulfilled") && states.count >= 2, "\(states)")
    }
}
