import Testing

@testable import Assignment

@Suite("CBC against brute force on small seeded instances")
struct CbcAgainstBruteForceTests {
    static let solver = CbcAssignmentSolver(nodeLimit: 100_000, timeLimitSeconds: 60)

    @Test(
        "the same optimum as enumeration over 1,000 seeded instances up to 4 vehicles × 6 requests; an optimal start kept"
    )
    func equalsBruteForce() {
        var unique = 0, improved = 0, startOptimal = 0, promised = 0, nearTies = 0
        for seed in UInt64(1)...1000 {
            let problem = RandomProblems.small(seed: seed)
            let reference = BruteForceAssignmentSolver.optima(of: problem)
            let solution = Self.solver.solve(problem)
            #expect(
                violations(solution.chosen, of: problem).isEmpty,
                "seed \(seed): \(violations(solution.chosen, of: problem))")
            #expect(solution.objective == objective(solution.chosen, of: problem), "seed \(seed): objective misadded")
            #expect(
                solution.objective == reference.objective,
                "seed \(seed): \(solution.objective) ≠ \(reference.objective)")
            #expect(solution.status == .optimal, "seed \(seed): \(solution.status)")
            if reference.count == 1 {
                unique += 1
                #expect(solution.chosen == reference.first, "seed \(seed): the one optimum")
            }
            if reference.objective < objective(problem.initial, of: problem) { improved += 1 }
            if reference.objective == objective(problem.initial, of: problem) {
                startOptimal += 1
                #expect(solution.chosen == problem.initial, "seed \(seed): an optimal start is kept")
            }
            if problem.mustServe.contains(true) { promised += 1 }
            if problem.unservedPenalty >= 99_999_999_997 && problem.columns.allSatisfy({ $0.cost >= 500_000_000 }) {
                nearTies += 1
            }
        }
        // Unless these are common, agreement proves little: a unique optimum (chosen compared, not only the
        // objective), an optimum better than the start, an optimal start (kept), promised requests, and
        // millisecond ties at 1e11. Seen: 929 unique, 700 improved, 300 optimal starts, 573 with promises,
        // 247 near ties.
        #expect(
            unique > 850 && improved > 650 && startOptimal > 250 && promised > 520 && nearTies > 220,
            "\(unique) unique, \(improved) improved, \(startOptimal) starts, \(promised) promised, \(nearTies) ties")
    }

    @Test("brute force agrees with the problem's own objective and with the independent check")
    func bruteForceIsConsistent() {
        for seed in UInt64(1001)...1300 {
            let problem = RandomProblems.small(seed: seed)
            let reference = BruteForceAssignmentSolver().solve(problem)
            #expect(violations(reference.chosen, of: problem).isEmpty, "seed \(seed)")
            #expect(problem.objective(of: reference.chosen) == reference.objective, "seed \(seed)")
            #expect(objective(reference.chosen, of: problem) == reference.objective, "seed \(seed)")
            #expect(reference.objective <= objective(problem.initial, of: problem), "seed \(seed)")
        }
    }
}
