/// A solver's answer: one column per vehicle, its objective, and how the solver stopped.
public struct AssignmentSolution: Hashable, Sendable {
    /// How the answer was reached.
    public enum Status: Hashable, Sendable {
        /// Proven optimal.
        case optimal
        /// The best answer found within the node limit (the same on every machine).
        case nodeLimit
        /// The best answer found when the time limit, the safety net, was hit (machine-dependent).
        case timeLimit
        /// The solver failed, or answered something infeasible or costlier: `chosen` is the problem's `initial`.
        case fallback
    }

    /// The index in the problem's `columns` of each vehicle's chosen column.
    public var chosen: [Int]
    /// The chosen columns' costs plus the penalty for each optional request left out, added in integers.
    public var objective: Int64
    public var status: Status

    public init(chosen: [Int], objective: Int64, status: Status) {
        self.chosen = chosen
        self.objective = objective
        self.status = status
    }
}
