import Simulation

/// The fleet-operations part of a `vehicles.csv` row (only in runs with operations,
/// `RunHeader.hasOperations`): empty drives by purpose, energy, charging, breaks and overtime.
public struct VehicleOperations: Hashable, Sendable {
    /// Metres driven empty per purpose, in `DrivePurpose` order.
    public var metresByPurpose = [Double](repeating: 0, count: DrivePurpose.allCases.count)
    /// The battery's usable capacity in Wh; `nil`: not an electric vehicle (no energy columns).
    public var capacityWh: Double?
    /// Wh used driving (`Battery.energy(metres:time:)` of every leg).
    public var energyWh = 0.0
    /// The lowest state of charge in Wh over the run (after each leg and charge; the start included).
    public var minSocWh: Double?
    public var chargingSessions = 0
    /// Plugged in (charging start → end, or the end of the run).
    public var charging = SimTime.zero
    /// Σ (state of charge at charging end − at charging start), finished sessions.
    public var chargedWh = 0.0
    /// `charging_queued` events (no free plug on arrival).
    public var queueEvents = 0
    /// Waiting for a plug: queued → plugged in (or leaving, or the end of the run).
    public var queue = SimTime.zero
    /// Whether the vehicle's shift has a break (`VehicleSpec.shiftBreak`).
    public var breakScheduled = false
    /// Breaks started, and their time (start → end, or the end of the run).
    public var breaks = 0
    public var breakTime = SimTime.zero
    /// Past the shift's end when the vehicle came home (`shift_end`'s overtime).
    public var overtime = SimTime.zero

    public init() {}

    public func metres(_ purpose: DrivePurpose) -> Double { metresByPurpose[purpose.rawValue] }

    /// The lowest state of charge as a share of the capacity.
    public var minSoc: Double? {
        guard let capacityWh, capacityWh > 0, let minSocWh else { return nil }
        return minSocWh / capacityWh
    }

    /// The columns appended to `VehicleRow.csvColumns` in runs with operations.
    public static let csvColumns =
        DrivePurpose.allCases.map { "km_" + $0.key } + [
            "energy_kwh", "min_soc", "min_soc_wh", "charging_sessions", "charging_s", "charged_kwh",
            "charging_queued", "charging_queue_s", "breaks", "break_s", "overtime_s"
        ]

    /// `csvColumns`' fields; the energy columns are empty for a vehicle without battery.
    public var csvFields: [String] {
        func km(_ m: Double) -> String { NumberFormat.fixed(m / 1000, decimals: 3) }
        let ev = capacityWh != nil
        return metresByPurpose.map(km) + [
            ev ? NumberFormat.fixed(energyWh / 1000, decimals: 3) : "",
            minSoc.map { NumberFormat.fixed($0, decimals: 4) } ?? "",
            minSocWh.map { NumberFormat.fixed($0, decimals: 1) } ?? "",
            String(chargingSessions), NumberFormat.seconds(charging),
            NumberFormat.fixed(chargedWh / 1000, decimals: 3), String(queueEvents), NumberFormat.seconds(queue),
            String(breaks), NumberFormat.seconds(breakTime), NumberFormat.seconds(overtime)
        ]
    }
}
