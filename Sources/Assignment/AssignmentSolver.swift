/// Solves batch assignment's integer program: `CbcAssignmentSolver`, and `BruteForceAssignmentSolver` as its
/// reference on tiny instances.
public protocol AssignmentSolver: Sendable {
    /// A feasible answer, never costlier than the problem's `initial`.
    func solve(_ problem: AssignmentProblem) -> AssignmentSolution
}
