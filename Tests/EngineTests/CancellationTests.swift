import Simulation
import TestSupport
import Testing

/// Riders and the integrator cancelling before pickup.
@Suite("Cancellation")
struct CancellationTests {
    /// One car 2 km from the first rider's stop, so that it is driving when the cancellation comes.
    static func world(customer: Double, integrator: Double) -> TestWorld {
        var w = TestWorld()
        w.riders.customerCancelProbability = customer
        w.riders.integratorCancelProbability = integrator
        w.addVehicle(at: -2000, -2000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        return w
    }

    @Test(
        "a cancellation while the vehicle drives to the pickup: it arrives, boards no one and is free at once",
        arguments: [(1.0, 0.0, CancelActor.customer), (0.0, 1.0, CancelActor.integrator)])
    func cancelWhileDriving(customer: Double, integrator: Double, actor: CancelActor) throws {
        let log = Self.world(customer: customer, integrator: integrator).run()
        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "cancelled(\(actor))"])
        let accepted = try #require(log.first(0, "accepted")),
            cancelled = try #require(log.first(0, "cancelled(\(actor))"))
        let legs = log.legs(0)
        try #require(legs.count == 1)
        // Cancelled after the vehicle left and before it arrived.
        #expect(legs[0].departed.time == accepted.time)
        #expect(cancelled.time >= accepted.time && cancelled.time < legs[0].arrived.time)
        #expect(RunLog.place(legs[0].arrived.kind)?.stop == Int32(TestWorld.stop(-2, 0)))
        #expect(log.trip(0).allSatisfy { RunLog.name($0.kind) != "pickedUp" })
        #expect(log.unfinished == 0)
    }

    @Test("after a cancelled pickup the vehicle leaves at once and still serves its other rider")
    func otherRiderStillServed() throws {
        // Half the riders cancel: look for a seed where the first cancels and the second does not.
        var found: RunLog?
        for seed in UInt64(1)...60 {
            var w = Self.world(customer: 0.5, integrator: 0)
            w.seed = seed
            w.addRequest(from: -1000, 0, to: 2000, 0)
            let log = w.run()
            if log.names(0).last == "cancelled(customer)", log.names(1).last == "droppedOff",
                log.vehicleOf(0) == 0, log.vehicleOf(1) == 0
            {
                found = log
                break
            }
        }
        let log = try #require(found, "no seed with the first rider cancelling and the second riding")
        let cancelled = try #require(log.first(0, "cancelled(customer)"))
        let legs = log.legs(0)
        // Leg 1 to the cancelled pickup; it leaves the moment it arrives, with no one on board.
        let atCancelled = try #require(
            legs.first { RunLog.place($0.arrived.kind)?.stop == Int32(TestWorld.stop(-2, 0)) })
        #expect(cancelled.time < atCancelled.arrived.time)
        let next = try #require(legs.first { $0.departed.time >= atCancelled.arrived.time })
        #expect(next.departed.time == atCancelled.arrived.time)
        #expect(RunLog.place(next.departed.kind)?.stop == Int32(TestWorld.stop(-2, 0)))
        if case .vehicleDeparted(_, _, let o) = next.departed.kind { #expect(o.isEmpty) }
        #expect(log.trip(0).allSatisfy { RunLog.name($0.kind) != "pickedUp" })
        #expect(log.names(1) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
        #expect(log.unfinished == 0)
    }

    @Test("a cancellation before the vehicle sets off takes the stops out: the vehicle never goes")
    func cancelBeforeDeparture() throws {
        // The vehicle waits at the rider's stop for its shift to start at 08:05, the planned pickup;
        // the cancellation comes at a random moment between the order and that pickup.
        var w = TestWorld()
        w.riders.customerCancelProbability = 1
        w.addVehicle(at: -2000, 0, shift: (TestWorld.t0 + .minutes(5), .hours(24)))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "cancelled(customer)"])
        let cancelled = try #require(log.first(0, "cancelled(customer)"))
        #expect(cancelled.time < TestWorld.t0 + .minutes(5))
        #expect(log.legs(0).isEmpty)
    }

    @Test("a cancellation while the vehicle waits at the stop for an early booking: it leaves at that moment")
    func cancelWhileWaiting() throws {
        var found: (log: RunLog, arrived: SimEvent, cancelled: SimEvent)?
        for seed in UInt64(1)...60 {
            var w = Self.world(customer: 0.5, integrator: 0)
            w.seed = seed
            w.addRequest(from: -1000, 0, to: 2000, 0)
            // Both riders want to leave at 08:10; the vehicle is at the first stop by 08:01:50 and waits.
            for r in w.requests.indices { w.requests[r].desiredDeparture = TestWorld.t0 + .minutes(10) }
            let log = w.run()
            guard log.names(0).last == "cancelled(customer)", log.names(1).last == "droppedOff",
                let cancelled = log.first(0, "cancelled(customer)"),
                let arrived = log.legs(0).first?.arrived, arrived.time < cancelled.time
            else { continue }
            found = (log, arrived, cancelled)
            break
        }
        let (log, arrived, cancelled) = try #require(found, "no seed with the first rider cancelling at the stop")
        #expect(RunLog.place(arrived.kind)?.stop == Int32(TestWorld.stop(-2, 0)))
        #expect(cancelled.time < TestWorld.t0 + .minutes(10))
        let second = try #require(log.legs(0).dropFirst().first)
        #expect(second.departed.time == cancelled.time)
        #expect(RunLog.place(second.departed.kind)?.stop == Int32(TestWorld.stop(-2, 0)))
        #expect(log.names(1) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
        #expect(log.first(1, "pickedUp").map { $0.time >= TestWorld.t0 + .minutes(10) } == true)
    }
}
