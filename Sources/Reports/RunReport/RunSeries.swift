import Simulation

/// A run's activity per 15 minutes, gathered from the event stream for `report.html`: requests and
/// their outcomes by the time they happened, and the fleet's in-shift, busy and driving time.
///
/// Busy follows `vehicles.csv`'s `busy_s` (driving, or serving at a stop), clipped to the shift.
/// Memory: a few counters per 15 minutes and one open stop visit per vehicle.
public final class RunSeries {
    /// Bin width in seconds.
    public static let binSeconds = 900

    /// Per bin, by event time: requests made, requests that received offers, orders, rejections at
    /// dispatch, orders refused at the call, drop-offs, no-offers.
    public private(set) var requests: [Int] = []
    public private(set) var offered: [Int] = []
    public private(set) var ordered: [Int] = []
    public private(set) var rejected: [Int] = []
    public private(set) var orderRefused: [Int] = []
    public private(set) var fulfilled: [Int] = []
    public private(set) var noOffer: [Int] = []
    /// Per bin, vehicle-milliseconds: in shift, busy (driving or serving), driving, and riders × driving.
    public private(set) var inShiftMs: [Int64] = []
    public private(set) var busyMs: [Int64] = []
    public private(set) var drivingMs: [Int64] = []
    public private(set) var riderDrivingMs: [Int64] = []
    /// Where vehicles broke down, in event order.
    public private(set) var breakdownPlaces: [GeoPoint] = []

    private struct Visit {
        var arrival: SimTime
        var occupied: Bool
        var firstService: SimTime?
        var lastService: SimTime?
    }
    private var shifts: [(start: SimTime, end: SimTime)] = []
    private var visits: [Visit?] = []

    public init() {}

    /// Number of bins with data.
    public var binCount: Int { max(requests.count, inShiftMs.count) }

    /// - Complexity: O(1) per event, plus O(bins spanned) for intervals.
    public func record(_ event: SimEvent) {
        let t = event.time
        switch event.kind {
        case .runStarted(let h):
            shifts = h.vehicles.map { ($0.shiftStart, $0.shiftEnd) }
            visits = Array(repeating: nil, count: h.vehicles.count)
            for s in shifts { TimeBins.add(&inShiftMs, from: s.start, to: s.end) }
        case .vehicleReady(let v, _): withVisit(v) { $0 = Visit(arrival: t, occupied: false) }
        case .requested: TimeBins.count(&requests, t)
        case .offered: TimeBins.count(&offered, t)
        case .noOffer: TimeBins.count(&noOffer, t)
        case .ordered: TimeBins.count(&ordered, t)
        case .rejected: TimeBins.count(&rejected, t)
        case .orderRefused: TimeBins.count(&orderRefused, t)
        case .vehicleBrokeDown(_, let at): breakdownPlaces.append(at.point)
        case .droppedOff(_, let v, _): TimeBins.count(&fulfilled, t); served(v, t)
        case .pickedUp(_, let v, _), .noShow(_, let v, _): served(v, t)
        case .vehicleArrived(let v, _, let occupancy, _, let drive):
            let start = t - drive
            TimeBins.add(&drivingMs, from: start, to: t)
            if !occupancy.isEmpty { TimeBins.add(&riderDrivingMs, from: start, to: t, weight: Int64(occupancy.riders)) }
            busy(v, from: start, to: t)
            withVisit(v) { $0 = Visit(arrival: t, occupied: !occupancy.isEmpty) }
        case .vehicleDeparted(let v, _, let occupancy):
            guard Int(v) < visits.count, let visit = visits[Int(v)] else { return }
            if let start = visit.occupied ? visit.arrival : visit.firstService {
                busy(v, from: start, to: occupancy.isEmpty ? (visit.lastService ?? start) : t)
            }
            visits[Int(v)] = nil
        case .declined, .accepted, .cancelled, .cancelRefused, .reassigned, .readyForBoardingAuthentication,
            .boardingAuthenticated, .terminated, .vehicleRepaired, .accountCreated, .operation, .assigned, .reoptimised:
            break
        case .runEnded:
            for v in visits.indices {
                if let visit = visits[v], let start = visit.occupied ? visit.arrival : visit.firstService {
                    busy(Int32(v), from: start, to: visit.lastService ?? start)
                }
                visits[v] = nil
            }
        }
    }

    private func served(_ v: Int32, _ t: SimTime) {
        withVisit(v) {
            if $0 == nil { $0 = Visit(arrival: t, occupied: false) }
            if $0?.firstService == nil { $0?.firstService = t }
            $0?.lastService = t
        }
    }

    private func withVisit(_ v: Int32, _ body: (inout Visit?) -> Void) {
        guard v >= 0, Int(v) < visits.count else { return }
        body(&visits[Int(v)])
    }

    private func busy(_ v: Int32, from a: SimTime, to b: SimTime) {
        guard v >= 0, Int(v) < shifts.count else { return }
        let s = shifts[Int(v)]
        TimeBins.add(&busyMs, from: SimTime(ms: max(a.ms, s.start.ms)), to: SimTime(ms: min(b.ms, s.end.ms)))
    }
}
