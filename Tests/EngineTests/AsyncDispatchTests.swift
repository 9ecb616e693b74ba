import Service
import Simulation
import TestSupport
import Testing

/// Orders are decided after the dispatcher's latency: a trip is `Ordered` first, then `Accepted` or
/// `Rejected`, and orders are decided in the order they arrived.
@Suite("Asynchronous dispatch")
struct AsyncDispatchTests {
    @Test("with a latency, a polled trip is Ordered until the dispatcher accepts it latency later")
    func orderedThenAccepted() throws {
        var w = TestWorld()
        w.dispatchLatency = DispatchLatency(fixed: .seconds(4))
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let (engine, sink, service) = w.build()
        engine.start()
        // The rider decides after 10 s and orders; 2 s later the dispatcher has not decided yet.
        engine.advance(until: TestWorld.t0 + .seconds(12))
        let tripID = w.requests[0].id, customer = engine.request(0).customerID
        #expect(try service.trip(customerID: customer, tripID: tripID).state == .ordered)
        #expect(try service.trip(customerID: customer, tripID: tripID).vehicle == nil)
        engine.advance(until: TestWorld.t0 + .seconds(14))
        let trip = try service.trip(customerID: customer, tripID: tripID)
        #expect(trip.state == .accepted && trip.vehicle?.id == "v0")
        engine.advance(until: w.end)
        engine.finish()
        let log = RunLog(events: sink.events, unfinished: 0, speed: w.speed)
        let ordered = try #require(log.first(0, "ordered")), accepted = try #require(log.first(0, "accepted"))
        #expect(accepted.time - ordered.time == .seconds(4))
        #expect(log.names(0).suffix(2) == ["pickedUp", "droppedOff"])
    }

    @Test("orders are decided in the order they arrived, whatever the drawn latencies", arguments: [1, 2, 3, 4, 5])
    func firstInFirstDecided(seed: UInt64) {
        var w = TestWorld()
        w.seed = seed
        w.dispatchLatency = DispatchLatency(min: .seconds(1), max: .seconds(30))
        for k in 0..<6 { w.addVehicle(at: Double(k) * 500 - 1500, -2000) }
        for k in 0..<30 {
            w.addRequest(
                from: Double(k % 5) * 1000 - 2000, Double(k % 3) * 1000 - 1000, to: 2000, 2000,
                at: TestWorld.t0 + .seconds(Double(k) * 3))
        }
        let log = w.run()
        var orders: [(r: Int32, at: SimTime)] = [], decisions: [Int32: SimTime] = [:]
        for e in log.events {
            switch e.kind {
            case .ordered(let r, _): orders.append((r, e.time))
            case .accepted(let r, _), .rejected(let r, _): decisions[r] = e.time
            default: break
            }
        }
        #expect(orders.count == 30)
        let decided = orders.map { decisions[$0.r] }
        #expect(decided.allSatisfy { $0 != nil })
        // Decision times never go backwards in order of arrival, and each is at least 1 s after its order.
        #expect(zip(decided, decided.dropFirst()).allSatisfy { $0! <= $1! })
        #expect(zip(orders, decided).allSatisfy { $1! - $0.at >= .seconds(1) })
    }

    @Test("an order cancelled before the decision is never accepted")
    func cancelledWhileOrdered() throws {
        var w = TestWorld()
        w.dispatchLatency = DispatchLatency(fixed: .seconds(20))
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let (engine, sink, service) = w.build()
        engine.start()
        engine.advance(until: TestWorld.t0 + .seconds(15))
        try service.cancelTripAsCustomer(customerID: engine.request(0).customerID, tripID: w.requests[0].id)
        engine.advance(until: w.end)
        engine.finish()
        let log = RunLog(events: sink.events, unfinished: 0, speed: w.speed)
        #expect(log.names(0) == ["requested", "offered", "ordered", "cancelled(customer)"])
        #expect(log.legs(0).isEmpty)
    }

    @Test("the last seat: the first order is accepted; the second, decided later, is Rejected (FLEET_SATURATED)")
    func rejectedAtDispatch() throws {
        var w = TestWorld()
        w.dispatchLatency = DispatchLatency(fixed: .seconds(3))
        w.addVehicle(at: -2000, -1000, type: VehicleType(name: "one-seat", seats: 1))
        w.serviceClasses[0].maxWait = .minutes(5)
        w.serviceClasses[0].maxRideFactor = 1.2
        w.serviceClasses[0].maxRideConstant = .zero
        w.addRequest(from: -2000, 0, to: 2000, 0)
        w.addRequest(from: -2000, 0, to: 2000, 0, at: TestWorld.t0 + .seconds(1))
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
        #expect(log.names(1) == ["requested", "offered", "ordered", "rejected(FLEET_SATURATED)"])
        let ordered = try #require(log.first(1, "ordered")),
            rejected = try #require(log.first(1, "rejected(FLEET_SATURATED)"))
        #expect(rejected.time - ordered.time == .seconds(3))
        #expect(log.unfinished == 0)
    }

    @Test("a replayed workload's decisions are unchanged: no latency means the decision in the instant of the order")
    func noLatencyDecidesAtOnce() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        let ordered = try #require(log.first(0, "ordered")), accepted = try #require(log.first(0, "accepted"))
        #expect(ordered.time == accepted.time)
    }
}
