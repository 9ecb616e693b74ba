import Foundation
import Simulation

extension ScenarioSpec {
    /// The run's breakdowns: the listed incidents (vehicles named by id) and, at `ratePerVehicleHour`, a
    /// Poisson process over each vehicle's shift drawn from the run's `.incidents` stream (per vehicle, so
    /// that the draws of one vehicle never depend on the fleet's size).
    public func incidents(for vehicles: [VehicleSpec]) throws -> [Incident] {
        let index = Dictionary(vehicles.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        var out: [Incident] = []
        for (k, listed) in breakdowns.incidents.enumerated() {
            guard let v = index[listed.vehicleID] else {
                let ids = vehicles.map(\.id)
                throw ScenarioError(diagnostics: [
                    Diagnostic(
                        file: file, field: "breakdowns.incidents[\(k)].vehicle",
                        message: "no vehicle has the id '\(listed.vehicleID)'",
                        fix: (Suggestion.closest(to: listed.vehicleID, in: ids).map { "did you mean '\($0)'? " } ?? "")
                            + "use the id of a vehicle of the fleet (e.g. \(ids.prefix(3).joined(separator: ", ")))")
                ])
            }
            out.append(Incident(vehicle: v, time: listed.time, repair: listed.repair ?? breakdowns.repair))
        }
        guard breakdowns.ratePerVehicleHour > 0 else { return out }
        let streams = RandomStreams(seed: seed)
        let meanGap = 3_600_000 / breakdowns.ratePerVehicleHour
        for (v, vehicle) in vehicles.enumerated() {
            var g = streams.stream(.incidents, index: UInt64(v))
            var t = Double(vehicle.shiftStart.ms)
            while true {
                t += -log(1 - g.unit()) * meanGap
                guard t < Double(vehicle.shiftEnd.ms) else { break }
                out.append(Incident(vehicle: Int32(v), time: SimTime(ms: Int64(t)), repair: breakdowns.repair))
            }
        }
        return out
    }
}
