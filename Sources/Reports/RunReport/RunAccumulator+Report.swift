import Simulation

extension RunAccumulator {
    /// `report.html` for the run seen so far (call after `runEnded`, with the tables from `tables()`).
    /// - Parameter serviceArea: the service area's rings in WGS84, for the map.
    public func reportHTML(tables: RunTables, serviceArea: [[GeoPoint]]) -> String {
        guard let header else { return HTMLPage(title: "ridepool run report", subtitle: "no run recorded").html }
        return RunReport(
            header: header, tables: tables, series: series, serviceArea: serviceArea, operations: operations
        ).html
    }
}
