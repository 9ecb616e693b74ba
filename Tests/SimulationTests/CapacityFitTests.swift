import Simulation
import Testing

/// Which groups of loads fit which vehicle types, dimension by dimension (DESIGN.md, "Capacity").
@Suite("Capacity fit")
struct CapacityFitTests {
    static let adult = Load.adult(wheelchair: .notNeeded)
    static let wheelchair = Load.adult(wheelchair: .needed)
    static func child(_ seat: ChildSeat = .notNeeded, wheelchair: WheelchairNeed = .notNeeded) -> Load {
        .child(wheelchair: wheelchair, childSeat: seat)
    }

    /// 6 seats; its single wheelchair place folds away 2 of them while used.
    static let van = VehicleType(name: "van", seats: 6, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 2)
    /// 6 seats, two wheelchair places folding 2 seats each.
    static let bus = VehicleType(name: "bus", seats: 6, wheelchairPlaces: 2, seatsFoldedPerWheelchair: 2)
    /// 4 seats with one booster and one forwards-facing child seat installed, no wheelchair place.
    static let car = VehicleType(name: "car", seats: 4, forwardsSeats: 1, boosterSeats: 1)
    /// A wheelchair place that folds nothing, and one backwards-facing child seat.
    static let minivan = VehicleType(name: "minivan", seats: 3, wheelchairPlaces: 1, backwardsSeats: 1)

    struct Row: CustomTestStringConvertible, Sendable {
        let type: VehicleType, loads: [Load], fits: Bool
        var testDescription: String { "\(type.name) ← \(loads.code): \(fits ? "fits" : "does not fit")" }
    }

    static let rows: [Row] = [
        Row(type: van, loads: Array(repeating: adult, count: 6), fits: true),
        Row(type: van, loads: Array(repeating: adult, count: 7), fits: false),
        Row(type: van, loads: Array(repeating: adult, count: 4) + [wheelchair], fits: true),
        Row(type: van, loads: Array(repeating: adult, count: 5) + [wheelchair], fits: false),
        Row(type: van, loads: [wheelchair, wheelchair], fits: false),
        Row(type: van, loads: [child(wheelchair: .needed)], fits: true),
        Row(type: van, loads: [child(.booster)], fits: false),
        Row(type: van, loads: [child()], fits: true),
        Row(type: bus, loads: [wheelchair, wheelchair, adult, adult], fits: true),
        Row(type: bus, loads: [wheelchair, wheelchair, adult, adult, adult], fits: false),
        Row(type: bus, loads: [wheelchair] + Array(repeating: adult, count: 4), fits: true),
        Row(type: car, loads: [child(.booster)], fits: true),
        Row(type: car, loads: [child(.booster), child(.booster)], fits: false),
        Row(type: car, loads: [child(.backwards)], fits: false),
        Row(type: car, loads: [child(.forwards), child(.booster)], fits: true),
        Row(type: car, loads: [adult, adult, child(.forwards), child(.booster)], fits: true),
        // The child in a child seat also takes a seat: five riders on four seats.
        Row(type: car, loads: [adult, adult, adult, adult, child(.booster)], fits: false),
        Row(type: car, loads: [adult, adult, adult, child(.booster)], fits: true),
        Row(type: car, loads: [wheelchair], fits: false),
        Row(type: car, loads: [child(wheelchair: .needed)], fits: false),
        Row(type: minivan, loads: [wheelchair, adult, adult, adult], fits: true),
        Row(type: minivan, loads: [wheelchair, adult, adult, adult, adult], fits: false),
        Row(type: minivan, loads: [child(.backwards), adult, adult], fits: true),
        Row(type: minivan, loads: [child(.forwards)], fits: false)
    ]

    @Test("a group fits a vehicle type only if every dimension fits", arguments: rows)
    func fitTable(row: Row) {
        #expect(row.type.fits(row.loads.demand) == row.fits)
        #expect([row.type].canEverCarry(row.loads) == row.fits)
    }

    @Test("a fleet can carry a group if any one of its types can")
    func anyTypeSuffices() {
        let group = [Self.wheelchair, Self.child(.booster)]
        #expect(![Self.van].canEverCarry(group))
        #expect(![Self.car].canEverCarry(group))
        #expect([Self.car, Self.bus].canEverCarry([Self.wheelchair, Self.wheelchair]))
        #expect(![Self.car, Self.van].canEverCarry([Self.wheelchair, Self.wheelchair]))
        let everything = VehicleType(name: "all", seats: 8, wheelchairPlaces: 1, forwardsSeats: 1, boosterSeats: 1)
        #expect([Self.car, everything].canEverCarry(group))
    }

    @Test(
        "a child in a wheelchair asking for a child seat is never carriable, whatever the vehicle",
        arguments: [ChildSeat.forwards, .backwards, .booster])
    func wheelchairChildWithSeat(seat: ChildSeat) {
        let everything = VehicleType(
            name: "all", seats: 9, wheelchairPlaces: 3, forwardsSeats: 3, backwardsSeats: 3, boosterSeats: 3)
        let load = Self.child(seat, wheelchair: .needed)
        #expect(![everything].canEverCarry([load]))
        #expect(![everything].canEverCarry([Self.adult, load]))
        #expect([everything].canEverCarry([Self.child(seat), Self.child(wheelchair: .needed)]))
    }

    @Test("an empty group, or an empty fleet, carries nothing")
    func emptyCases() {
        #expect(![Self.bus].canEverCarry([]))
        #expect(![VehicleType]().canEverCarry([Self.adult]))
    }

    @Test(
        "each load's demand",
        arguments: [
            (Load.adult, Occupancy(seats: 1)),
            (Load.adult(wheelchair: .needed), Occupancy(seats: 0, wheelchairs: 1)),
            (Load.child(wheelchair: .notNeeded, childSeat: .notNeeded), Occupancy(seats: 1)),
            (Load.child(wheelchair: .notNeeded, childSeat: .forwards), Occupancy(seats: 1, forwards: 1)),
            (Load.child(wheelchair: .notNeeded, childSeat: .backwards), Occupancy(seats: 1, backwards: 1)),
            (Load.child(wheelchair: .notNeeded, childSeat: .booster), Occupancy(seats: 1, booster: 1)),
            (Load.child(wheelchair: .needed, childSeat: .notNeeded), Occupancy(seats: 0, wheelchairs: 1))
        ])
    func demand(load: Load, want: Occupancy) {
        #expect(load.demand == want)
    }

    @Test("a group's demand is the sum of its loads' and counts riders")
    func groupDemand() {
        let group = [Self.adult, Self.wheelchair, Self.child(.booster), Self.child(.booster), Self.child(.backwards)]
        #expect(group.demand == Occupancy(seats: 4, wheelchairs: 1, backwards: 1, booster: 2))
        #expect(group.demand.riders == 5)
        #expect([Load]().demand.isEmpty)
        #expect(group.demand - group.demand == Occupancy())
    }

    @Test("negative occupancies never fit (a plan that removed more than it added)")
    func negativeNeverFits() {
        #expect(!Self.bus.fits(Occupancy(seats: -1)))
        #expect(!Self.bus.fits(Occupancy(seats: 0, wheelchairs: -1)))
        #expect(Self.bus.fits(Occupancy()))
    }
}
