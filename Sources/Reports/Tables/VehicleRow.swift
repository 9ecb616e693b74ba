import Simulation

/// One row of `vehicles.csv`: what one vehicle did during the run.
public struct VehicleRow: Hashable, Sendable {
    public var vehicleID: String
    public var type: String
    public var seats: Int
    public var wheelchairPlaces: Int
    public var shiftStart: SimTime
    public var shiftEnd: SimTime
    /// Driven metres, all legs.
    public var metresTotal: Double
    /// Driven metres with nobody on board.
    public var metresEmpty: Double
    /// Σ driven metres × riders on board.
    public var passengerMetres: Double
    /// Stop visits (arrivals).
    public var stops: Int
    public var pickups: Int
    public var dropoffs: Int
    /// Time driving or serving at a stop, within the shift.
    public var busy: SimTime
    /// Times the vehicle broke down.
    public var breakdowns = 0
    /// Time out of service after breakdowns (breakdown → repair, or the end of the run), within the shift.
    public var outOfService = SimTime.zero
    /// Empty drives by purpose, energy, charging, breaks and overtime: only in runs with operations
    /// (`RunHeader.hasOperations`), where every row has them and `vehicles.csv` appends their columns.
    public var operations: VehicleOperations?

    public var metresOccupied: Double { metresTotal - metresEmpty }
    public var shiftLength: SimTime { SimTime(ms: max(0, shiftEnd.ms - shiftStart.ms)) }
    public var idle: SimTime { SimTime(ms: max(0, shiftLength.ms - busy.ms)) }
    /// busy ÷ shift length (0 for an empty shift).
    public var utilisation: Double { shiftLength.ms > 0 ? Double(busy.ms) / Double(shiftLength.ms) : 0 }

    /// `vehicles.csv` columns in order (append only).
    public static let csvColumns = [
        "vehicle_id", "type", "seats", "wheelchair_places", "shift_start_s", "shift_end_s", "km_total",
        "km_empty", "km_occupied", "passenger_km", "stops", "pickups", "dropoffs", "busy_s", "idle_s", "utilisation",
        "breakdowns", "out_of_service_s"
    ]

    public var csvFields: [String] {
        func km(_ m: Double) -> String { NumberFormat.fixed(m / 1000, decimals: 3) }
        return [
            vehicleID, type, String(seats), String(wheelchairPlaces), NumberFormat.seconds(shiftStart),
            NumberFormat.seconds(shiftEnd), km(metresTotal), km(metresEmpty), km(metresOccupied),
            km(passengerMetres), String(stops), String(pickups), String(dropoffs),
            NumberFormat.seconds(busy), NumberFormat.seconds(idle), NumberFormat.fixed(utilisation, decimals: 4),
            String(breakdowns), NumberFormat.seconds(outOfService)
        ]
    }
}
