import Foundation
import Yams

/// One peer workload of `ridepool bench --side-by-side`: the exported files' prefix the peer and the
/// instrument read, and the workload scenario ridepool runs on the same files.
public struct SideBySideWorkload: Sendable, Equatable {
    /// The prefix's file name (`ridepy_v100_r10k`).
    public var name: String
    /// `PREFIX` of `PREFIX.requests.csv[.gz]` and `PREFIX.fleet.csv[.gz]`, absolute.
    public var prefix: String
    /// The workload scenario ridepool runs, absolute.
    public var scenario: String

    /// The suite's workload scenarios (a `workload:` section), in suite order, each prefix once; entries
    /// that set a re-optimisation method are left out (the peer inserts greedily).
    public static func fromSuite(_ suite: BenchSuite) throws -> [SideBySideWorkload] {
        var found: [SideBySideWorkload] = []
        for (scenario, method) in zip(suite.scenarios, suite.reoptimisation) where method == nil {
            guard let requests = try requestsFile(ofScenario: scenario), let prefix = prefix(ofRequests: requests),
                !found.contains(where: { $0.prefix == prefix })
            else { continue }
            found.append(SideBySideWorkload(name: lastComponent(prefix), prefix: prefix, scenario: scenario))
        }
        return found
    }

    /// A workload given by its prefix (an export of `ridepy_bench.py --export PREFIX`): writes a workload
    /// scenario for it into `directory`, as the shipped ones (`secondsPerUnit: 1000`).
    public static func adHoc(prefix given: String, directory: String, index: Int) throws -> SideBySideWorkload {
        let prefix = URL(fileURLWithPath: given).standardizedFileURL.path
        func existing(_ kind: String) throws -> String {
            let candidates = [".csv", ".csv.gz"].map { prefix + "." + kind + $0 }
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw RidepoolError(
                    "bench --side-by-side: --workload \(given): neither \(candidates.joined(separator: " nor ")) exists",
                    fix: "pass the prefix of an exported workload (without .requests.csv), e.g. "
                        + "data/workloads/ridepy_v100_r10k, or export one with ridepy_bench.py --export PREFIX")
            }
            return path
        }
        let name = lastComponent(prefix)
        let yaml = """
            # Written by `ridepool bench --side-by-side` for --workload \(given).
            schemaVersion: 1
            name: \(quoted(name))
            workload:
              requests: \(quoted(try existing("requests")))
              fleet: \(quoted(try existing("fleet")))
              secondsPerUnit: 1000

            """
        let scenario = directory + "/workload-\(index)-\(name).yaml"
        try yaml.write(toFile: scenario, atomically: true, encoding: .utf8)
        return SideBySideWorkload(name: name, prefix: prefix, scenario: scenario)
    }

    /// `PREFIX` of `PREFIX.requests.csv` or `PREFIX.requests.csv.gz`; nil for another name.
    static func prefix(ofRequests path: String) -> String? {
        for suffix in [".requests.csv.gz", ".requests.csv"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count))
        }
        return nil
    }

    /// The absolute path of a scenario's `workload.requests`, nil when it has no `workload` section.
    private static func requestsFile(ofScenario scenario: String) throws -> String? {
        guard let text = try? String(contentsOfFile: scenario, encoding: .utf8),
            let root = try? Yams.load(yaml: text) as? [String: Any],
            let workload = root["workload"] as? [String: Any]
        else { return nil }
        guard let requests = workload["requests"] as? String else {
            throw RidepoolError(
                "\(scenario): workload.requests: missing", fix: "check it with `ridepool validate \(scenario)`")
        }
        if requests.hasPrefix("/") { return requests }
        let folder = URL(fileURLWithPath: scenario).deletingLastPathComponent()
        return folder.appendingPathComponent(requests).standardizedFileURL.path
    }

    private static func lastComponent(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    /// A YAML single-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
