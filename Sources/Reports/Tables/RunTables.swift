import Simulation

/// A run's tables: one row per trip and per vehicle, and the KPI summary.
public struct RunTables: Sendable {
    public var trips: [TripRow]
    public var vehicles: [VehicleRow]
    public var summary: Summary
    /// The run's corporate accounts, in creation order (empty unless the customer extension made some).
    public var accounts: [CorporateAccount]

    /// Whether the run has fleet operations (`vehicles.csv` appends `VehicleOperations.csvColumns`,
    /// `summary.json` has `operations`).
    public var hasOperations: Bool { summary.operations != nil }

    /// Whether some order was answered as a prebooking (`trips.csv` appends `TripRow.prebookingColumns`,
    /// `summary.json` has `prebooking`).
    public var hasPrebooking: Bool { summary.prebooking != nil }

    public init(trips: [TripRow], vehicles: [VehicleRow], summary: Summary, accounts: [CorporateAccount] = []) {
        self.trips = trips; self.vehicles = vehicles; self.summary = summary; self.accounts = accounts
    }
}
