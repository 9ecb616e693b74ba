import Simulation

/// A scenario's fleet operations (`operations`): depots with their chargers, where breaks are
/// taken, when electric vehicles charge, and how idle vehicles are rebalanced. The values of the
/// engine's `OperationsSetup` except the depots' places in the travel model (the run resolves
/// those), plus where each depot was read, so that later checks can name its file and row.
///
/// Empty by default: no depots, rebalancing `none`, and the run is that of a scenario without it.
public struct OperationsSpec: Hashable, Sendable {
    /// Absolute path of the depots CSV (see `DepotsFile`), if any.
    public var depotsPath: String?
    /// The depots in file order; a vehicle's `depot` is an index into this list.
    public var depots: [Depot]
    /// Each depot's CSV line (same order as `depots`; the header is line 1).
    public var depotLines: [Int]
    public var breakPlace: BreakPlace
    public var charging: ChargingStrategy
    public var rebalancing: RebalancingRules
    /// Absolute path of a zones GeoJSON for `minCostFlow` (one zone per feature); `nil`: square zones.
    public var zonesPath: String?

    public init(
        depotsPath: String? = nil, depots: [Depot] = [], depotLines: [Int] = [], breakPlace: BreakPlace = .depot,
        charging: ChargingStrategy = ChargingStrategy(), rebalancing: RebalancingRules = RebalancingRules(),
        zonesPath: String? = nil
    ) {
        self.zonesPath = zonesPath
        self.depotsPath = depotsPath; self.depots = depots; self.depotLines = depotLines
        self.breakPlace = breakPlace; self.charging = charging; self.rebalancing = rebalancing
    }

    /// Whether nothing differs from the default (no depots, no rebalancing): the scenario has no
    /// `operations` section worth writing out.
    public var isEmpty: Bool { self == OperationsSpec() }

    /// Whether any depot has chargers.
    public var hasChargers: Bool { depots.contains { $0.chargers != nil } }

    /// The index of the depot with id `id`, if any.
    public func depotIndex(of id: String) -> Int? { depots.firstIndex { $0.id == id } }

    /// The engine's operations, with each depot's place in the travel model (same order as `depots`).
    public func setup(depotPlaces: [PlaceID]) -> OperationsSetup {
        precondition(depotPlaces.count == depots.count, "one place per depot")
        var setup = OperationsSetup()
        setup.depots = depots; setup.depotPlaces = depotPlaces; setup.breakPlace = breakPlace
        setup.charging = charging; setup.rebalancing = rebalancing
        return setup
    }
}
