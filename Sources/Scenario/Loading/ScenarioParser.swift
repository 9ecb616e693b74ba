import Foundation
import Simulation
import Yams

/// Turns a composed YAML tree into a `ScenarioSpec`, recording every problem in `sink`.
final class ScenarioParser {
    let sink: DiagnosticSink
    /// Absolute directory that relative paths are resolved against.
    let baseDirectory: String
    /// Paths as written, by field path.
    var pathsAsWritten: [String: String] = [:]

    static let rootKeys = [
        "schemaVersion", "name", "description", "seed", "timeSpan", "serviceArea", "stops",
        "doorToDoor", "travel", "walking", "boarding", "fleet", "demand", "riders",
        "serviceClasses", "matcher", "customerFlags", "service", "customers", "workload", "breakdowns",
        "operations", "dispatch"
    ]

    init(sink: DiagnosticSink, baseDirectory: String) {
        self.sink = sink; self.baseDirectory = baseDirectory
    }

    /// Parses the root; `nil` when any problem was recorded.
    func parse(_ root: Node, file: String) -> ScenarioSpec? {
        guard case .mapping = root else {
            sink.add(
                at: root.mark, "", "the scenario must be a mapping of keys to values, got \(root.kindName)",
                fix: "start the file with `schemaVersion: 1` and `name: ...` lines")
            return nil
        }
        let r = MapReader(root, path: "", known: Self.rootKeys, sink: sink)
        if let v = r.int(
            "schemaVersion", default: nil, range: Int.min...Int.max,
            fix: "add `schemaVersion: 1` as the first line"), v != 1
        {
            r.problem(
                "schemaVersion", "unsupported schemaVersion \(v)",
                fix: "this version of ridepool reads schemaVersion 1; write `schemaVersion: 1`")
        }
        let name = r.string("name", default: nil, fix: "add `name: my_scenario` (letters, digits, _ and -)")
        if let name,
            name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        {
            r.problem(
                "name", "must match [A-Za-z0-9_-]+ (it names the results folder), got '\(name)'",
                fix: "use only letters, digits, '_' and '-', e.g. \(Self.slug(name))")
        }
        let description = r.string("description", default: "") ?? ""
        let seed = parseSeed(r)
        if r.has("workload") {
            let workload = parseWorkload(r)
            let dispatch = parseDispatch(r)
            guard sink.isEmpty, let name, let seed, let workload, let dispatch else { return nil }
            var spec = ScenarioSpec.workloadDefaults(file: file, name: name, description: description, seed: seed)
            spec.workload = workload
            spec.dispatch = dispatch
            spec.pathsAsWritten = pathsAsWritten
            return spec
        }
        let span = r.map("timeSpan", known: ["start", "end", "drainHours"])
        let start = span.time("start", default: .zero)
        let end = span.time("end", default: .hours(24))
        if let start, let end, end <= start {
            span.problem(
                "end", "must be later than start (\(TimeOfDay.format(start))), got \(TimeOfDay.format(end))",
                fix: "make timeSpan.end later than timeSpan.start; use hours past 24 for the next day")
        }
        let drain = span.duration("drainHours", default: .hours(2), unit: 3600, .closed(0, 168))
        let serviceArea = path(r, "serviceArea", required: true)
        let doorToDoor = r.bool("doorToDoor", default: false)
        let stops = path(r, "stops", required: doorToDoor == false)
        let travel = parseTravel(r)
        let walking = parseWalking(r)
        let boarding = parseBoarding(r)
        let operations = parseOperations(r)
        let fleet = parseFleet(
            r, defaultShift: (start ?? .zero, (end ?? .hours(24)) + (drain ?? .hours(2))),
            operations: operations.context)
        let demand = parseDemand(r)
        let riders = parseRiders(r)
        let classes = parseServiceClasses(r)
        let matcher = parseMatcher(r)
        let flags = parseCustomerFlags(r)
        let service = parseServiceSection(r)
        let customers = parseCustomers(r)
        let breakdowns = parseBreakdowns(r)
        let dispatch = parseDispatch(r)
        if let classes, let flags { checkRequiredFlags(r, classes: classes, flags: flags.flags) }
        guard sink.isEmpty, let flags, let service, let customers, let name, let seed, let start, let end, let drain,
            let serviceArea,
            let doorToDoor,
            let travel, let walking, let boarding, let fleet, let demand, let riders, let classes, let matcher,
            let breakdowns, let operations = operations.spec, let dispatch
        else { return nil }
        return ScenarioSpec(
            file: file, name: name, description: description, seed: seed, start: start, end: end, drain: drain,
            serviceAreaPath: serviceArea, stopsPath: stops, doorToDoor: doorToDoor, travel: travel,
            walking: walking, boarding: boarding, vehicleTypes: fleet.types, vehicleGroups: fleet.groups,
            demand: demand, riders: riders.behaviour, noShowWait: riders.noShowWait, serviceClasses: classes,
            matcher: matcher,
            rules: ServiceRules(
                flags: flags.flags, flagShares: flags.shares, serviceHours: service.hours,
                bookingHorizon: service.horizon, pastTolerance: service.past, customers: customers),
            dispatchLatency: service.latency, breakdowns: breakdowns, operations: operations, dispatch: dispatch,
            pathsAsWritten: pathsAsWritten)
    }

    private func parseSeed(_ r: MapReader) -> UInt64? {
        guard r.has("seed") else { return 1 }
        guard let t = r.text("seed", expected: "a non-negative integer") else { return nil }
        guard let s = UInt64(t.replacingOccurrences(of: "_", with: "")) else {
            r.problem(
                "seed", "must be a non-negative integer (0 … 2^64-1), got '\(t)'",
                fix: "write a whole number such as 42")
            return nil
        }
        return s
    }

    /// A file path relative to the scenario's folder, resolved to an absolute path; the file must exist.
    func path(_ r: MapReader, _ key: String, required: Bool) -> String? {
        guard r.has(key) else {
            if required { r.missing(key, fix: "add '\(key): path/to/file' (relative to the scenario's folder)") }
            return nil
        }
        guard let given = r.text(key, expected: "a file path"), !given.isEmpty else { return nil }
        let absolute = given.hasPrefix("/") ? given : baseDirectory + "/" + given
        let resolved = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else {
            r.problem(
                key, "file not found: \(resolved)",
                fix: "check the path; relative paths are relative to the scenario's folder \(baseDirectory)")
            return nil
        }
        pathsAsWritten[r.field(key)] = given
        return resolved
    }

    /// An allowed-values check for enum-like text.
    func oneOf<T>(_ r: MapReader, _ key: String, _ values: [(String, T)], default def: T) -> T? {
        guard r.has(key) else { return def }
        guard let t = r.text(key, expected: "a name") else { return nil }
        if let hit = values.first(where: { $0.0 == t }) { return hit.1 }
        let allowed = values.map(\.0)
        let hint = Suggestion.closest(to: t, in: allowed).map { "did you mean '\($0)'? " } ?? ""
        r.problem(key, "unknown value '\(t)'", fix: "\(hint)allowed values: \(allowed.joined(separator: ", "))")
        return nil
    }

    static func slug(_ s: String) -> String {
        let mapped = String(s.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
        return mapped.isEmpty ? "my_scenario" : mapped
    }
}
