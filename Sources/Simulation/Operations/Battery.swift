/// An electric vehicle type's battery and consumption.
///
/// Energy is in Wh. A leg of `metres` driven in `time` uses `whPerKm × km + auxiliaryKW × hours`
/// (auxiliary consumption, heating or cooling, counted while driving); the engine, the dispatcher's
/// feasibility test and the reports all use `energy(metres:time:)`.
public struct Battery: Hashable, Sendable {
    /// Usable capacity in Wh.
    public var capacityWh: Double
    /// Consumption per driven km in Wh.
    public var whPerKm: Double
    /// Auxiliary power while driving, in kW.
    public var auxiliaryKW: Double
    /// State of charge at the start of the shift, 0…1.
    public var initialSoc: Double
    /// Dispatch never plans below this share of the capacity (counting the drive to a charger).
    public var reserveSoc: Double
    /// The most power the vehicle accepts, in kW (the on-board charger's limit).
    public var maxChargeKW: Double

    public init(
        capacityWh: Double, whPerKm: Double, auxiliaryKW: Double = 0, initialSoc: Double = 1,
        reserveSoc: Double = 0.1, maxChargeKW: Double = .infinity
    ) {
        self.capacityWh = capacityWh; self.whPerKm = whPerKm; self.auxiliaryKW = auxiliaryKW
        self.initialSoc = initialSoc; self.reserveSoc = reserveSoc; self.maxChargeKW = maxChargeKW
    }

    /// Wh used driving `metres` in `time`.
    @inlinable public func energy(metres: Double, time: SimTime) -> Double {
        whPerKm * metres / 1000 + auxiliaryKW * Double(time.ms) / 3_600
    }

    public var reserveWh: Double { reserveSoc * capacityWh }
}
