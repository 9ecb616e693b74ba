import Simulation

/// Plugs in use at each depot over the run: the peak (and when it was first reached), the
/// time-weighted mean, and plug-milliseconds per 15-minute bin for the report.
struct ChargerLedger {
    struct Depot {
        let id: String
        /// 0 for a depot without chargers.
        let plugs: Int
        var inUse = 0
        var since: SimTime
        var peak = 0
        var peakAt: SimTime?
        var plugMs: Int64 = 0
        var bins: [Int64] = []
    }

    private(set) var depots: [Depot] = []
    private var start = SimTime.zero

    init() {}

    init(depots: [Simulation.Depot], at t: SimTime) {
        start = t
        self.depots = depots.map { Depot(id: $0.id, plugs: $0.chargers?.plugs ?? 0, since: t) }
    }

    /// `delta` plugs at depot `d` were taken (+1) or freed (−1) at `t`.
    mutating func change(_ d: Int32, by delta: Int, at t: SimTime) {
        guard d >= 0, Int(d) < depots.count else { return }
        advance(Int(d), to: t)
        depots[Int(d)].inUse += delta
        if depots[Int(d)].inUse > depots[Int(d)].peak {
            depots[Int(d)].peak = depots[Int(d)].inUse; depots[Int(d)].peakAt = t
        }
    }

    /// Counts every depot's plugs in use up to `t` (the end of the run).
    mutating func finish(at t: SimTime) { for d in depots.indices { advance(d, to: t) } }

    /// Depots with chargers (header order): peak and mean plugs in use over [run start, `end`].
    func use(until end: SimTime) -> [Summary.ChargerUse] {
        let span = end.ms - start.ms
        return depots.filter { $0.plugs > 0 }.map {
            Summary.ChargerUse(
                depotID: $0.id, plugs: $0.plugs, peak: $0.peak, peakAt: $0.peakAt,
                meanInUse: span > 0 ? Double($0.plugMs) / Double(span) : nil)
        }
    }

    private mutating func advance(_ d: Int, to t: SimTime) {
        let inUse = depots[d].inUse, since = depots[d].since
        if inUse > 0 && t > since {
            depots[d].plugMs += Int64(inUse) * (t.ms - since.ms)
            TimeBins.add(&depots[d].bins, from: since, to: t, weight: Int64(inUse))
        }
        depots[d].since = t
    }
}
