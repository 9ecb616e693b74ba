import Testing

@testable import Planning

@Suite("plan targets, ranges and shards as typed")
struct PlanTargetTests {
    @Test(
        "targets parse with either operator, spaces and percentages",
        arguments: [
            ("served_share>=0.95", "served_share", PlanTarget.Comparison.atLeast, 0.95),
            (" wait_p95 <= 600 ", "wait_p95", .atMost, 600),
            ("accepted_share>=90%", "accepted_share", .atLeast, 0.9),
            ("detour_p95=<2.5", "detour_p95", .atMost, 2.5)
        ])
    func targetsParse(text: String, kpi: String, comparison: PlanTarget.Comparison, value: Double) throws {
        let t = try PlanTarget.parse(text)
        #expect(t.kpi == kpi && t.comparison == comparison && abs(t.value - value) < 1e-12)
    }

    @Test("an unknown KPI suggests the nearest names")
    func unknownKPISuggests() {
        let error = #expect(throws: PlanInputError.self) { try PlanTarget.parse("wait_p59<=600") }
        #expect(
            error?.message.contains("did you mean 'wait_p50'") == true || error?.message.contains("'wait_p95'") == true)
        #expect(error?.fix.contains("served_share_servable") == true)
    }

    @Test("the worst seed is the minimum for >= and the maximum for <=; an undefined seed misses")
    func judging() throws {
        let atLeast = try PlanTarget.parse("served_share>=0.5"), atMost = try PlanTarget.parse("wait_p95<=600")
        #expect(PlanJudge.worst.judge([0.6, 0.4, 0.7], for: atLeast) == 0.4)
        #expect(PlanJudge.worst.judge([500, 650, 550], for: atMost) == 650)
        #expect(PlanJudge.mean.judge([0.4, 0.6], for: atLeast) == 0.5)
        #expect(PlanJudge.worst.judge([0.6, nil], for: atLeast) == nil)
        #expect(!atLeast.meets(nil))
    }

    @Test("ranges, grids and shards", arguments: ["10...400", "10..400", "10-400"])
    func rangesParse(text: String) throws {
        #expect(try PlanStudy.parseRange(text) == 10...400)
    }

    @Test("shards split a grid into disjoint parts that cover it")
    func shardsCoverTheGrid() throws {
        let grid = try PlanStudy.parseGrid("75, 50,100,50")
        #expect(grid == [50, 75, 100])
        let parts = (1...4).map { PlanShardFile.assignment(grid: grid, seeds: [1, 2], index: $0, count: 4) }
        let all = parts.flatMap { $0 }.map { "\($0.fleet)/\($0.seed)" }
        #expect(all.count == 6 && Set(all).count == 6)
    }
}
