import Simulation

/// What the accumulator knows about one vehicle while the run goes on.
///
/// Busy time is driving (each leg's `driveTime`, ending at its arrival) plus serving at stops: a stop
/// visit is busy from the first pickup / drop-off / no-show there (or from arrival if riders are on
/// board) until departure if riders leave with the vehicle, else until the last service event.
/// Waiting empty for work is idle. Everything is clipped to the shift.
struct VehicleRecord {
    struct Visit {
        var arrival: SimTime
        var occupied: Bool
        var firstService: SimTime?
        var lastService: SimTime?
    }

    let spec: VehicleSpec
    /// Driven metres: all legs, those with nobody on board, and Σ metres × riders on board.
    var metresTotal = 0.0, metresEmpty = 0.0, passengerMetres = 0.0
    /// Stop visits (arrivals), and the pickups and drop-offs served there.
    var stops = 0, pickups = 0, dropoffs = 0
    var busyMs: Int64 = 0
    var breakdowns = 0
    /// Out of service after breakdowns, within the shift; `brokenSince` while broken down.
    var outOfServiceMs: Int64 = 0
    var brokenSince: SimTime?
    /// Request indices on board (pooling: `shared`).
    var onBoard: [Int32] = []
    var visit: Visit?
    /// Fleet operations (runs with operations only).
    var operations: OperationsRecord?

    init(spec: VehicleSpec, operations: Bool = false) {
        self.spec = spec
        if operations { self.operations = OperationsRecord(spec: spec) }
    }

    mutating func ready(at t: SimTime) {
        visit = Visit(arrival: t, occupied: false)
        operations?.onShift = true
    }

    mutating func arrived(at t: SimTime, occupancy: Occupancy, metres: Double, drive: SimTime) {
        metresTotal += metres
        if occupancy.isEmpty { metresEmpty += metres }
        passengerMetres += metres * Double(occupancy.riders)
        stops += 1
        addBusy(from: t - drive, to: t)
        visit = Visit(arrival: t, occupied: !occupancy.isEmpty)
        operations?.arrived(metres: metres, drive: drive, empty: occupancy.isEmpty)
    }

    mutating func served(at t: SimTime) {
        if visit == nil { visit = Visit(arrival: t, occupied: false) }
        if visit?.firstService == nil { visit?.firstService = t }
        visit?.lastService = t
    }

    mutating func departed(at t: SimTime, occupancy: Occupancy) {
        if let v = visit {
            let start = v.occupied ? v.arrival : v.firstService
            if let start { addBusy(from: start, to: occupancy.isEmpty ? (v.lastService ?? start) : t) }
        }
        visit = nil
    }

    mutating func brokeDown(at t: SimTime) {
        breakdowns += 1
        if brokenSince == nil { brokenSince = t }
    }

    /// Back in service at `t` (repaired, or the run ended): the time since the breakdown counts as out of service.
    mutating func backInService(at t: SimTime) {
        guard let since = brokenSince else { return }
        outOfServiceMs += withinShift(from: since, to: t)
        brokenSince = nil
    }

    /// The row, closing a visit still open at the end of the run.
    func row() -> VehicleRow {
        var r = self
        if let v = r.visit, let start = v.occupied ? v.arrival : v.firstService {
            r.addBusy(from: start, to: v.lastService ?? start)
        }
        return VehicleRow(
            vehicleID: spec.id, type: spec.type.name, seats: Int(spec.type.capacity.seats),
            wheelchairPlaces: Int(spec.type.capacity.wheelchairPlaces), shiftStart: spec.shiftStart,
            shiftEnd: spec.shiftEnd,
            metresTotal: metresTotal, metresEmpty: metresEmpty, passengerMetres: passengerMetres,
            stops: stops, pickups: pickups, dropoffs: dropoffs, busy: SimTime(ms: r.busyMs),
            breakdowns: breakdowns, outOfService: SimTime(ms: outOfServiceMs), operations: operations?.row)
    }

    private mutating func addBusy(from a: SimTime, to b: SimTime) { busyMs += withinShift(from: a, to: b) }

    /// Milliseconds of [a, b) inside the shift.
    private func withinShift(from a: SimTime, to b: SimTime) -> Int64 {
        max(0, min(b.ms, spec.shiftEnd.ms) - max(a.ms, spec.shiftStart.ms))
    }
}
