import Testing

@testable import Assignment

/// Batch sizes of a city: CBC is held to feasibility, the start and repeatability, not to an optimum.
@Suite("CBC on large instances")
struct LargeInstanceTests {
    static let city = RandomProblems.city(seed: 17, vehicles: 60, requests: 150, columnsPerVehicle: 20)
    static let scattered = RandomProblems.scattered(seed: 3, vehicles: 60, requests: 150, columnsPerVehicle: 20)

    @Test("60 vehicles × 150 requests × ~20 columns: feasible, promises kept, better than the start, repeatable")
    func city() {
        let problem = Self.city
        let start = objective(problem.initial, of: problem)
        #expect(problem.columns.count >= 60 * 15 && problem.mustServe.count { $0 } >= 40, "an instance that size")
        let solver = CbcAssignmentSolver(nodeLimit: 200, timeLimitSeconds: 120)
        let first = solver.solve(problem)
        #expect(violations(first.chosen, of: problem).isEmpty, "\(violations(first.chosen, of: problem))")
        #expect(first.objective == objective(first.chosen, of: problem))
        // Every column that adds a request to a plan is worth a penalty (1e11) less a drive (< 2e7): the start
        // can be beaten by far.
        #expect(first.objective < start - 100_000_000_000, "\(first.objective) against the start's \(start)")
        #expect(first.status == .optimal || first.status == .nodeLimit, "\(first.status)")
        #expect(solver.solve(problem) == first, "the same problem, the same answer")
    }

    @Test("solves running at once give the answers of one at a time (CBC's solves are serialised)")
    func concurrentSolves() async {
        let solver = CbcAssignmentSolver(nodeLimit: 50, timeLimitSeconds: 120)
        let problems = (UInt64(1)...6).map {
            RandomProblems.city(seed: $0, vehicles: 30, requests: 70, columnsPerVehicle: 12)
        }
        let alone = problems.map { solver.solve($0) }
        let together = await withTaskGroup(of: (Int, AssignmentSolution).self) { group in
            for (i, problem) in problems.enumerated() { group.addTask { (i, solver.solve(problem)) } }
            var answers = [AssignmentSolution?](repeating: nil, count: problems.count)
            for await (i, answer) in group { answers[i] = answer }
            return answers
        }
        #expect(together == alone)
    }

    @Test("the node limit stops CBC on an instance its root cannot close; the answer is the best found")
    func nodeLimit() {
        let problem = Self.scattered
        let start = objective(problem.initial, of: problem)
        let rootOnly = CbcAssignmentSolver(nodeLimit: 0, timeLimitSeconds: 120).solve(problem)
        #expect(rootOnly.status == .nodeLimit)
        #expect(violations(rootOnly.chosen, of: problem).isEmpty && rootOnly.objective < start)
        let more = CbcAssignmentSolver(nodeLimit: 50, timeLimitSeconds: 120).solve(problem)
        #expect(more.status == .nodeLimit || more.status == .optimal)
        #expect(violations(more.chosen, of: problem).isEmpty && more.objective <= rootOnly.objective)
    }

    @Test("a time limit too short for the root stops CBC with `.timeLimit` and a feasible answer, never worse")
    func timeLimit() {
        let problem = Self.scattered
        let solution = CbcAssignmentSolver(nodeLimit: 1_000_000, timeLimitSeconds: 0.001).solve(problem)
        #expect(solution.status == .timeLimit)
        #expect(violations(solution.chosen, of: problem).isEmpty)
        #expect(solution.objective <= objective(problem.initial, of: problem))
    }
}
