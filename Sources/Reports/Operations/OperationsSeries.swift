import Simulation

/// Fleet operations over the day, per 15 minutes, for `report.html` (runs with operations): time in
/// each `FleetState`, electric vehicles per state-of-charge band, plugs in use per depot, and where
/// rebalancing legs went.
///
/// Fed by `RunAccumulator` with each vehicle's state after each of its events. Memory: a few
/// counters per 15 minutes and one open interval per vehicle.
public final class OperationsSeries {
    /// Upper bounds of the state-of-charge bands (<20 %, 20–50 %, 50–80 %, ≥80 %).
    public static let socBandLimits = [0.2, 0.5, 0.8]

    /// Per `FleetState`, per bin: vehicle-milliseconds.
    public private(set) var stateMs: [[Int64]] = FleetState.allCases.map { _ in [] }
    /// Per band, per bin: electric vehicle-milliseconds on shift in that band.
    public private(set) var socBandMs: [[Int64]] = Array(repeating: [], count: socBandLimits.count + 1)
    /// Plugs in use per depot (peaks, means, bins).
    private(set) var chargers = ChargerLedger()
    /// Rebalancing legs: where each started and the place it set out for.
    public private(set) var rebalancingFlows: [(from: GeoPoint, to: GeoPoint)] = []

    private struct Now {
        var state = FleetState.offShift
        var band: Int?
        var since: SimTime
        /// A vehicle without depot is off shift once idle past its shift's end.
        let idleUntil: SimTime?
    }
    private var vehicles: [Now] = []

    init(header: RunHeader, at t: SimTime) {
        chargers = ChargerLedger(depots: header.depots, at: t)
        vehicles = header.vehicles.map { Now(since: t, idleUntil: $0.depot == nil ? $0.shiftEnd : nil) }
    }

    /// Plug-milliseconds in use per bin at depot `d` (header order), and its plug count.
    public func plugsInUse(depot d: Int) -> (bins: [Int64], plugs: Int) {
        d < chargers.depots.count ? (chargers.depots[d].bins, chargers.depots[d].plugs) : ([], 0)
    }

    /// The state-of-charge band of `share`: 0 (<20 %) … 3 (≥80 %).
    public static func band(_ share: Double) -> Int { socBandLimits.firstIndex { share < $0 } ?? socBandLimits.count }

    /// Vehicle `v` is in `state` with `soc` (share; nil: no battery) from `t` on.
    func update(_ v: Int, at t: SimTime, state: FleetState, soc: Double?) {
        guard v >= 0, v < vehicles.count else { return }
        flush(v, to: t)
        vehicles[v].state = state
        vehicles[v].band = soc.map(Self.band)
    }

    func plug(_ depot: Int32, by delta: Int, at t: SimTime) { chargers.change(depot, by: delta, at: t) }

    func rebalancing(from: GeoPoint, to: GeoPoint) { rebalancingFlows.append((from, to)) }

    /// The run ended at `t`: every open interval counts up to it.
    func finish(at t: SimTime) {
        for v in vehicles.indices { flush(v, to: t) }
        chargers.finish(at: t)
    }

    private func flush(_ v: Int, to t: SimTime) {
        let now = vehicles[v]
        // Idle past the shift's end (a vehicle without depot) is off shift.
        var split = t
        if now.state == .idle, let end = now.idleUntil { split = min(max(end, now.since), t) }
        add(now.state, band: now.band, from: now.since, to: split)
        add(.offShift, band: now.band, from: split, to: t)
        vehicles[v].since = t
    }

    private func add(_ state: FleetState, band: Int?, from a: SimTime, to b: SimTime) {
        guard b > a else { return }
        TimeBins.add(&stateMs[state.rawValue], from: a, to: b)
        if let band, state != .offShift { TimeBins.add(&socBandMs[band], from: a, to: b) }
    }
}
