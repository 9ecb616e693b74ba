/// One trip as the verifier replays it from the log: its state machine, written out independently
/// of the engine's `TripStateMachine`.
struct TripTrack {
    var id: String
    var demand: CapacityLedger.Counts
    /// `Requested`, `Offered`, `NoOffer`, `Declined`, `OrderRefused`, `Ordered`, `Accepted`,
    /// `ReadyForBoardingAuthentication`, `BoardingAuthenticationCompleted`, `PickedUp`, `Fulfilled`, `NotFulfilled`.
    var state = "Requested"
    var reason = ""
    var vehicle: String?
    var pickupMs: Int64?
    var dropoffMs: Int64?
    /// The rider authenticated at the vehicle now serving the trip.
    var authenticated = false
    /// When the vehicle now serving the trip was ready for boarding authentication at the pickup.
    var readyMs: Int64?
    /// Accepted as a prebooking (an `accept` without vehicle), or rejected for a `PREBOOKING_*` reason.
    var prebooked = false
    /// When the accepted prebooking was put into a vehicle's plan (`assign`).
    var assignedMs: Int64?
    var acceptedMs: Int64?

    var isTerminal: Bool { ["NoOffer", "Declined", "OrderRefused", "Fulfilled", "NotFulfilled"].contains(state) }
    /// An ordered trip still in progress (what `run_ended.unfinished` counts).
    var isOrderedUnfinished: Bool { state == "Ordered" || state == "PickedUp" || isAwaitingPickup }
    /// Accepted and not yet on board (the two boarding-authentication phases included).
    var isAwaitingPickup: Bool { TripTrack.awaitingPickup.contains(state) }
    static let awaitingPickup = ["Accepted", "ReadyForBoardingAuthentication", "BoardingAuthenticationCompleted"]

    /// An accepted prebooking still without a vehicle.
    var awaitsAssignment: Bool { prebooked && acceptedMs != nil && assignedMs == nil }

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
            if v == nil {
                acceptedMs = e.tMs
                // A prebooking is accepted with its promise alone: the vehicle comes with `assign`.
                if e.vehicle.isEmpty { prebooked = true } else { vehicle = e.vehicle }
            }
            return v
        case "assign":
            let problem: String? =
                if !prebooked || acceptedMs == nil {
                    vehicle.map { "it was accepted with vehicle \($0), not as a prebooking" } ?? "it was never accepted"
                } else if let at = assignedMs {
                    "it was assigned to vehicle \(vehicle ?? "-") at t=\(secondsText(at)) already"
                } else if state != "Accepted" {
                    "it is in state \(from)"
                } else {
                    nil
                }
            if let problem {
                return
                    "prebooking: trip \(id) at t=\(secondsText(e.tMs)): assign to vehicle \(e.vehicle), but \(problem)"
            }
            vehicle = e.vehicle; assignedMs = e.tMs
            return nil
        case "reject":
            let m = move(["Ordered"], to: "NotFulfilled", reason: "Rejected")
            if m == nil, e.string("reason").hasPrefix("PREBOOKING_") { prebooked = true }
            return m
        case "reassign":
            guard isAwaitingPickup, vehicle == e.string("from_vehicle_id") else {
                return illegal() + " (or not from vehicle \(vehicle ?? "-"))"
            }
            state = "Accepted"; vehicle = e.vehicle; authenticated = false; readyMs = nil
            return nil
        case "cancel":
            let r = e.string("actor") == "integrator" ? "CancelledAsIntegrator" : "CancelledAsCustomer"
            return move(["Ordered", "Accepted"], to: "NotFulfilled", reason: r)
        case "cancel_refused":
            return ["Ordered", "Accepted"].contains(state) ? illegal() : nil
        case "boarding_auth_ready":
            if let m = move(["Accepted"], to: "ReadyForBoardingAuthentication") { return m }
            readyMs = e.tMs
            return sameVehicle()
        case "boarding_auth_completed":
            if let m = move(["ReadyForBoardingAuthentication"], to: "BoardingAuthenticationCompleted") { return m }
            authenticated = true
            return sameVehicle()
        case "no_show":
            return move(TripTrack.awaitingPickup, to: "NotFulfilled", reason: "NoShow") ?? sameVehicle()
        case "pickup":
            if let m = move(["Accepted", "BoardingAuthenticationCompleted"], to: "PickedUp") { return m }
            pickupMs = e.tMs
            return sameVehicle()
        case "dropoff":
            if let m = move(["PickedUp"], to: "Fulfilled") { return m }
            dropoffMs = e.tMs
            return sameVehicle()
        case "terminate":
            // A terminate naming no vehicle ends a prebooking no vehicle could take (`prebooking:` judges it).
            return move(TripTrack.awaitingPickup + ["PickedUp"], to: "NotFulfilled", reason: "Terminated")
                ?? (e.vehicle.isEmpty ? nil : sameVehicle())
        default: return nil
        }
    }
}
