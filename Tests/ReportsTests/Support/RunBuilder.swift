import Foundation
import Simulation
import TestSupport

@testable import Reports

/// Builds hand-made event sequences for tests: a tiny city of stops on one meridian, 0.01° apart
/// (≈ 1112 m, 111.2 s at the header's 10 m/s), and helpers for the usual event groups.
final class RunBuilder {
    static let depot = StopRef(stop: -1, point: GeoPoint(lat: 52.51, lon: 13.4))
    static let stops = (0..<3).map { Stop(id: "S\($0)", point: GeoPoint(lat: 52.52 + 0.01 * Double($0), lon: 13.4)) }
    static func stop(_ i: Int32) -> StopRef { StopRef(stop: i, point: stops[Int(i)].point) }
    static let minibus = VehicleType(
        name: "minibus", seats: 4, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 2, boosterSeats: 1)

    let header: RunHeader
    private(set) var events: [SimEvent] = []

    /// `vehicles` vehicles `v0`, `v1`, … of `type`, each ready at the depot at 07:00; `configure` may
    /// change the header (depots, the vehicles' depots and breaks) before it is logged.
    init(
        type: VehicleType = RunBuilder.minibus, vehicles: Int = 1, requestCount: Int = 2,
        configure: (inout RunHeader) -> Void = { _ in }
    ) {
        let specs = (0..<vehicles).map {
            VehicleSpec(
                id: "v\($0)", type: type, start: RunBuilder.depot.point,
                shiftStart: .seconds(25200), shiftEnd: .seconds(28800))
        }
        var header = RunHeader(
            scenario: "tiny \"test\"", seed: 42, stops: RunBuilder.stops, vehicles: specs,
            serviceClasses: [
                ServiceClass(
                    name: "standard", maxWait: .minutes(10), maxRideFactor: 1.5,
                    maxRideConstant: .minutes(2))
            ],
            travelModel: TravelModelInfo(kind: "straight_line", speed: 10, detourFactor: 1),
            requestCount: requestCount)
        configure(&header)
        self.header = header
        add(25200, .runStarted(header))
        for v in header.vehicles.indices { add(25200, .vehicleReady(vehicle: Int32(v), at: RunBuilder.depot)) }
    }

    @discardableResult
    func add(_ seconds: Double, _ kind: SimEvent.Kind) -> RunBuilder {
        events.append(SimEvent(time: .seconds(seconds), kind: kind)); return self
    }

    /// A request made at `t` for a departure at `departure` (default: at once).
    static func request(
        _ id: String, at t: Double, departure: Double? = nil, loads: [Load] = [.adult], from o: Int32 = 0,
        to d: Int32 = 2
    ) -> TripRequest {
        TripRequest(
            id: id, customerID: "c-" + id, time: .seconds(t), desiredDeparture: departure.map { .seconds($0) },
            origin: stops[Int(o)].point, destination: stops[Int(d)].point, loads: loads)
    }

    /// An offer S`from` → S`to` with pickup window [earliest, latest] (seconds) and the given limits.
    static func offer(
        from: Int32 = 0, to: Int32 = 2, earliest: Double, latest: Double, dropoffLatest: Double,
        direct: Double = 240, maxRide: Double = 480, walk: (Double, Double) = (60, 90)
    ) -> Offer {
        Offer(
            token: "tok-\(from)-\(to)-\(Int(earliest))", serviceClass: 0, pickup: stop(from), dropoff: stop(to),
            walkToPickup: .seconds(walk.0), walkToPickupMetres: walk.0 * 1.25,
            walkFromDropoff: .seconds(walk.1), walkFromDropoffMetres: walk.1 * 1.25,
            pickupEarliest: .seconds(earliest), pickupLatest: .seconds(latest),
            dropoffLatest: .seconds(dropoffLatest), estimatedPickup: .seconds(earliest + 60),
            estimatedDropoff: .seconds(earliest + 60 + direct), directTime: .seconds(direct),
            directMetres: direct * 10, maxRide: .seconds(maxRide), price: 350, expiresAt: .seconds(earliest))
    }

    /// request → offers → order (offer 0) at `t` → accept by `vehicle` `latency` seconds later.
    @discardableResult
    func book(
        _ r: Int32, _ req: TripRequest, _ offer: Offer, at t: Double, latency: Double = 0, vehicle: Int32 = 0
    ) -> RunBuilder {
        add(t, .requested(request: r, req))
        add(t, .offered(request: r, offers: [offer]))
        add(t, .ordered(request: r, offer: 0))
        return add(t + latency, .accepted(request: r, vehicle: vehicle))
    }

    /// `vehicle`'s vehicle_depart at `depart` from `from`, vehicle_arrive at `arrive` at `to`, riders `occ` on board.
    @discardableResult
    func drive(
        from: StopRef, at depart: Double, to: StopRef, arrive: Double, metres: Double, occ: Occupancy,
        loggedDriveTime: Double? = nil, vehicle: Int32 = 0
    ) -> RunBuilder {
        add(depart, .vehicleDeparted(vehicle: vehicle, at: from, occupancy: occ))
        return add(
            arrive,
            .vehicleArrived(
                vehicle: vehicle, at: to, occupancy: occ, drivenMetres: metres,
                driveTime: .seconds(loggedDriveTime ?? arrive - depart)))
    }

    func removeEvents(where match: (SimEvent) -> Bool) { events.removeAll(where: match) }

    /// Replaces each event by the events `transform` makes of it (none, itself, or more).
    func mapEvents(_ transform: (SimEvent) -> [SimEvent]) { events = events.flatMap(transform) }

    /// Feeds every event to a fresh accumulator.
    func tables() -> RunTables {
        let acc = RunAccumulator()
        for e in events { acc.record(e) }
        return acc.tables()
    }

    /// Writes events.jsonl, trips.csv, vehicles.csv and summary.json into a new temporary directory.
    func writeRun() throws -> String {
        let dir = try Fixtures.scratch("run")
        let writer = try EventLogWriter(path: dir + "/events.jsonl")
        let acc = RunAccumulator()
        let fan = EventFanOut([writer, acc])
        for e in events { fan.record(e) }
        try writer.finish()
        try ResultFiles.writeTables(acc.tables(), toDirectory: dir)
        return dir
    }

}
