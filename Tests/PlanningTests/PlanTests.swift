import Foundation
import Reports
import Ridepool
import TestSupport
import Testing

@testable import Planning

@Suite("ridepool plan: search, recommendation, shards and bad input")
struct PlanTests {
    static let tiny = Fixtures.scenario("examples/tiny.yaml")

    static func options(
        _ targets: [String], fleet: String? = "1...6", grid: String? = nil, shard: String? = nil,
        seeds: Int = 3, out: String
    ) -> PlanOptions {
        PlanOptions(
            scenarioPath: tiny, targets: targets, fleet: fleet, grid: grid, shard: shard, seeds: seeds, jobs: 2,
            outputDirectory: out)
    }

    @Test(
        "the recommendation holds: independent runs at the recommended size meet every target on every seed, one step smaller misses one"
    )
    func recommendationHolds() throws {
        let result = try PlanCapacity.plan(
            Self.options(["served_share>=0.55", "wait_p95<=900"], out: try Fixtures.scratch()))
        let outcome = try #require(result.outcome)
        let recommended = try #require(outcome.analysis.recommended?.fleet)
        let smaller = try #require(outcome.analysis.stepSmaller?.fleet)
        #expect(smaller == recommended - 1)
        func summaries(_ fleet: Int) throws -> [Summary] {
            try outcome.study.seeds.map { seed in
                try RunScenario.run(
                    scenarioPath: Self.tiny,
                    options: RunOptions(
                        seed: seed, fleetSize: fleet,
                        outputRoot: try Fixtures.scratch(), runID: "s\(seed)")
                ).summary
            }
        }
        func meets(_ s: Summary) -> Bool { (s.servedShare ?? 0) >= 0.55 && (s.wait.p95 ?? .infinity) <= 900 }
        #expect(try summaries(recommended).allSatisfy(meets))
        #expect(try !summaries(smaller).allSatisfy(meets))
        #expect(result.files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    @Test("plan.html has every section, the hourly chart and table, axes with units and no empty chart")
    func planPageStructure() throws {
        let out = try Fixtures.scratch()
        _ = try PlanCapacity.plan(Self.options(["served_share>=0.55", "wait_p95<=900"], out: out))
        let html = try String(contentsOfFile: out + "/" + PlanCapacity.htmlFile, encoding: .utf8)
        for id in PlanOutcome.sections { #expect(html.contains("<section id=\"\(id)\">"), "section \(id)") }
        #expect(!html.contains(">no data</text>") && !html.contains("<script"))
        #expect(html.contains("Vehicles in service per hour") && html.contains("<th>in service</th>"))
        for title in SVGText.texts(html, class: "atitle") {
            #expect(title.contains("("), "axis title without unit: \(title)")
        }
        #expect(html.contains("Checked by simulating it"))
    }

    @Test("a grid run as 3 local shards and merged gives plan.json and plan.html identical to the single run")
    func shardsMergeToTheSingleRun() throws {
        let targets = ["served_share>=0.55", "wait_p95<=900"]
        let single = try Fixtures.scratch()
        _ = try PlanCapacity.plan(Self.options(targets, grid: "1,2,3,4,5", out: single))
        let shards = try Fixtures.scratch()
        var total = 0
        for i in 1...3 {
            total += try PlanCapacity.plan(Self.options(targets, grid: "1,2,3,4,5", shard: "\(i)/3", out: shards)).runs
        }
        #expect(total == 15)
        let merged = try Fixtures.scratch()
        _ = try PlanCapacity.merge(directories: [shards], outputDirectory: merged, jobs: 2, cacheDirectory: nil)
        for file in [PlanCapacity.jsonFile, PlanCapacity.htmlFile] {
            #expect(try Fixtures.bytes(single + "/" + file) == Fixtures.bytes(merged + "/" + file), "\(file) differs")
        }
    }

    @Test("a merge refuses a missing shard and says which")
    func mergeNamesMissingShards() throws {
        let shards = try Fixtures.scratch()
        _ = try PlanCapacity.plan(Self.options(["served_share>=0.5"], grid: "1,2", shard: "2/3", out: shards))
        let error = try #require(throws: PlanInputError.self) {
            try PlanCapacity.merge(
                directories: [shards], outputDirectory: try Fixtures.scratch(), jobs: 1, cacheDirectory: nil)
        }
        #expect(error.message.contains("shards 1, 3 of 3 missing"))
    }

    @Test("no fleet in range meets an unreachable target: a clear answer with the best reached, no recommendation")
    func impossibleTargetIsAnswered() throws {
        let result = try PlanCapacity.plan(
            Self.options(["served_share>=0.99"], fleet: "1...4", out: try Fixtures.scratch()))
        let outcome = try #require(result.outcome)
        #expect(outcome.analysis.recommended == nil)
        #expect(
            outcome.analysis.answer.hasPrefix(
                "No fleet size up to 4 meets every target. Best reached: served_share>=0.99: best 0."))
        #expect(outcome.hourly == nil)
        #expect(outcome.json.contains("\"recommended\": null"))
    }

