import Ridepool
import Scenario
import Simulation

/// Turns "vehicles in service per hour" into vehicles with shifts, for the check run of a shift plan.
///
/// Vehicle i of the largest hourly fleet works every hour whose count exceeds i (so the vehicles
/// that work the most hours come first), each contiguous block of hours as one shift, clipped to the
/// vehicle's own shift in the scenario. A vehicle with two blocks becomes two vehicles that start at
/// the same place (a second driver, or the van returning to its depot in between).
enum ShiftPlanFleet {
    /// The scenario with the shift plan's vehicles, and their vehicle-hours.
    /// - Parameters:
    ///   - inService: vehicles per hour of `hours`.
    static func spec(_ inputs: PlanInputs, inService: [Int], hours: Range<Int>, seed: UInt64) throws -> (
        ScenarioSpec, Double
    ) {
        let largest = max(1, inService.max() ?? 1)
        var spec = try inputs.spec(fleet: largest, seed: seed)
        let vehicles = try spec.vehicles()
        var groups: [VehicleGroupSpec] = []
        var vehicleMs: Int64 = 0
        for (i, v) in vehicles.enumerated() {
            let typeIndex = spec.vehicleTypes.firstIndex(of: v.type) ?? 0
            var h = hours.lowerBound
            while h < hours.upperBound {
                guard inService[h - hours.lowerBound] > i else { h += 1; continue }
                var end = h
                while end < hours.upperBound && inService[end - hours.lowerBound] > i { end += 1 }
                let start = max(v.shiftStart, .hours(Double(h))), stop = min(v.shiftEnd, .hours(Double(end)))
                if stop > start {
                    let depot = v.depot.map { spec.operations.depots[Int($0)].id }
                    groups.append(
                        VehicleGroupSpec(
                            typeIndex: typeIndex, count: 1, start: depot == nil ? v.start : nil, shiftStart: start,
                            shiftEnd: stop, idPrefix: "\(v.id)@\(h)h-", depot: depot,
                            shiftBreak: v.shiftBreak.flatMap { breakFor(start, stop, like: $0) }))
                    vehicleMs += (stop - start).ms
                }
                h = end
            }
        }
        if groups.isEmpty {
            // No hour needs a vehicle: keep one, so the scenario stays runnable.
            let v = vehicles[0]
            groups = [
                VehicleGroupSpec(
                    typeIndex: spec.vehicleTypes.firstIndex(of: v.type) ?? 0, count: 1, start: v.start,
                    shiftStart: v.shiftStart, shiftEnd: v.shiftEnd, idPrefix: "\(v.id)@-")
            ]
            vehicleMs = (v.shiftEnd - v.shiftStart).ms
        }
        spec.vehicleGroups = groups
        return (spec, Double(vehicleMs) / 3_600_000)
    }

    /// A planned shift's break, modelled on the scenario's: none for a shift of at most six hours (the
    /// German working-time act, ArbZG §4, asks for a break only beyond six hours); otherwise the scenario's
    /// window if it still fits inside the shift, else a window of the same length (at least the break)
    /// centred in the shift.
    static func breakFor(_ start: SimTime, _ end: SimTime, like rule: ShiftBreak) -> ShiftBreak? {
        guard end - start > .hours(6) else { return nil }
        if rule.earliestStart >= start && rule.latestEnd <= end { return rule }
        let width = min(end - start, max(rule.latestEnd - rule.earliestStart, rule.duration))
        let from = start + SimTime(ms: ((end - start) - width).ms / 2)
        return ShiftBreak(earliestStart: from, latestEnd: from + width, duration: rule.duration)
    }

    /// Hours overlapping some vehicle's shift in the scenario, [first, end).
    static func serviceHours(_ spec: ScenarioSpec) -> Range<Int> {
        let starts = spec.vehicleGroups.map(\.shiftStart.ms), ends = spec.vehicleGroups.map(\.shiftEnd.ms)
        guard let first = starts.min(), let last = ends.max(), last > first else { return 0..<0 }
        return Int(first / 3_600_000)..<Int((last + 3_599_999) / 3_600_000)
    }

    /// Σ shift lengths in hours of the scenario's fleet at `fleet` vehicles.
    static func flatVehicleHours(_ inputs: PlanInputs, fleet: Int) throws -> Double {
        let vehicles = try inputs.spec(fleet: fleet, seed: inputs.spec.seed).vehicles()
        return Double(vehicles.reduce(Int64(0)) { $0 + max(0, ($1.shiftEnd - $1.shiftStart).ms) }) / 3_600_000
    }
}
