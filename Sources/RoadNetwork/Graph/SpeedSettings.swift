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

    /// Throws unless the factor and the cap are positive numbers.
    func validate() throws(DataFileError) {
        guard factor.isFinite, factor > 0 else {
            throw DataFileError(field: "speedFactor", message: "\(factor) must be a number > 0",
                               fix: "give a positive factor on free-flow speeds (1 keeps them)")
        }
        guard !maxSpeed.isNaN, maxSpeed > 0 else {
            throw DataFileError(field: "maxSpeed", message: "\(maxSpeed) must be > 0",
                               fix: "give the speed cap in m/s, or leave it out for none")
        }
    }
}
