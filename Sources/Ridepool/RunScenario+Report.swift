import Reports

extension RunScenario {
    /// The run report's file name in the run directory.
    public static let reportFile = "report.html"

    /// Writes `report.html` (atomically): Reports draws it; the service area's rings come from the
    /// run's GEOS geometry as plain coordinates.
    static func writeReport(world: RunWorld, accumulator: RunAccumulator, tables: RunTables, directory: String) throws {
        let html = accumulator.reportHTML(tables: tables, serviceArea: world.area.rings)
        try ResultFiles.writeText(html, to: directory + "/" + reportFile)
    }
}
