import Simulation

/// A test double travel model: a fixed matrix of driving times in seconds, independent of the hour.
final class MatrixTravel: TravelTimeModel {
    private var seconds: [[Double]]
    /// Multiplies every time by the factor of its departure hour (time-of-day travel times), when set.
    var hourlyFactors: [Double]?

    init(_ seconds: [[Double]]) { self.seconds = seconds }

    /// `n` places with seeded random times of 60…900 s (not necessarily metric; zero on the diagonal).
    convenience init(places n: Int, generator g: inout SeededGenerator) {
        var m = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n { for j in 0..<n where i != j { m[i][j] = g.uniform(60...900).rounded() } }
        self.init(m)
    }

    func addPlace(_ point: GeoPoint) -> PlaceID { preconditionFailure("MatrixTravel has fixed places") }
    func point(of place: PlaceID) -> GeoPoint { GeoPoint(lat: 0, lon: Double(place) / 1000) }
    func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime {
        let factor = hourlyFactors.map { $0[Int(time.ms / 3_600_000) % 24] } ?? 1
        return .seconds(seconds[Int(a)][Int(b)] * factor)
    }
    func distance(from a: PlaceID, to b: PlaceID) -> Double { seconds[Int(a)][Int(b)] * 10 }
    var maxStraightLineSpeed: Double { 10 }
    var description: TravelModelInfo { TravelModelInfo(kind: "matrix", speed: 10, detourFactor: 1) }
}