    @Test(
        "bad input is refused with the fix",
        arguments: [
            (["served_shar>=0.9"], "1...6", nil, "unknown KPI 'served_shar'"),
            (["served_share>=1.5"], "1...6", nil, "can never be met"),
            (["served_share=0.9"], "1...6", nil, "has no >= or <="),
            (["served_share>=0.9"], "10...5", nil, "ends before it starts"),
            (["served_share>=0.9"], "ten...20", nil, "is malformed"),
            (["served_share>=0.9"], "1...6", "4/3", "shard index 4 is out of range 1…3"),
            (["served_share>=0.9"], "1...6", "0/3", "shard index 0 is out of range 1…3"),
            ([], "1...6", nil, "no target given")
        ] as [([String], String, String?, String)])
    func badInputIsRefused(targets: [String], fleet: String, shard: String?, message: String) throws {
        let error = try #require(throws: PlanInputError.self) {
            try PlanCapacity.plan(
                Self.options(
                    targets, fleet: fleet, grid: shard == nil ? nil : "1,2", shard: shard, out: try Fixtures.scratch()))
        }
        #expect(error.message.contains(message), "\(error.message)")
        #expect(!error.fix.isEmpty)
    }

    @Test("common random numbers: a different fleet size leaves every request and rider trait unchanged")
    func fleetSizeKeepsTheDemand() throws {
        func requests(_ fleet: Int) throws -> [Substring] {
            let r = try RunScenario.run(
                scenarioPath: Self.tiny,
                options: RunOptions(fleetSize: fleet, outputRoot: try Fixtures.scratch(), runID: "r"))
            return try String(contentsOfFile: r.directory + "/trips.csv", encoding: .utf8).split(separator: "\n").map {
                // trip_id … destination_lon: the request as drawn, before any dispatch decision.
                $0.split(separator: ",", omittingEmptySubsequences: false).prefix(10).joined(separator: ",")[...]
            }.map { Substring($0) }
        }
        let one = try requests(1), three = try requests(3)
        #expect(one.count > 1)
        #expect(
            one.enumerated().allSatisfy { i, line in
                // service_class (column 4) depends on the offers; everything else is the demand.
                line.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 3 }.map(
                    \.element)
                    == three[i].split(separator: ",", omittingEmptySubsequences: false).enumerated().filter {
                        $0.offset != 3
                    }.map(\.element)
            })
    }

    @Test("plan runs give the same results as `run --fleet-size N --seed S`")
    func planRunsMatchPlainRuns() throws {
        let outcome = try #require(
            try PlanCapacity.plan(
                Self.options(["served_share>=0.55"], grid: "2,3", seeds: 2, out: try Fixtures.scratch())
            ).outcome)
        for point in outcome.analysis.points {
            for run in point.runs {
                let plain = try RunScenario.run(
                    scenarioPath: Self.tiny,
                    options: RunOptions(
                        seed: run.seed, fleetSize: point.fleet,
                        outputRoot: try Fixtures.scratch(), runID: "p"))
                #expect(run.sample.value(KPI.named("served_share")!) == plain.summary.servedShare)
                #expect(run.sample.value(KPI.named("wait_p95")!) == plain.summary.wait.p95)
            }
        }
    }
}
