/// An electric vehicle's energy along its plan: what the battery holds and how much the plan may still
/// spend (`slackWh`), in the same slack spirit as the plan's timing.
///
/// `slackWh = energy at the anchor − Σ energy of the planned legs − energy of the drive after the last
/// stop (`tail`: home to the depot, or to the nearest charger) − the reserve`. An insertion is feasible
/// only if the energy it adds (its changed legs, and the changed tail when it changes the last stop)
/// fits in the slack, so that no plan takes the battery below its reserve counting the drive to a
/// charger (MATSim's eDRT only excludes vehicles already low; this checks the new plan itself). The
/// tail counts kilometres only (the reserve covers auxiliary power on the way), so it does not depend on
/// when the plan ends.
public struct PlanEnergy: Sendable {
    public let battery: Battery
    public let chargers: ChargerReach
    /// Where the vehicle ends its shift (its depot), if anywhere: the drive after the plan goes there
    /// (and on to the nearest charger if the depot has none), so the vehicle always gets home.
    public let home: PlaceID?
    /// Wh in the battery at the plan's `position` (where the vehicle last finished a stop or started).
    public var socWh: Double
    /// While the locked stop is a charging session: the Wh it charges to.
    public var chargingToWh: Double?
    /// Wh when the vehicle leaves its anchor (derived by `VehiclePlan.retime`).
    public internal(set) var anchorWh: Double = 0
    /// Wh the plan may still add (derived by `VehiclePlan.retime`; negative: the plan already goes too low).
    public internal(set) var slackWh: Double = 0

    public init(battery: Battery, chargers: ChargerReach, socWh: Double, home: PlaceID? = nil) {
        self.battery = battery; self.chargers = chargers; self.socWh = socWh; self.home = home
    }

    /// Wh of a leg from `a` to `b` that takes `time`.
    @inlinable public func leg(from a: PlaceID, to b: PlaceID, time: SimTime, travel: some TravelTimeModel) -> Double {
        battery.energy(metres: travel.distance(from: a, to: b), time: time)
    }

    /// Wh of the drive after the plan (kilometres only): from `place` home and on to the nearest charger
    /// (nothing more when home has one), or without a home to the nearest charger.
    @inlinable public func tail(from place: PlaceID, travel: some TravelTimeModel) -> Double {
        let metres =
            home.map { travel.distance(from: place, to: $0) + chargers.metresToNearest(from: $0, travel: travel) }
            ?? chargers.metresToNearest(from: place, travel: travel)
        return battery.whPerKm * metres / 1000
    }
}

/// A plan's energy held by reference: a plan without a battery carries one nil pointer, and the
/// insertion search copies a pointer per candidate, not the whole `PlanEnergy` (which the matcher's hot
/// loop would copy through its value witnesses). Immutable: a changed energy is a new box.
public final class EnergyBox: Sendable {
    public let value: PlanEnergy
    public init(_ value: PlanEnergy) { self.value = value }
}

/// The nearest charger of each place by driving distance, found once per place and kept.
///
/// A reference type shared by every plan of a run (one run, one thread: the engine is single-threaded;
/// runs in parallel each have their own).
public final class ChargerReach: @unchecked Sendable {
    /// The places of the depots that have chargers.
    public let chargerPlaces: [PlaceID]
    private var metres: [Double] = []

    public init(chargerPlaces: [PlaceID]) { self.chargerPlaces = chargerPlaces }

    /// Metres from `place` to the nearest charger (0 with no chargers).
    public func metresToNearest(from place: PlaceID, travel: some TravelTimeModel) -> Double {
        let i = Int(place)
        if i < metres.count, metres[i] >= 0 { return metres[i] }
        let missing = i - metres.count + 1
        if missing > 0 { metres.append(contentsOf: repeatElement(-1, count: missing)) }
        let d = chargerPlaces.map { travel.distance(from: place, to: $0) }.min() ?? 0
        metres[i] = d
        return d
    }
}
