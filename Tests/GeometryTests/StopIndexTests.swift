import DataFiles
import Simulation
import Testing

@testable import Geometry

@Suite struct StopIndexTests {
    let context = GeometryContext()
    let projection = LocalProjection(origin: GeoPoint(lat: 51.76, lon: 14.33))

    /// `count` stops uniformly in a box of about 11 km × 11 km around the projection's origin.
    func randomStops(_ count: Int, seed: UInt64) -> [Stop] {
        var g = SeededGenerator(seed: seed)
        return (0..<count).map { i in
            Stop(id: "s\(i)", point: GeoPoint(lat: g.uniform(51.71...51.81), lon: g.uniform(14.25...14.41)))
        }
    }

    @Test(arguments: [0.0, 50, 300, 800, 2500])
    func nearestStopsMatchABruteForceHaversineScan(radius: Double) throws {
        let stops = randomStops(600, seed: 42)
        let index = try StopIndex(stops: stops, projection: projection, context: context)
        var g = SeededGenerator(seed: 99)
        let tolerance = 0.01  // metres: plane vs great-circle distance at city scale
        for _ in 0..<200 {
            let p = GeoPoint(lat: g.uniform(51.70...51.82), lon: g.uniform(14.24...14.42))
            let found = index.stops(near: p, within: radius)
            #expect(found == index.stopsByScan(near: p, within: radius))
            // Nearest first, ties by stop index.
            #expect(
                zip(found, found.dropFirst()).allSatisfy { a, b in
                    a.distance < b.distance || (a.distance == b.distance && a.stop < b.stop)
                })
            // Against great-circle distances: same distances, same set (up to the tolerance at the rim).
            for n in found {
                #expect(abs(n.distance - stops[n.stop].point.distance(to: p)) < tolerance)
            }
            let foundSet = Set(found.map(\.stop))
            for (i, s) in stops.enumerated() {
                let d = s.point.distance(to: p)
                if d < radius - tolerance { #expect(foundSet.contains(i), "stop \(i) at \(d) m missing") }
                if d > radius + tolerance { #expect(!foundSet.contains(i), "stop \(i) at \(d) m beyond \(radius) m") }
            }
        }
    }

    @Test func radiusCutOffIncludesAStopExactlyAtTheRadius() throws {
        let stops = randomStops(50, seed: 3)
        let index = try StopIndex(stops: stops, projection: projection, context: context)
        let p = GeoPoint(lat: 51.76, lon: 14.33)
        let all = index.stops(near: p, within: 1e6)
        #expect(all.count == 50)
        let fifth = all[4].distance
        #expect(index.stops(near: p, within: fifth).map(\.stop) == all.prefix(5).map(\.stop))
        #expect(index.stops(near: p, within: fifth.nextDown).map(\.stop) == all.prefix(4).map(\.stop))
    }

    @Test func stopsAtTheSamePlaceAreOrderedByIndex() throws {
        let here = GeoPoint(lat: 51.7096014, lon: 14.3566921)
        let stops = [
            Stop(id: "far", point: GeoPoint(lat: 51.7100, lon: 14.3566921)),
            Stop(id: "a", point: here), Stop(id: "b", point: here), Stop(id: "c", point: here)
        ]
        let index = try StopIndex(stops: stops, projection: projection, context: context)
        let found = index.stops(near: here, within: 100)
        #expect(found.map(\.stop) == [1, 2, 3, 0])
        #expect(found.prefix(3).allSatisfy { $0.distance == 0 })
    }

    @Test func emptyIndexFindsNothing() throws {
        let index = try StopIndex(stops: [], projection: projection, context: context)
        #expect(index.count == 0)
        #expect(index.stops(near: projection.origin, within: 1000).isEmpty)
    }

    @Test func invalidQueryFindsNothing() throws {
        let index = try StopIndex(stops: randomStops(10, seed: 1), projection: projection, context: context)
        #expect(index.count == 10)
        #expect(index.stops(near: GeoPoint(lat: .nan, lon: 14.3), within: 1000).isEmpty)
        #expect(index.stops(near: projection.origin, within: -1).isEmpty)
        #expect(index.stops(near: projection.origin, within: .infinity).isEmpty)
    }

    @Test func stopOutsideWGS84IsRejected() throws {
        let stops = [
            Stop(id: "ok", point: GeoPoint(lat: 51.7, lon: 14.3)),
            Stop(id: "bad", point: GeoPoint(lat: 151.7, lon: 14.3))
        ]
        let e = try #require(throws: DataFileError.self) {
            try StopIndex(stops: stops, projection: projection, context: context)
        }
        #expect(e.field == "stops[1]")
        #expect(e.message.contains("\"bad\""))
    }
}
