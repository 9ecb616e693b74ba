import Testing

@testable import Assignment

/// `CbcAssignmentSolver.judge` on answers CBC could give: each broken one must yield the start, `.fallback`.
@Suite("CBC's answers judged")
struct FallbackTests {
    static let problem = HandBuiltTests.twoVehicles
    static let start = AssignmentSolution(chosen: [0, 3], objective: 2050, status: .fallback)

    /// Values for the program's 8 variables (6 columns, 2 slacks) with the given columns at 1.
    static func values(_ ones: [Int], slacks: [Double] = [0, 0]) -> [Double] {
        (0..<6).map { ones.contains($0) ? 1 : 0 } + slacks
    }

    static func judge(_ values: [Double]?, _ stop: CbcAnswer.Stop = .optimal) -> AssignmentSolution {
        CbcAssignmentSolver.judge(CbcAnswer(values: values, stop: stop), of: problem)
    }

    @Test("a good answer is taken with its status, its objective added from the columns")
    func goodAnswer() {
        #expect(Self.judge(Self.values([1, 4])) == AssignmentSolution(chosen: [1, 4], objective: 220, status: .optimal))
        #expect(
            Self.judge(Self.values([2, 3]), .nodeLimit)
                == AssignmentSolution(chosen: [2, 3], objective: 300, status: .nodeLimit))
        #expect(Self.judge(Self.values([1, 4]), .timeLimit).status == .timeLimit)
        // Values within CBC's integrality tolerance still read as 0 and 1.
        let fuzzy = [0.0000001, 0.9999999, 0, 1e-9, 1, 0, 0, 0]
        #expect(Self.judge(fuzzy) == AssignmentSolution(chosen: [1, 4], objective: 220, status: .optimal))
        // The start itself is not worse than the start.
        #expect(
            Self.judge(Self.values([0, 3])) == AssignmentSolution(chosen: [0, 3], objective: 2050, status: .optimal))
    }

    @Test("an answer that costs the same as the start gives the start, with CBC's status")
    func tieWithTheStart() {
        var tied = Self.problem
        tied.columns[4].cost = 1050  // 0 + 4: 0 + 1050 + 1000 for request 0 = 2050, the start's objective
        let answer = CbcAnswer(values: Self.values([0, 4]), stop: .nodeLimit)
        #expect(tied.objective(of: [0, 4]) == 2050)
        #expect(
            CbcAssignmentSolver.judge(answer, of: tied)
                == AssignmentSolution(chosen: [0, 3], objective: 2050, status: .nodeLimit))
    }

    @Test("no solution, or a stop that is not a limit, falls back")
    func noSolution() {
        #expect(Self.judge(nil) == Self.start)
        #expect(Self.judge(nil, .nodeLimit) == Self.start)
        #expect(Self.judge(Self.values([1, 4]), .other(status: 2, secondaryStatus: -1)) == Self.start)
        #expect(Self.judge(Self.values([1, 4]), .other(status: 0, secondaryStatus: 1)) == Self.start)
        #expect(Self.judge([1, 0, 0]) == Self.start)  // too few values
    }

    @Test("an answer that breaks a constraint or costs more falls back")
    func brokenAnswers() {
        #expect(Self.judge(Self.values([0, 1, 3])) == Self.start)  // two columns for vehicle 0
        #expect(Self.judge(Self.values([3])) == Self.start)  // none for vehicle 0
        #expect(Self.judge(Self.values([2, 4])) == Self.start)  // request 1 twice
        #expect(Self.judge(Self.values([2, 5])) == Self.start)  // the promised request 2 dropped
        #expect(Self.judge(Self.values([0, 5])) == Self.start)  // also drops request 2
        var costly = Self.problem
        costly.columns[1].cost = 5000  // 1 + 3: 5000 + 50 + 1000 > 2050
        let answer = CbcAnswer(values: Self.values([1, 3]), stop: .optimal)
        #expect(CbcAssignmentSolver.judge(answer, of: costly) == Self.start)
    }
}
