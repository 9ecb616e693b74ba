import Simulation

/// What a vehicle is doing at a moment, for the report's fleet-state chart (runs with operations).
///
/// One state at a time, the first that applies: off shift (before `vehicle_ready`, after `shift_end`;
/// a vehicle without depot also once idle past its shift's end), out of service (broken down),
/// charging (queued or plugged in, or driving to a charger), on break (or driving to it), to depot
/// (driving home at the shift's end), repositioning (rebalancing or returning), serving riders
/// (driving a service leg, to a pickup or with riders, or standing with riders on board), idle.
public enum FleetState: Int, CaseIterable, Hashable, Sendable {
    case serving, repositioning, charging, onBreak, toDepot, idle, outOfService, offShift
}

extension VehicleRecord {
    /// The vehicle's state now (runs with operations; `.idle` otherwise).
    var fleetState: FleetState {
        guard let ops = operations else { return .idle }
        if !ops.onShift { return .offShift }
        if brokenSince != nil { return .outOfService }
        if ops.charging != nil || ops.queuedSince != nil { return .charging }
        if ops.breakSince != nil { return .onBreak }
        if ops.driving, let leg = ops.leg {
            switch leg {
            case .toCharger: return .charging
            case .toBreak: return .onBreak
            case .toDepot: return .toDepot
            case .rebalancing, .returning: return .repositioning
            }
        }
        return ops.driving || !onBoard.isEmpty ? .serving : .idle
    }
}
