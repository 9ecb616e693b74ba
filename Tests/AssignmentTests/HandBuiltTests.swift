import Testing

@testable import Assignment

/// Small problems whose answers were worked out by hand.
@Suite("Assignment on hand-built problems")
struct HandBuiltTests {
    static let solvers: [any AssignmentSolver] = [
        CbcAssignmentSolver(nodeLimit: 1000, timeLimitSeconds: 60), BruteForceAssignmentSolver()
    ]

    /// Two vehicles, three requests, request 2 promised to vehicle 1; penalty 1000. Start: 0 + 50 + 2 × 1000.
    /// Columns 2 + 3 serve everyone for 300, but 1 + 4 do for 220; 2 + 4 serve request 1 twice; 2 + 5 drop
    /// the promise.
    static let twoVehicles = AssignmentProblem(
        vehicleCount: 2, requestCount: 3,
        columns: [
            AssignmentColumn(vehicle: 0, requests: [], cost: 0),
            AssignmentColumn(vehicle: 0, requests: [0], cost: 100),
            AssignmentColumn(vehicle: 0, requests: [0, 1], cost: 250),
            AssignmentColumn(vehicle: 1, requests: [2], cost: 50),
            AssignmentColumn(vehicle: 1, requests: [1, 2], cost: 120),
            AssignmentColumn(vehicle: 1, requests: [], cost: 0)
        ],
        mustServe: [false, false, true], unservedPenalty: 1000, initial: [0, 3])

    @Test("both solvers find the worked-out optimum 220 (columns 1 and 4)")
    func workedExample() {
        #expect(Self.twoVehicles.objective(of: Self.twoVehicles.initial) == 2050)
        for solver in Self.solvers {
            #expect(
                solver.solve(Self.twoVehicles) == AssignmentSolution(chosen: [1, 4], objective: 220, status: .optimal))
        }
    }

    @Test("a penalty below the columns' extra cost leaves requests out, promised ones excepted")
    func cheapPenaltyLeavesOut() {
        var problem = Self.twoVehicles
        problem.unservedPenalty = 10  // 0 + 50 + 2 × 10 = 70 beats every column that serves more
        for solver in Self.solvers {
            #expect(solver.solve(problem) == AssignmentSolution(chosen: [0, 3], objective: 70, status: .optimal))
        }
    }

    /// Both requests promised; every other column is cheaper, but each combination of them serves a request
    /// twice or drops one, and vehicle 1 has no empty column.
    @Test("when the start is the only feasible answer, it is the answer")
    func onlyTheStartIsFeasible() {
        let problem = AssignmentProblem(
            vehicleCount: 2, requestCount: 2,
            columns: [
                AssignmentColumn(vehicle: 0, requests: [0], cost: 100),
                AssignmentColumn(vehicle: 0, requests: [], cost: 0),
                AssignmentColumn(vehicle: 0, requests: [0, 1], cost: 1),
                AssignmentColumn(vehicle: 1, requests: [0], cost: 0),
                AssignmentColumn(vehicle: 1, requests: [1], cost: 100)
            ],
            mustServe: [true, true], unservedPenalty: 0, initial: [0, 4])
        #expect(BruteForceAssignmentSolver.optima(of: problem).count == 1)
        for solver in Self.solvers {
            #expect(solver.solve(problem) == AssignmentSolution(chosen: [0, 4], objective: 200, status: .optimal))
        }
    }

    @Test("no vehicles: every optional request left out, without asking CBC")
    func noVehicles() {
        let problem = AssignmentProblem(
            vehicleCount: 0, requestCount: 3, columns: [], mustServe: [false, false, false], unservedPenalty: 7,
            initial: [])
        for solver in Self.solvers {
            #expect(solver.solve(problem) == AssignmentSolution(chosen: [], objective: 21, status: .optimal))
        }
    }

    @Test("the program CBC sees: a row per vehicle and per request, a slack per optional request, the start")
    func program() {
        let program = SetPartitioningProgram(assignment: Self.twoVehicles)
        #expect(program.rowCount == 5)
        #expect(program.rows == [[0], [0, 2], [0, 2, 3], [1, 4], [1, 3, 4], [1], [2], [3]])
        #expect(program.costs == [0, 100, 250, 50, 120, 0, 1000, 1000])
        #expect(program.start == [true, false, false, true, false, false, true, true])
    }
}
