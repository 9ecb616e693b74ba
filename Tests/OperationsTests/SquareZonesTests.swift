import Simulation
import Testing

@testable import Operations

@Suite("Square zones")
struct SquareZonesTests {
    let zones = SquareZones(
        projection: LocalProjection(origin: GeoPoint(lat: 51.76, lon: 14.33)),
        bounds: (GeoPoint(lat: 51.70, lon: 14.25), GeoPoint(lat: 51.80, lon: 14.40)), cellSize: 1000)

    @Test("about 10.4 × 11.1 km in 1 km cells: 11 columns, 12 rows; the south-west corner is zone 0")
    func gridCoversTheBox() {
        #expect(zones.columns == 11 && zones.rows == 12 && zones.count == 132)
        #expect(zones.zone(of: GeoPoint(lat: 51.70, lon: 14.25)) == 0)
        #expect(zones.zone(of: GeoPoint(lat: 51.80, lon: 14.40)) == zones.count - 1)
    }

    @Test("outside the box: no zone")
    func outsideIsNil() {
        #expect(zones.zone(of: GeoPoint(lat: 51.69, lon: 14.30)) == nil)
        #expect(zones.zone(of: GeoPoint(lat: 51.75, lon: 14.41)) == nil)
    }

    @Test("each zone's centre lies in that zone (or past the box, in the last row or column), 1 km apart")
    func centresLieInTheirZones() {
        var inside = 0
        for z in 0..<zones.count {
            if let found = zones.zone(of: zones.centre(of: z)) {
                #expect(found == z)
                inside += 1
            } else {
                #expect(z / zones.columns == zones.rows - 1 || z % zones.columns == zones.columns - 1, "zone \(z)")
            }
        }
        #expect(inside >= (zones.rows - 1) * (zones.columns - 1))
        let a = zones.centre(of: 0), east = zones.centre(of: 1), north = zones.centre(of: zones.columns)
        #expect(abs(a.distance(to: east) - 1000) < 2 && abs(a.distance(to: north) - 1000) < 2)
    }
}
