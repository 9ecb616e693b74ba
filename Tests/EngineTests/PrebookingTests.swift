import Simulation
import TestSupport
import Testing

/// Prebooked trips: promised at booking without a vehicle, assigned `revealAhead` before their pickup
/// window opens, rejected at booking beyond the hour's capacity, and `Terminated` with a recorded cause
/// when no vehicle can keep the promise.
@Suite("Prebooking")
struct PrebookingTests {
    static let noon = SimTime.hours(12)

    @Test("a trip booked at 08:00 for noon is accepted without a vehicle, assigned 30 min ahead, and kept")
    func promisedThenAssigned() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.addRequest(from: -2000, 0, to: 2000, 0, departure: Self.noon)
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "assigned", "pickedUp", "droppedOff"])
        let accepted = try #require(log.first(0, "accepted"))
        if case .accepted(_, let v) = accepted.kind { #expect(v == -1) }
        #expect(accepted.time < TestWorld.t0 + .minutes(1))
        let offer = try #require(log.orderedOffer(0))
        let assigned = try #require(log.first(0, "assigned"))
        #expect(assigned.time == offer.pickupEarliest - .minutes(30))
        let picked = try #require(log.first(0, "pickedUp"))
        #expect(picked.time >= offer.pickupEarliest && picked.time <= offer.pickupLatest)
    }

    @Test("an arrive-by trip booked in the morning for noon is prebooked and arrives by noon")
    func arriveBy() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.addRequest(from: -2000, 0, to: 2000, 0, arrival: Self.noon)
        let log = w.run()
        #expect(log.names(0).contains("assigned"))
        let offer = try #require(log.orderedOffer(0))
        #expect(offer.dropoffLatest <= Self.noon)
        let dropped = try #require(log.first(0, "droppedOff"))
        #expect(dropped.time <= offer.dropoffLatest)
        #expect(dropped.time > Self.noon - .minutes(30))
    }

    @Test("a prebooking ordered after its reveal time passed (the rider took a while) is assigned at once")
    func revealAlreadyDue() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        // Quoted at 08:00 with its window opening 30 min 5 s later; ordered 10 s later: the reveal is due.
        w.addRequest(from: -2000, 0, to: 2000, 0, departure: TestWorld.t0 + .minutes(30) + .seconds(5))
        let log = w.run()
        let accepted = try #require(log.first(0, "accepted")), assigned = try #require(log.first(0, "assigned"))
        if case .accepted(_, let v) = accepted.kind { #expect(v == -1) }
        #expect(assigned.time == accepted.time)
        #expect(log.names(0).last == "droppedOff")
    }

    @Test("the vehicle is not pinned: it serves a rider who books on the day before the prebooked pickup")
    func vehicleStaysUseful() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.addRequest(from: -2000, 0, to: 2000, 0, departure: Self.noon)
        w.addRequest(from: 2000, 2000, to: -2000, -2000, at: Self.noon - .minutes(25))
        let log = w.run()
        #expect(log.names(1).suffix(2) == ["pickedUp", "droppedOff"])
        #expect(log.names(0).suffix(2) == ["pickedUp", "droppedOff"])
        #expect(log.lastVehicleOf(0) == 0 && log.lastVehicleOf(1) == 0)
    }

    @Test("an assigned vehicle waits where it is and leaves in time to arrive as the window opens")
    func waitsBeforeDriving() throws {
        var w = TestWorld()
        w.addVehicle(at: 2000, 0)  // 4 km (400 s) from the pickup
        w.addRequest(from: -2000, 0, to: 0, 2000, departure: Self.noon)
        let log = w.run()
        let offer = try #require(log.orderedOffer(0))
        let departures = log.vehicle(0).filter { if case .vehicleDeparted = $0.kind { true } else { false } }
        let first = try #require(departures.first)
        #expect(first.time == offer.pickupEarliest - .seconds(400))
        let picked = try #require(log.first(0, "pickedUp"))
        #expect(picked.time == offer.pickupEarliest)
    }

    @Test("beyond the hour's prebooking capacity a booking is rejected at once")
    func capacityPerHour() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.addVehicle(at: 0, 0)
        w.dispatch.prebooking.capacityPerHour = Array(repeating: 1, count: 24)
        w.addRequest(from: -2000, 0, to: 2000, 0, departure: Self.noon)
        w.addRequest(from: 2000, 0, to: -2000, 0, at: TestWorld.t0 + .minutes(1), departure: Self.noon + .minutes(5))
        w.addRequest(from: 2000, 0, to: -2000, 0, at: TestWorld.t0 + .minutes(2), departure: Self.noon + .hours(1))
        let log = w.run()
        #expect(log.names(0).last == "droppedOff")
        #expect(log.names(1).last == "rejected(PREBOOKING_CAPACITY_REACHED)")
        #expect(log.names(2).last == "droppedOff")
    }

    @Test("a promise no vehicle can keep at the reveal ends Terminated with its cause, at the reveal")
    func unassignable() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.serviceClasses = [
            ServiceClass(name: "tight", maxWait: .minutes(5), maxRideFactor: 2, maxRideConstant: .minutes(5))
        ]
        // Two prebookings at the same time at opposite corners: one vehicle keeps one promise only.
        w.addRequest(from: -2000, -2000, to: -2000, 2000, departure: Self.noon)
        w.addRequest(from: 2000, 2000, to: 2000, -2000, at: TestWorld.t0 + .minutes(1), departure: Self.noon)
        let log = w.run()
        let ends = [log.names(0).last, log.names(1).last]
        #expect(ends.contains("droppedOff"))
        #expect(ends.contains("terminated(PREBOOKING_UNASSIGNABLE)"))
        let cut = try #require(
            log.events.first {
                if case .terminated(_, -1, _, .prebookingUnassignable) = $0.kind { true } else { false }
            })
        #expect(cut.time < Self.noon)
        #expect(log.unfinished == 0)
    }

    @Test("a prebooked trip cancelled before its reveal is never assigned")
    func cancelledBeforeReveal() throws {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.riders.customerCancelProbability = 1
        w.addRequest(from: -2000, 0, to: 2000, 0, departure: Self.noon)
        let log = w.run()
        #expect(log.names(0).last == "cancelled(customer)")
        #expect(!log.names(0).contains("assigned"))
    }
}
