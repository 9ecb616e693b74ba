import Foundation
import Simulation
import Yams

/// A benchmark suite: scenarios to time, how often, and how far results may move from the baseline.
/// The file format is documented in `scenarios/README.md` ("Benchmark suites").
public struct BenchSuite: Sendable {
    /// The suite file as given.
    public var file: String
    public var name: String
    /// Scenario files, absolute.
    public var scenarios: [String]
    /// The same, as written in the suite (relative to its folder): what reports show.
    public var scenariosAsWritten: [String]
    /// Per scenario: the re-optimisation method the entry sets (as `--reoptimisation`), nil: the scenario's.
    /// An entry with one is named `<file name>+<method>`, so that one suite can set strategies side by side.
    public var reoptimisation: [ReoptimisationRules.Method?]
    /// Timed runs per scenario (after `warmups` untimed ones).
    public var runs: Int
    public var warmups: Int
    public var tolerance: BenchTolerance
}

/// How far a result may move from its baseline before `ridepool bench` fails.
public struct BenchTolerance: Codable, Hashable, Sendable {
    /// A KPI passes when `|current − baseline| ≤ kpiRelative × |baseline|` (0: exactly equal; KPIs are deterministic).
    public var kpiRelative: Double
    /// The median wall time passes up to `timeFactor ×` the baseline's (generous: shared machines are noisy).
    public var timeFactor: Double
    /// Peak memory passes up to `memoryFactor ×` the baseline's.
    public var memoryFactor: Double

    public init(kpiRelative: Double = 0, timeFactor: Double = 3, memoryFactor: Double = 2) {
        self.kpiRelative = kpiRelative; self.timeFactor = timeFactor; self.memoryFactor = memoryFactor
    }

    enum CodingKeys: String, CodingKey {
        case kpiRelative = "kpi_relative", timeFactor = "time_factor", memoryFactor = "memory_factor"
    }
}

