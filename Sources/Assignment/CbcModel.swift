internal import CCbc
import Synchronization

/// One CBC model (`Cbc_newModel` / `Cbc_deleteModel`): loaded with one program, solved once, read, freed.
/// The only place that calls CBC.
///
/// `Cbc_solve` runs CBC's command line inside (`CbcMain1`, with `Cbc_setParameter`'s names and values as its
/// arguments), and that parser keeps its state in globals (`CbcOrClpRead_mode`, exported by Debian's
/// libCbcSolver, which is built without `CBC_THREAD_SAFE`). Two solves at once corrupt each other (seen: without
/// the lock, the tests' concurrent solves had CBC lose a parameter, which the check below trapped on), so every
/// model lives and dies under one process-wide lock: solves queue, one at a time.
///
/// CBC's C calls report no errors. Instead: the loaded sizes are read back; after the solve, the limits and
/// log level CBC parsed are read back (a misspelt name would only print "No match" and leave the default);
/// and `CbcAssignmentSolver` checks the solution itself. A mismatch traps: it is a bug or a different CBC.
final class CbcModel {
    private static let lock = Mutex(())
    private let handle: UnsafeMutableRawPointer
    private let variableCount: Int

    /// Solves `program` with CBC under the settings of `parameters(nodeLimit:timeLimitSeconds:)`.
    static func solve(_ program: SetPartitioningProgram, nodeLimit: Int, timeLimitSeconds: Double) -> CbcAnswer {
        lock.withLock { _ in
            let model = CbcModel(program)
            return model.solve(nodeLimit: nodeLimit, timeLimitSeconds: timeLimitSeconds)
        }
    }

    /// CBC's settings, as `cbc` command-line names (CBC 2.10's `CbcOrClpParam`); each chosen so that the same
    /// program gives the same answer on every run and machine, as far as the time limit allows:
    /// - `threads 0`: CBC's serial search; 1 or more starts worker threads whose order is not repeatable
    ///   (only 100 + n is, and it is slower).
    /// - `randomCbcSeed`, `randomSeed`: fixed seeds for CBC's heuristics and Clp's tie-breaking; 0 would
    ///   mean the time of day.
    /// - `log 0`, `slog 0`: no output from CBC or from Clp inside it.
    /// - `maxNodes`: the limit that is the same everywhere.
    /// - `timeMode elapsed`, `seconds`: wall-clock time, only a safety net; when it stops the search, the
    ///   answer depends on the machine.
    static func parameters(nodeLimit: Int, timeLimitSeconds: Double) -> [(name: String, value: String)] {
        [
            ("threads", "0"), ("randomCbcSeed", "1234567"), ("randomSeed", "1234567"), ("log", "0"),
            ("slog", "0"), ("maxNodes", String(nodeLimit)), ("timeMode", "elapsed"),
            ("seconds", String(timeLimitSeconds))
        ]
    }

    /// A new model holding `program`: binary variables, equality rows with right-hand side 1, the warm start.
    private init(_ program: SetPartitioningProgram) {
        guard let handle = Cbc_newModel() else { preconditionFailure("Cbc_newModel returned NULL") }
        self.handle = handle
        variableCount = program.costs.count
        let n = Int32(variableCount), m = Int32(program.rowCount)
        // The constraint matrix column by column (compressed sparse column), every coefficient 1.
        var starts: [CoinBigIndex] = [0]
        var rowIndices: [Int32] = []
        for rows in program.rows {
            rowIndices.append(contentsOf: rows.map { Int32($0) })
            starts.append(CoinBigIndex(rowIndices.count))
        }
        let coefficients = [Double](repeating: 1, count: rowIndices.count)
        let lower = [Double](repeating: 0, count: variableCount), upper = [Double](repeating: 1, count: variableCount)
        let rhs = [Double](repeating: 1, count: program.rowCount)  // each row's lower and upper bound: = 1
        // Exact: every cost is below 2^53 in magnitude (AssignmentProblem.checkInvariants).
        let objective = program.costs.map { Double($0) }
        Cbc_loadProblem(handle, n, m, starts, rowIndices, coefficients, lower, upper, objective, rhs, rhs)
        precondition(
            Cbc_getNumCols(handle) == n && Cbc_getNumRows(handle) == m
                && Cbc_getNumElements(handle) == Int32(rowIndices.count),
            "CBC did not load the program as given")
        for j in 0..<n { Cbc_setInteger(handle, j) }
        precondition(Cbc_getNumIntegers(handle) == n, "CBC did not take every variable as integer")
        Cbc_setObjSense(handle, 1)  // minimise
        // Every variable's value, not only the ones: CBC fixes the integers it is given and solves an LP for
        // the rest, which could leave a binary it was not told about fractional.
        Cbc_setMIPStartI(handle, n, Array(0..<n), program.start.map { $0 ? 1 : 0 })
    }

    deinit { Cbc_deleteModel(handle) }

    private func solve(nodeLimit: Int, timeLimitSeconds: Double) -> CbcAnswer {
        for (name, value) in Self.parameters(nodeLimit: nodeLimit, timeLimitSeconds: timeLimitSeconds) {
            Cbc_setParameter(handle, name, value)
        }
        _ = Cbc_solve(handle)  // returns Cbc_status, read below
        precondition(
            Cbc_getMaximumNodes(handle) == Int32(nodeLimit) && Cbc_getMaximumSeconds(handle) == timeLimitSeconds
                && Cbc_getLogLevel(handle) == 0,
            "CBC did not take the node limit, time limit or log level")
        precondition(Cbc_getNumCols(handle) == Int32(variableCount), "CBC changed the number of variables")
        let status = Cbc_status(handle), secondary = Cbc_secondaryStatus(handle)
        let stop: CbcAnswer.Stop =
            if Cbc_isProvenOptimal(handle) != 0 {
                .optimal
            } else if status == 1 && secondary == 3 {
                .nodeLimit
            } else if status == 1 && secondary == 4 {
                .timeLimit
            } else {
                .other(status: status, secondaryStatus: secondary)
            }
        // Cbc_bestSolution is NULL when CBC has no integer solution; Cbc_getColSolution has no such signal.
        guard let best = Cbc_bestSolution(handle) else { return CbcAnswer(values: nil, stop: stop) }
        return CbcAnswer(values: Array(UnsafeBufferPointer(start: best, count: variableCount)), stop: stop)
    }
}
