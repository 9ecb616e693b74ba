/// The integer program of batch assignment (Alonso-Mora et al., PNAS 2017), given by its columns.
///
/// Choose one column per vehicle so that no request is served twice and every `mustServe` request is served;
/// minimise the chosen columns' costs plus `unservedPenalty` per optional request left out. The caller
/// builds the columns, so the invariants (see `checkInvariants`) are preconditions: breaking one is a bug
/// in the caller, not bad input.
public struct AssignmentProblem: Sendable {
    public var vehicleCount: Int
    public var requestCount: Int
    public var columns: [AssignmentColumn]
    /// Per request: true if it must be served by a chosen column (a promise already given), false if it may
    /// be left out at `unservedPenalty`.
    public var mustServe: [Bool]
    /// The cost of leaving one optional request out; at least 0. Larger than any column's cost makes serving
    /// more requests come first (the paper's c_ko).
    public var unservedPenalty: Int64
    /// A feasible answer to start from: the index in `columns` of each vehicle's current plan. Every vehicle
    /// has exactly one, and together they serve every `mustServe` request, so the program is never infeasible.
    public var initial: [Int]

    public init(
        vehicleCount: Int, requestCount: Int, columns: [AssignmentColumn], mustServe: [Bool],
        unservedPenalty: Int64, initial: [Int]
    ) {
        self.vehicleCount = vehicleCount
        self.requestCount = requestCount
        self.columns = columns
        self.mustServe = mustServe
        self.unservedPenalty = unservedPenalty
        self.initial = initial
    }
}
