import Simulation
import TestSupport
import Testing

/// Vehicle shifts: a vehicle is only used for trips it can finish before its shift ends.
@Suite("Shifts")
struct ShiftTests {
    @Test("a vehicle whose shift ends before the trip could finish is never used; a farther one serves")
    func shiftEndTooSoon() throws {
        var w = TestWorld()
        // The trip takes ~40 s boarding + 400 s driving + 35 s alighting after the order at 08:00:10.
        w.addVehicle(at: -2000, 0, shift: (.zero, TestWorld.t0 + .seconds(300)))
        w.addVehicle(at: -2000, -3000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.vehicleOf(0) == 1)
        #expect(log.legs(0).isEmpty)
        let dropoff = try #require(log.first(0, "droppedOff"))
        #expect(dropoff.time > TestWorld.t0 + .seconds(300))
    }

    @Test("a shift ending just after the trip's last stop is long enough")
    func shiftJustLongEnough() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0, shift: (.zero, TestWorld.t0 + .seconds(600)))
        w.addVehicle(at: -2000, -3000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.vehicleOf(0) == 0)
        // The vehicle finishes (after alighting) before its shift ends.
        let lastDeparture =
            try #require(log.first(0, "droppedOff")).time
            + w.boarding.alighting([.adult(wheelchair: .notNeeded)], visuallyImpaired: false)
        #expect(lastDeparture <= TestWorld.t0 + .seconds(600))
    }

    @Test("with only a vehicle whose shift is too short, the request gets FLEET_SATURATED")
    func onlyShortShift() {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0, shift: (.zero, TestWorld.t0 + .seconds(300)))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        #expect(w.run().names(0) == ["requested", "noOffer(FLEET_SATURATED)"])
    }

    @Test("a vehicle waits for its shift to start before it sets off")
    func waitsForShiftStart() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000, shift: (TestWorld.t0 + .minutes(5), .hours(24)))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        let leg = try #require(log.legs(0).first)
        #expect(leg.departed.time == TestWorld.t0 + .minutes(5))
        #expect(log.first(0, "pickedUp").map { $0.time >= TestWorld.t0 + .minutes(5) + .seconds(99) } == true)
    }
}
