/// The engine's mutable state of fleet operations: batteries, chargers, who is off duty, and what
/// the rebalancing policy has seen. Empty arrays when the run has no operations.
struct OperationsState {
    /// Per vehicle: its battery, if electric (read per arrival without copying the vehicle's spec).
    let batteries: [Battery?]
    /// Per vehicle: Wh in the battery now (after its last arrival or charge); 0 for vehicles without one.
    var soc: [Double]
    /// Per vehicle: back at the depot after its shift (or on its way there), taking no rides.
    var offDuty: [Bool]
    /// Per vehicle: the depot whose charger it is at or queued for, and its plug (-1: none).
    var chargingDepot: [Int32]
    var plug: [Int32]
    /// Per vehicle: when it was plugged in (its battery then held `soc`).
    var pluggedAt: [SimTime]
    /// Per depot: which vehicle holds each plug (-1: free), when each session ends, and the FIFO queue.
    var plugHolders: [[Int32]]
    var sessionEnds: [[SimTime]]
    var queues: [[Int32]]
    /// Shared nearest-charger look-up of every electric plan.
    let reach: ChargerReach
    /// Pickup places of the requests made since the last rebalancing (the `recent` estimate).
    var recentPickups: [PlaceID] = []
    /// The next request the `profile` estimate has not looked at.
    var profileCursor = 0

    init(setup: SimulationSetup) {
        let n = setup.vehicles.count
        batteries = setup.vehicles.map(\.type.battery)
        soc = batteries.map { $0.map { $0.initialSoc * $0.capacityWh } ?? 0 }
        offDuty = Array(repeating: false, count: n)
        chargingDepot = Array(repeating: -1, count: n)
        plug = Array(repeating: -1, count: n)
        pluggedAt = Array(repeating: .zero, count: n)
        let ops = setup.operations
        plugHolders = ops.depots.map { Array(repeating: -1, count: $0.chargers?.plugs ?? 0) }
        sessionEnds = ops.depots.map { Array(repeating: .zero, count: $0.chargers?.plugs ?? 0) }
        queues = ops.depots.map { _ in [] }
        reach = ChargerReach(chargerPlaces: ops.chargerPlaces)
    }
}
