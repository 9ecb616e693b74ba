import Foundation
import Reports

/// What one shard of a grid study leaves behind (`plan-shard-I-of-N.json`): the study and its runs.
///
/// Numbers are written in Swift's shortest round-trip form, so a merge reads back exactly the values
/// the shard measured, and the merged `plan.json` equals an unsharded run's byte for byte.
public struct PlanShardFile: Hashable, Sendable, Codable {
    /// Changes with `KPI.all` (the samples' values follow its order): `/2` added `rejected_share`.
    public static let format = "ridepool-plan-shard/2"

    public var format: String
    public var study: PlanStudy
    /// 1-based.
    public var shard: Int
    public var shardCount: Int
    public var runs: [PlanRun]

    public init(study: PlanStudy, shard: Int, shardCount: Int, runs: [PlanRun]) {
        format = Self.format; self.study = study; self.shard = shard; self.shardCount = shardCount; self.runs = runs
    }

    /// The file name of shard `index` of `count`.
    public static func fileName(index: Int, count: Int) -> String { "plan-shard-\(index)-of-\(count).json" }

    /// The (fleet, seed) pairs shard `index` (1-based) of `count` evaluates: every `count`-th pair in
    /// (fleet, seed) order, starting at pair `index − 1`, so shards get similar mixes of small and large fleets.
    public static func assignment(grid: [Int], seeds: [UInt64], index: Int, count: Int) -> [(fleet: Int, seed: UInt64)]
    {
        let all = grid.flatMap { f in seeds.map { (fleet: f, seed: $0) } }
        return stride(from: index - 1, to: all.count, by: count).map { all[$0] }
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a shard file.
    /// - Throws: `PlanInputError` naming the file if it is not a readable shard file of this format.
    public static func read(path: String) throws(PlanInputError) -> PlanShardFile {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw PlanInputError(
                "cannot read shard file \(path): \(error.localizedDescription)",
                fix: "pass the folders the shards wrote to")
        }
        do {
            let file = try JSONDecoder().decode(PlanShardFile.self, from: data)
            guard file.format == format else {
                throw PlanInputError(
                    "\(path) has format \(file.format), not \(format)",
                    fix: "merge shards written by the same ridepool version")
            }
            return file
        } catch let e as PlanInputError { throw e } catch {
            throw PlanInputError(
                "\(path) is not a ridepool plan shard file (\(error))",
                fix: "pass only folders holding plan-shard-*.json files")
        }
    }

    /// Joins shard files into one study's runs.
    /// - Throws: `PlanInputError` if the shards come from different studies or counts, or if a shard is missing or repeated.
    public static func merge(_ files: [(path: String, file: PlanShardFile)]) throws(PlanInputError) -> (
        PlanStudy, [PlanRun]
    ) {
        guard let first = files.first else {
            throw PlanInputError(
                "no shard files found", fix: "pass the folders that `ridepool plan --shard I/N --out DIR` wrote to")
        }
        var seen: [Int: String] = [:]
        for (path, f) in files {
            guard f.study == first.file.study else {
                throw PlanInputError(
                    "\(path) belongs to another study than \(first.path) (scenario, targets, grid, seeds or judge differ)",
                    fix: "merge only the shards of one `ridepool plan --grid … --shard I/N` study")
            }
            guard f.shardCount == first.file.shardCount else {
                throw PlanInputError(
                    "\(path) is shard \(f.shard) of \(f.shardCount), but \(first.path) is of \(first.file.shardCount)",
                    fix: "run every shard with the same N")
            }
            if let other = seen[f.shard] {
                throw PlanInputError(
                    "shard \(f.shard) of \(f.shardCount) is given twice (\(other) and \(path))",
                    fix: "pass each shard once")
            }
            seen[f.shard] = path
        }
        let missing = (1...first.file.shardCount).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw PlanInputError(
                "shard\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) of \(first.file.shardCount) missing",
                fix: "run the missing shards (--shard I/\(first.file.shardCount)) and pass their folders too")
        }
        let runs = files.flatMap(\.file.runs).sorted { ($0.fleet, $0.seed) < ($1.fleet, $1.seed) }
        return (first.file.study, runs)
    }
}
