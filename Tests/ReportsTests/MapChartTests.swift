import Simulation
import Testing

@testable import Reports

/// The map's marker layers: every point drawn up to `MapChart.markerLimit`; above it, markers that would
/// overlap (within a square twice their radius) drawn once, so a city day's report stays small.
@Suite struct MapChartTests {
    static let area = [
        [
            GeoPoint(lat: 52.0, lon: 13.0), GeoPoint(lat: 52.0, lon: 13.5), GeoPoint(lat: 52.3, lon: 13.5),
            GeoPoint(lat: 52.3, lon: 13.0), GeoPoint(lat: 52.0, lon: 13.0)
        ]
    ]
    static let color = "#123456"

    /// The markers drawn on the map for `points` (shapes in the layer's colour, less the legend's swatch).
    static func markers(_ points: [GeoPoint]) -> Int {
        func shapes(_ points: [GeoPoint]) -> Int {
            let map = MapChart(
                title: "t", rings: area, density: [], densityName: "d",
                markers: [.init(name: "many", points: points, color: color, shape: .dot)])
            return map.svg().components(separatedBy: "fill=\"\(color)\"").count - 1
        }
        return shapes(points) - shapes([])
    }

    @Test func everyPointIsDrawnUpToTheLimitEvenWhereTheyCoincide() {
        let here = GeoPoint(lat: 52.1, lon: 13.2)
        #expect(Self.markers(Array(repeating: here, count: MapChart.markerLimit)) == MapChart.markerLimit)
        #expect(Self.markers([here, GeoPoint(lat: 52.2, lon: 13.3)]) == 2)
    }

    @Test func aboveTheLimitCoincidingPointsAreDrawnOnceAndDistantOnesEach() {
        let a = GeoPoint(lat: 52.1, lon: 13.2), b = GeoPoint(lat: 52.2, lon: 13.4)
        let half = MapChart.markerLimit / 2 + 1
        // Two clusters of points within a metre of each other, far apart: two markers.
        let nearA: [GeoPoint] = (0..<half).map { k in GeoPoint(lat: a.lat + Double(k % 7) * 1e-6, lon: a.lon) }
        let nearB: [GeoPoint] = (0..<half).map { k in GeoPoint(lat: b.lat, lon: b.lon + Double(k % 5) * 1e-6) }
        #expect(Self.markers(nearA + nearB) == 2)
        // A grid of points 500 m apart (about 13 pixels on this 34 km wide map, markers 5 wide): all drawn.
        let grid: [GeoPoint] = (0..<(MapChart.markerLimit + 1)).map { k in
            GeoPoint(lat: 52.01 + Double(k / 60) * 0.0045, lon: 13.01 + Double(k % 60) * 0.0074)
        }
        #expect(grid.allSatisfy { $0.lat < 52.3 && $0.lon < 13.5 })
        #expect(Self.markers(grid) == grid.count)
    }

    @Test func theMergedLayersAreNamed() {
        let map = MapChart(
            title: "t", rings: Self.area, density: [], densityName: "d",
            markers: [
                .init(name: "few", points: [GeoPoint(lat: 52.1, lon: 13.1)], color: "#000000", shape: .cross),
                .init(
                    name: "many",
                    points: Array(repeating: GeoPoint(lat: 52.1, lon: 13.1), count: MapChart.markerLimit + 1),
                    color: "#111111", shape: .ring)
            ])
        #expect(map.mergedLayers == ["many"])
    }
}
