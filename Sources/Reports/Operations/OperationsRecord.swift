import Simulation

/// What the accumulator knows about one vehicle's fleet operations while the run goes on (runs with
/// operations only): the leg being driven and its purpose, the state of charge, and the open charging,
/// queue and break intervals.
///
/// State of charge: `initialSoc × capacityWh` at the start; each arrival uses
/// `Battery.energy(metres:time:)` of its leg; a charging end sets it to the logged `socWh`.
struct OperationsRecord {
    let battery: Battery?
    var row = VehicleOperations()
    /// Between `vehicle_ready` (or `shift_start`) and `shift_end`.
    var onShift = false
    /// Driving a leg; `leg` its activity once its `setOut` came (nil: a service leg).
    var driving = false
    var leg: FleetActivity?
    /// Where the leg being driven started.
    var departedFrom: GeoPoint?
    var socWh: Double?
    var charging: (since: SimTime, socWh: Double)?
    var queuedSince: SimTime?
    var breakSince: SimTime?

    init(spec: VehicleSpec) {
        battery = spec.type.battery
        socWh = battery.map { $0.initialSoc * $0.capacityWh }
        row.capacityWh = battery?.capacityWh
        row.minSocWh = socWh
        row.breakScheduled = spec.shiftBreak != nil
    }

    /// The state of charge as a share of the capacity (nil: not an electric vehicle).
    var socShare: Double? {
        guard let socWh, let battery, battery.capacityWh > 0 else { return nil }
        return socWh / battery.capacityWh
    }

    mutating func departed(at t: SimTime, from place: GeoPoint) {
        endQueue(at: t)
        driving = true; leg = nil; departedFrom = place
    }

    /// The end of a leg: its metres count for its purpose (an operational activity, or to a pickup
    /// when a service leg arrives empty), its energy leaves the battery.
    mutating func arrived(metres: Double, drive: SimTime, empty: Bool) {
        if let purpose = leg.map(DrivePurpose.init) ?? (empty ? .toPickup : nil) {
            row.metresByPurpose[purpose.rawValue] += metres
        }
        if let battery, let soc = socWh {
            let used = battery.energy(metres: metres, time: drive)
            row.energyWh += used
            setSoc(soc - used)
        }
        driving = false; leg = nil
    }

    mutating func apply(_ op: FleetOperation, at t: SimTime) {
        switch op {
        case .setOut(let activity, _): leg = activity
        case .shiftStarted: onShift = true
        case .shiftEnded(_, let overtime):
            row.overtime += overtime
            onShift = false
        case .breakStarted:
            row.breaks += 1
            breakSince = breakSince ?? t
        case .breakEnded: endBreak(at: t)
        case .chargingQueued:
            row.queueEvents += 1
            queuedSince = queuedSince ?? t
        case .chargingAbandoned: endQueue(at: t)
        case .chargingStarted(_, _, let wh):
            endQueue(at: t)
            row.chargingSessions += 1
            charging = (t, wh)
        case .chargingEnded(_, _, let wh):
            guard let c = charging else { return }
            row.charging += t - c.since
            row.chargedWh += wh - c.socWh
            charging = nil
            if battery != nil { setSoc(wh) }
        }
    }

    /// The run ended at `t`: open charging, queue and break intervals count up to it.
    mutating func close(at t: SimTime) {
        if let c = charging { row.charging += t - c.since; charging = nil }
        endQueue(at: t)
        endBreak(at: t)
    }

    private mutating func setSoc(_ wh: Double) {
        socWh = wh
        row.minSocWh = min(row.minSocWh ?? wh, wh)
    }

    private mutating func endQueue(at t: SimTime) {
        guard let since = queuedSince else { return }
        row.queue += t - since
        queuedSince = nil
    }

    private mutating func endBreak(at t: SimTime) {
        guard let since = breakSince else { return }
        row.breakTime += t - since
        breakSince = nil
    }
}
