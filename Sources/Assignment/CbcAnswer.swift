/// What CBC answered for one program: its best solution, if it found one, and why it stopped.
///
/// Plain values, so that `CbcAssignmentSolver` can judge an answer (and the tests can hand it bad ones)
/// without CBC.
struct CbcAnswer: Sendable {
    enum Stop: Hashable, Sendable {
        /// Search finished with the solution proven optimal (`Cbc_isProvenOptimal`).
        case optimal
        /// Stopped on the node limit (`Cbc_status` 1, `Cbc_secondaryStatus` 3).
        case nodeLimit
        /// Stopped on the time limit (`Cbc_status` 1, `Cbc_secondaryStatus` 4).
        case timeLimit
        /// Anything else: proven infeasible, numerical trouble, an exception inside CBC; CBC's two codes.
        case other(status: Int32, secondaryStatus: Int32)
    }

    /// The best integer solution's value per variable, or nil if CBC has none.
    var values: [Double]?
    var stop: Stop
}
