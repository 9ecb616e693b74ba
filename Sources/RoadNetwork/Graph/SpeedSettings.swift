import DataFiles

/// How the links' free-flow speeds become travel times: a factor on every speed, and a cap.
public struct SpeedSettings: Sendable, Hashable {
    /// Multiplies every link's free-flow speed (> 0; e.g. 0.8 for slower-than-posted driving).
    public var factor: Double
    /// No link is driven faster than this (m/s, > 0; `.infinity` for no cap).
    public var maxSpeed: Double

    public init(factor: Double = 1, maxSpeed: Double = .infinity) {
        self.factor = factor
        self.maxSpeed = maxSpeed
    }

    /// The driving speed (m/s) on a link of free-flow speed `freeSpeed`.
    func speed(freeSpeed: Double) -> Double { min(freeSpeed * factor, maxSpeed) }

    /// The allowed factors: with links at most a day long at free flow (`NetworkData.maxTraversal`),
    /// a link's travel time stays far inside 64-bit milliseconds.
    static let factorRange = 0.01...100.0
    /// The slowest cap allowed, m/s.
    static let minimumMaxSpeed = 0.1

    /// Throws unless the factor lies in `factorRange` and the cap is at least `minimumMaxSpeed`.
    func validate() throws(DataFileError) {
        guard Self.factorRange.contains(factor) else {
            throw DataFileError(
                field: "speedFactor", message: "\(factor) must be a number in [0.01, 100]",
                fix: "give a factor on free-flow speeds in [0.01, 100] (1 keeps them)")
        }
        guard !maxSpeed.isNaN, maxSpeed >= Self.minimumMaxSpeed else {
            throw DataFileError(
                field: "maxSpeed", message: "\(maxSpeed) must be at least 0.1 m/s",
                fix: "give the speed cap in m/s (at least 0.1), or leave it out for none")
        }
    }
}
