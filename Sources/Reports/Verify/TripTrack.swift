/// One trip as the verifier replays it from the log: its state machine, written out independently
/// of the engine's `TripStateMachine`.
struct TripTrack {
    var id: String
    var demand: CapacityLedger.Counts
    /// `Requested`, `Offered`, `NoOffer`, `Declined`, `OrderRefused`, `Ordered`, `Accepted`, `PickedUp`, `Fulfilled`, `NotFulfilled`.
    var state = "Requested"
    var reason = ""
    var vehicle: String?
    var pickupMs: Int64?
    var dropoffMs: Int64?

    var isTerminal: Bool { ["NoOffer", "Declined", "OrderRefused", "Fulfilled", "NotFulfilled"].contains(state) }
    /// An ordered trip still in progress (what `run_ended.unfinished` counts).
    var isOrderedUnfinished: Bool { ["Ordered", "Accepted", "PickedUp"].contains(state) }

    var stateText: String { reason.isEmpty ? state : "\(state)(\(reason))" }

    /// `final_state` and `reason` as trips.csv must have them.
    var expectedRow: (String, String) { isTerminal ? (state, reason) : (state, TripRow.unfinished) }

    /// Applies one trip event; returns a violation text when the event is illegal in the current
    /// state (the state is then left unchanged).
    mutating func apply(_ e: LogLine) -> String? {
        let from = stateText
        func illegal() -> String {
            "transition: trip \(id) at t=\(secondsText(e.tMs)): \(e.type) not allowed in state \(from)"
        }
        func move(_ allowed: [String], to s: String, reason r: String = "") -> String? {
            guard allowed.contains(state) else { return illegal() }
            state = s; reason = r
            return nil
        }
        func sameVehicle() -> String? {
            guard let v = vehicle, v != e.vehicle else { return nil }
            return
                "transition: trip \(id) at t=\(secondsText(e.tMs)): \(e.type) by vehicle \(e.vehicle), but the trip is with vehicle \(v)"
        }
        switch e.type {
        case "no_offer": return move(["Requested"], to: "NoOffer", reason: e.string("reason"))
        case "offers": return move(["Requested"], to: "Offered")
        case "decline": return move(["Offered"], to: "Declined", reason: e.string("reason"))
        // A refused order (FLEET_SATURATED, OFFER_EXPIRED, …) leaves the other offers orderable.
        case "order_refused": return move(["Offered", "OrderRefused"], to: "OrderRefused", reason: e.string("reason"))
        case "order": return move(["Offered", "OrderRefused"], to: "Ordered")
        case "accept":
            let v = move(["Ordered"], to: "Accepted")
            if v == nil { vehicle = e.vehicle }
            return v
        case "reject": return move(["Ordered"], to: "NotFulfilled", reason: "Rejected")
        case "cancel":
            let r = e.string("actor") == "integrator" ? "CancelledAsIntegrator" : "CancelledAsCustomer"
            return move(["Ordered", "Accepted"], to: "NotFulfilled", reason: r)
        case "cancel_refused":
            return ["Ordered", "Accepted"].contains(state) ? illegal() : nil
        case "no_show":
            if let m = move(["Accepted"], to: "NotFulfilled", reason: "NoShow") { return m }
            return sameVehicle()
        case "pickup":
            if let m = move(["Accepted"], to: "PickedUp") { return m }
            pickupMs = e.tMs
            return sameVehicle()
        case "dropoff":
            if let m = move(["PickedUp"], to: "Fulfilled") { return m }
            dropoffMs = e.tMs
            return sameVehicle()
        default: return nil
        }
    }
}
