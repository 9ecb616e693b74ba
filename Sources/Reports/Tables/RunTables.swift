/// A run's tables: one row per trip and per vehicle, and the KPI summary.
public struct RunTables: Sendable {
    public var trips: [TripRow]
    public var vehicles: [VehicleRow]
    public var summary: Summary

    public init(trips: [TripRow], vehicles: [VehicleRow], summary: Summary) {
        self.trips = trips; self.vehicles = vehicles; self.summary = summary
    }
}
