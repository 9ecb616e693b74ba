import Benchmark
import Dispatching
import Foundation
import RoadNetwork
import Simulation

// Micro-benchmarks of the dispatch hot paths: the event queue, the insertion search (one vehicle,
// and the pooling matcher over a fleet), and shortest paths on a road graph.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        maxDuration: .seconds(2), maxIterations: 1_000)

    Benchmark("EventQueue schedule+pop 10k") { benchmark in
        var g = SeededGenerator(seed: 1)
        let times = (0..<10_000).map { _ in SimTime(ms: Int64(g.uniform(0...86_400_000))) }
        benchmark.startMeasurement()
        var queue = EventQueue<Int32>()
        for (i, t) in times.enumerated() { queue.schedule(Int32(i), at: t) }
        var sum: Int64 = 0
        while let (t, _) = queue.pop() { sum &+= t.ms }
        blackHole(sum)
    }

    Benchmark("InsertionSearch one vehicle, 12-stop plan") { benchmark in
        let world = PlaneWorld(vehicles: 1, stopsPerPlan: 12, seed: 2)
        benchmark.startMeasurement()
        for spec in world.queries {
            blackHole(
                InsertionSearch.best(
                    for: spec, vehicle: 0, plan: world.fleet.plans[0],
                    capacity: world.fleet.capacities[0], travel: world.travel, now: world.now))
        }
    }

    Benchmark("PoolingMatcher 1,000 vehicles, 6-stop plans") { benchmark in
        let world = PlaneWorld(vehicles: 1_000, stopsPerPlan: 6, seed: 3)
        var matcher = world.matcher()
        benchmark.startMeasurement()
        for spec in world.queries { blackHole(matcher.bestInsertion(of: spec, fleet: world.fleet, now: world.now)) }
    }

    Benchmark("Shortest paths: matrix of 40 places on a 60×60 grid network") { benchmark in
        let data = GridNetwork.data(side: 60)
        benchmark.startMeasurement()
        let graph = try RoadGraph(data)
        let travel = NetworkTravelTime(graph: graph, snap: { GridNetwork.nearest($0, side: 60) })
        var g = SeededGenerator(seed: 4)
        for _ in 0..<40 { _ = travel.addPlace(GridNetwork.point(Int(g.uniform(0...59.99)), Int(g.uniform(0...59.99)))) }
        try travel.precomputeMatrix(cacheDirectory: nil, threads: 1)
        blackHole(travel.travelTime(from: 0, to: 39, at: .zero))
    }
}

/// A plane with a fleet whose plans were filled by earlier insertions, and queries to insert.
struct PlaneWorld {
    let travel: PlaneTravelTime
    var fleet: Fleet
    let queries: [TripSpec]
    let now = SimTime.seconds(10_000)

    init(vehicles: Int, stopsPerPlan: Int, seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let trips = vehicles * stopsPerPlan / 2 + 100
        let travel = PlaneTravelTime(secondsPerUnit: 1000, capacity: vehicles + 2 * trips + 1)
        self.travel = travel
        func place() -> PlaceID { travel.addPlace(PlaneTravelTime.point(x: g.uniform(0...10), y: g.uniform(0...10))) }
        let type = VehicleType(name: "van", seats: 8)
        let specs = (0..<vehicles).map {
            VehicleSpec(
                id: "v\($0)", type: type, start: PlaneTravelTime.point(x: 5, y: 5),
                shiftStart: .zero, shiftEnd: .hours(1_000))
        }
        let plans = (0..<vehicles).map { _ in
            VehiclePlan(position: place(), idleSince: .seconds(10_000), shiftEnd: .hours(1_000))
        }
        var fleet = Fleet(specs: specs, plans: plans)
        var trip: Int32 = 0
        func spec() -> TripSpec {
            trip += 1
            let p = place(), d = place()
            return TripSpec(
                trip: trip, pickupPlace: p, dropoffPlace: d, pickupEarliest: .seconds(10_000),
                pickupLatest: .seconds(13_000),
                dropoffLatest: .seconds(13_000) + travel.travelTime(from: p, to: d, at: .zero) * 1.5,
                maxRide: .hours(100), demand: [Load.adult].demand, boarding: .zero, alighting: .zero,
                desiredDeparture: .seconds(10_000), waitWeight: 0, rideWeight: 0)
        }
        for v in 0..<vehicles {
            while fleet.plans[v].stops.count < stopsPerPlan {
                let s = spec()
                let n = fleet.plans[v].stops.count
                fleet.plans[v].insert(
                    pickup: s.pickupStop(), at: n, dropoff: s.dropoffStop(), before: n, travel: travel,
                    now: .seconds(10_000))
            }
        }
        self.fleet = fleet
        queries = (0..<100).map { _ in spec() }
    }

    func matcher() -> PoolingMatcher<PlaneTravelTime> {
        var m = PoolingMatcher(
            travel: travel, projection: LocalProjection(origin: PlaneTravelTime.point(x: 5, y: 5)),
            bounds: (PlaneTravelTime.point(x: 0, y: 0), PlaneTravelTime.point(x: 10, y: 10)),
            vehicles: fleet.count, cellSize: PlaneTravelTime.metresPerUnit / 2, divertsMovingVehicles: true)
        for v in 0..<fleet.count { m.planDidChange(vehicle: Int32(v), fleet: fleet) }
        return m
    }
}

/// A square grid road network, 100 m between nodes, two-way links at 10 m/s.
enum GridNetwork {
    static func point(_ i: Int, _ j: Int) -> GeoPoint {
        GeoPoint(lat: 52 + Double(i) * 0.0009, lon: 13 + Double(j) * 0.00146)
    }

    static func nearest(_ p: GeoPoint, side: Int) -> (node: Int32, metres: Double)? {
        let i = min(side - 1, max(0, Int(((p.lat - 52) / 0.0009).rounded())))
        let j = min(side - 1, max(0, Int(((p.lon - 13) / 0.00146).rounded())))
        return (Int32(i * side + j), p.distance(to: point(i, j)))
    }

    static func data(side: Int) -> NetworkData {
        var nodes = "node_id,lat,lon\n", edges = "edge_id,from_node,to_node,length_m,freespeed_mps\n"
        var e = 0
        for i in 0..<side {
            for j in 0..<side {
                let p = point(i, j)
                nodes += "n\(i * side + j),\(p.lat),\(p.lon)\n"
                for (di, dj) in [(0, 1), (1, 0)] where i + di < side && j + dj < side {
                    let a = i * side + j, b = (i + di) * side + j + dj
                    edges += "e\(e),n\(a),n\(b),100,10\ne\(e + 1),n\(b),n\(a),100,10\n"
                    e += 2
                }
            }
        }
        let dir = NSTemporaryDirectory() + "ridepool-bench-grid-\(side)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? nodes.write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
        try? edges.write(toFile: dir + "/edges.csv", atomically: true, encoding: .utf8)
        return try! NetworkData.readCSV(nodes: dir + "/nodes.csv", edges: dir + "/edges.csv")
    }
}
