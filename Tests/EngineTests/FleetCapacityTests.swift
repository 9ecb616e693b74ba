import Simulation
import TestSupport
import Testing

/// Capacity dimensions in dispatch: two wheelchairs and one wheelchair place.
@Suite("Fleet capacity")
struct FleetCapacityTests {
    static let van = VehicleType(name: "van", seats: 6, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 2)
    static let wheelchair = [Load.adult(wheelchair: .needed)]

    /// Two wheelchair users at the same stop, the second asking once the first is accepted.
    static func world(vans: Int) -> TestWorld {
        var w = TestWorld()
        w.serviceClasses[0].maxWait = .minutes(5)
        w.addVehicle(at: -2000, 0, type: van)
        if vans > 1 { w.addVehicle(at: -2000, -2000, type: van) }
        w.addRequest(from: -2000, 0, to: 2000, 0, loads: wheelchair)
        w.addRequest(from: -2000, 0, to: 2000, 0, at: TestWorld.t0 + .seconds(11), loads: wheelchair)
        return w
    }

    @Test("the second wheelchair goes to another van")
    func secondVan() {
        let log = Self.world(vans: 2).run()
        #expect(log.vehicleOf(0) == 0)
        #expect(log.vehicleOf(1) == 1)
        #expect(log.names(1).last == "droppedOff")
        // Never two wheelchairs in one van.
        for e in log.events {
            if case .vehicleDeparted(_, _, let o) = e.kind { #expect(o.wheelchairs <= 1) }
        }
    }

    @Test("with no other van, the second wheelchair is FLEET_SATURATED")
    func saturated() {
        let log = Self.world(vans: 1).run()
        #expect(log.vehicleOf(0) == 0)
        #expect(log.names(1) == ["requested", "noOffer(FLEET_SATURATED)"])
    }

    @Test(
        "two wheelchairs asking at the same moment both get offers; the second order is rejected at dispatch (FLEET_SATURATED)"
    )
    func sameMoment() {
        var w = Self.world(vans: 1)
        w.requests[1].time = TestWorld.t0
        w.requests[1].desiredDeparture = TestWorld.t0
        let log = w.run()
        #expect(log.names(0).last == "droppedOff")
        #expect(log.names(1) == ["requested", "offered", "ordered", "rejected(FLEET_SATURATED)"])
    }

    @Test("adult seats left beside the wheelchair are pooled: the van's folding seats are respected")
    func adultsBesideWheelchair() {
        var w = TestWorld()
        w.serviceClasses[0].maxWait = .minutes(5)
        w.addVehicle(at: -2000, 0, type: Self.van)
        w.addRequest(from: -2000, 0, to: 2000, 0, loads: Self.wheelchair)
        w.addRequest(from: -2000, 0, to: 2000, 0, loads: Array(repeating: .adult(wheelchair: .notNeeded), count: 4))
        w.addRequest(from: -2000, 0, to: 2000, 0, loads: [.adult(wheelchair: .notNeeded)])
        let log = w.run()
        #expect(log.vehicleOf(0) == 0 && log.vehicleOf(1) == 0)
        // 4 adults + 1 wheelchair fill the van: 6 seats less 2 folded.
        #expect(!log.names(2).contains("pickedUp"))
        var most = 0
        for e in log.events {
            if case .vehicleDeparted(_, _, let o) = e.kind {
                #expect(Self.van.fits(o))
                most = max(most, o.riders)
            }
        }
        #expect(most == 5)
    }
}
