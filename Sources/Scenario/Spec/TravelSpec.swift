/// How vehicles move between places.
public struct TravelSpec: Hashable, Sendable {
    /// The travel-time model.
    public enum Model: String, Hashable, Sendable, CaseIterable {
        /// Great-circle distance × `detourFactor` at a constant `speedKmh`.
        case straightLine
    }

    public var model: Model
    /// Constant vehicle speed, km/h (> 0).
    public var speedKmh: Double
    /// Driven distance ÷ straight-line distance (≥ 1).
    public var detourFactor: Double

    public init(model: Model = .straightLine, speedKmh: Double = 25, detourFactor: Double = 1.3) {
        self.model = model; self.speedKmh = speedKmh; self.detourFactor = detourFactor
    }
}