extension BenchSuite {
    /// Reads a suite file; every problem names the file and the field.
    public static func load(path: String) throws -> BenchSuite {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RidepoolError(
                "cannot read the bench suite \(path)",
                fix: "pass an existing suite file, e.g. scenarios/bench/suite.yaml")
        }
        let root: Any?
        do { root = try Yams.load(yaml: text) } catch {
            throw RidepoolError("\(path): YAML syntax error: \(error)", fix: "fix the YAML syntax")
        }
        guard let map = root as? [String: Any] else {
            throw RidepoolError(
                "\(path): the suite must be a mapping", fix: "start with `schemaVersion: 1`, `name:` and `scenarios:`")
        }
        let known: Set = ["schemaVersion", "name", "description", "runs", "warmups", "tolerance", "scenarios"]
        if let unknown = map.keys.sorted().first(where: { !known.contains($0) }) {
            throw RidepoolError(
                "\(path): unknown key '\(unknown)'", fix: "use only \(known.sorted().joined(separator: ", "))")
        }
        guard (map["schemaVersion"] as? Int) == 1 else {
            throw RidepoolError("\(path): schemaVersion: must be 1", fix: "write `schemaVersion: 1`")
        }
        guard let name = map["name"] as? String, !name.isEmpty else {
            throw RidepoolError("\(path): name: missing", fix: "add `name: my_suite`")
        }
        func count(_ key: String, _ def: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let v = map[key] else { return def }
            guard let n = v as? Int, range.contains(n) else {
                throw RidepoolError(
                    "\(path): \(key): must be an integer in \(range.lowerBound) … \(range.upperBound), got \(v)",
                    fix: "write e.g. `\(key): \(def)`")
            }
            return n
        }
        let tolerance = try Self.tolerance(map["tolerance"], file: path)
        guard let list = map["scenarios"] as? [Any], !list.isEmpty else {
            throw RidepoolError(
                "\(path): scenarios: must be a non-empty list of scenario paths",
                fix: "list scenario files relative to the suite's folder")
        }
        let entries = try list.enumerated().map { try Self.entry($0.element, at: $0.offset, file: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var seen: [String: Int] = [:]
        let scenarios = try entries.enumerated().map { i, entry -> String in
            let given = entry.path
            let resolved = given.hasPrefix("/") ? given : folder.appendingPathComponent(given).standardizedFileURL.path
            guard FileManager.default.fileExists(atPath: resolved) else {
                throw RidepoolError(
                    "\(path): scenarios[\(i)]: file not found: \(resolved)",
                    fix: "check the path (relative to the suite's folder)")
            }
            let record = recordName(scenario: resolved, reoptimisation: entry.reoptimisation)
            if let first = seen[record] {
                throw RidepoolError(
                    "\(path): scenarios[\(i)]: '\(record)' is listed twice (first as scenarios[\(first)])",
                    fix: "list each scenario once per re-optimisation method (`runs:` sets the repetitions)")
            }
            seen[record] = i
            return resolved
        }
        return BenchSuite(
            file: path, name: name, scenarios: scenarios, scenariosAsWritten: entries.map(\.path),
            reoptimisation: entries.map(\.reoptimisation), runs: try count("runs", 3, 1...1000),
            warmups: try count("warmups", 1, 0...100), tolerance: tolerance)
    }

    /// The name of a scenario's record in reports and baselines: its file name without extension,
    /// with `+<method>` when the entry sets a re-optimisation method.
    public static func recordName(scenario: String, reoptimisation: ReoptimisationRules.Method?) -> String {
        let stem = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
        return reoptimisation.map { stem + "+" + $0.rawValue } ?? stem
    }

    /// One entry of `scenarios`: a path, or `{scenario: path, reoptimisation: method}`.
    private static func entry(_ node: Any, at i: Int, file: String) throws -> (
        path: String, reoptimisation: ReoptimisationRules.Method?
    ) {
        let methods = ReoptimisationRules.Method.allCases.map(\.rawValue).joined(separator: ", ")
        let form = "write a scenario path, or `{scenario: path, reoptimisation: batch}` (methods: \(methods))"
        if let given = node as? String, !given.isEmpty { return (given, nil) }
        guard let map = node as? [String: Any] else {
            throw RidepoolError(
                "\(file): scenarios[\(i)]: must be a scenario path or a mapping, got \(node)", fix: form)
        }
        if let unknown = map.keys.sorted().first(where: { !["scenario", "reoptimisation"].contains($0) }) {
            throw RidepoolError(
                "\(file): unknown key 'scenarios[\(i)].\(unknown)'", fix: "use only scenario and reoptimisation")
        }
        guard let given = map["scenario"] as? String, !given.isEmpty else {
            throw RidepoolError(
                "\(file): scenarios[\(i)].scenario: missing (or not a path)",
                fix: "add `scenario: path/to/scenario.yaml` (relative to the suite's folder)")
        }
        guard let value = map["reoptimisation"] else { return (given, nil) }
        guard let text = value as? String, let method = ReoptimisationRules.Method(rawValue: text) else {
            throw RidepoolError(
                "\(file): scenarios[\(i)].reoptimisation: unknown method '\(value)'", fix: "use one of \(methods)")
        }
        return (given, method)
    }

    private static func tolerance(_ node: Any?, file: String) throws -> BenchTolerance {
        var t = BenchTolerance()
        guard let node else { return t }
        guard let map = node as? [String: Any] else {
            throw RidepoolError(
                "\(file): tolerance: must be a mapping",
                fix: "write `tolerance: {kpiRelative: 0, timeFactor: 3, memoryFactor: 2}`")
        }
        for (key, value) in map {
            guard let x = (value as? Double) ?? (value as? Int).map(Double.init), (0...1e6).contains(x) else {
                throw RidepoolError(
                    "\(file): tolerance.\(key): must be a number in [0, 1000000], got \(value)",
                    fix: "write a plain number such as 3")
            }
            switch key {
            case "kpiRelative": t.kpiRelative = x
            case "timeFactor": t.timeFactor = x
            case "memoryFactor": t.memoryFactor = x
            default:
                throw RidepoolError(
                    "\(file): unknown key 'tolerance.\(key)'", fix: "use kpiRelative, timeFactor, memoryFactor")
            }
        }
        return t
    }
}
