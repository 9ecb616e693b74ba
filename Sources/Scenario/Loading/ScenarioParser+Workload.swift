import Service
import Simulation

extension ScenarioParser {
    /// The `workload` section, and the rule that a workload scenario has no city sections (`dispatch`
    /// is allowed: a replay may compare dispatch strategies; without it, greedy insertion only).
    func parseWorkload(_ r: MapReader) -> WorkloadSpec? {
        let cityKeys = Self.rootKeys.filter {
            !["schemaVersion", "name", "description", "seed", "workload", "dispatch"].contains($0)
        }
        for key in cityKeys where r.has(key) {
            r.problem(
                key, "not used by a workload scenario (the workload's files define the whole run)",
                fix: "remove '\(key)', or remove 'workload' to describe a city scenario")
        }
        let w = r.map("workload", known: ["requests", "fleet", "secondsPerUnit"])
        let requests = path(w, "requests", required: true)
        let fleet = path(w, "fleet", required: true)
        let seconds = w.number("secondsPerUnit", default: 1000, .above(0, upTo: 86_400))
        guard let requests, let fleet, let seconds else { return nil }
        return WorkloadSpec(requestsPath: requests, fleetPath: fleet, secondsPerUnit: seconds)
    }
}

extension ScenarioSpec {
    /// A workload scenario's fixed rules (RidePy's): door to door, no stop or boarding time, riders
    /// who order the offer at once and never cancel or miss their ride, one offer per request, and
    /// the cost of an insertion its added vehicle driving time alone (no wait or ride weight).
    public static func workloadDefaults(file: String, name: String, description: String, seed: UInt64) -> ScenarioSpec {
        var boarding = BoardingModel()
        boarding.stopTime = .zero; boarding.boardAdult = .zero; boarding.boardChild = .zero
        boarding.alightAdult = .zero; boarding.alightChild = .zero
        boarding.wheelchairExtra = .zero; boarding.childSeatExtra = .zero; boarding.visualImpairmentExtra = .zero
        let riders = RiderBehaviour(
            decisionDelayMin: .zero, decisionDelayMax: .zero,
            waitToleranceMin: .distantFuture, waitToleranceMax: .distantFuture,
            customerCancelProbability: 0, integratorCancelProbability: 0,
            noShowProbability: 0)
        let anyWindow = ServiceClass(
            name: "workload", maxWait: .distantFuture, maxRideFactor: 1,
            maxRideConstant: .zero, requiredFlags: [], baseFare: 0, perKm: 0)
        return ScenarioSpec(
            file: file, name: name, description: description, seed: seed, serviceAreaPath: "",
            stopsPath: nil, doorToDoor: true, boarding: boarding, vehicleTypes: [], vehicleGroups: [],
            demand: DemandSpec(), riders: riders, noShowWait: .zero, serviceClasses: [anyWindow],
            matcher: MatcherOptions(
                maxStopCandidates: 1, alternatives: 0, offerLifetime: .distantFuture,
                waitWeight: 0, rideWeight: 0, minimumTripMetres: 0))
    }
}
