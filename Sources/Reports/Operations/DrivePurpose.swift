import Simulation

/// Why a vehicle drove a leg without riders: to a pickup (a service leg driven empty), or one of the
/// fleet's operational activities (the leg after a `setOut`). Loaded legs have no purpose here: they
/// are `km_occupied`.
public enum DrivePurpose: Int, CaseIterable, Hashable, Sendable {
    case toPickup, rebalancing, returning, toCharger, toDepot, toBreak

    /// The purpose of a leg driven for `activity`.
    public init(_ activity: FleetActivity) {
        switch activity {
        case .rebalancing: self = .rebalancing
        case .returning: self = .returning
        case .toCharger: self = .toCharger
        case .toDepot: self = .toDepot
        case .toBreak: self = .toBreak
        }
    }

    /// The name in `vehicles.csv` (`km_<key>`) and `summary.json`.
    public var key: String {
        switch self {
        case .toPickup: "to_pickup"
        case .rebalancing: "rebalancing"
        case .returning: "returning"
        case .toCharger: "to_charger"
        case .toDepot: "to_depot"
        case .toBreak: "to_break"
        }
    }
}

extension RunHeader {
    /// Whether the run has fleet operations (depots or an electric vehicle): then `vehicles.csv`,
    /// `summary.json` and `report.html` carry their columns, keys and section; otherwise the outputs
    /// are exactly those of a run before fleet operations existed.
    public var hasOperations: Bool { !depots.isEmpty || vehicles.contains { $0.type.battery != nil } }
}
