import Simulation

extension ReoptimisationTotals {
    /// Whether a round stopped at the solver's wall-clock limit: then another machine may have
    /// stopped elsewhere, and the run's results may differ between machines.
    public var mayDifferBetweenMachines: Bool { timeLimitedRounds > 0 }

    /// Writes `"reoptimisation": {…}` (key order and units: `results/README.md`).
    func write(to j: inout JSONBuffer) {
        j.key("reoptimisation"); j.openObject()
        j.key("method"); if let method { j.string(method.rawValue) } else { j.null() }
        j.field("rounds", int: rounds)
        j.key("outcomes"); j.openObject()
        for (k, o) in Self.outcomes.enumerated() { j.field(o.key, int: byOutcome[k]) }
        j.closeObject()
        j.field("may_differ_between_machines", bool: mayDifferBetweenMachines)
        j.field("movable", int: movable); j.field("held", int: held)
        j.field("reassigned", int: reassigned)
        j.field("resequenced", int: resequenced)
        j.field("placed_held", int: placedHeld)
        j.field("vehicle_km_saved", fixed: metresSaved / 1000, 3)
        j.field("drive_h_saved", fixed: driveSaved.seconds / 3600, 3)
        j.field("cost_saved_h", fixed: Double(costSavedMs) / 3_600_000, 3)
        j.closeObject()
    }
}
