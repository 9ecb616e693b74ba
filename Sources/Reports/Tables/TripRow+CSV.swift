import Simulation

extension TripRow {
    /// `trips.csv` columns in order. A contract: columns are never renamed, only appended.
    public static let csvColumns = [
        "trip_id", "customer_id", "request_time_s", "service_class", "loads", "approach_speed",
        "origin_lat", "origin_lon", "destination_lat", "destination_lon", "pickup_stop_id", "dropoff_stop_id",
        "walk_to_pickup_s", "walk_from_dropoff_s", "offered_pickup_earliest_s", "offered_pickup_latest_s",
        "offered_dropoff_latest_s", "final_state", "reason", "vehicle_id", "order_time_s", "accepted_time_s",
        "pickup_time_s", "dropoff_time_s", "direct_time_s", "ride_time_s", "wait_s", "shared",
        "max_ride_s", "price_cents", "visual_impairment", "offers",
        "customer_flags", "decision_time_s", "boarding_auth_ready_s", "boarding_auth_completed_s", "reassignments"
    ]

    /// The columns appended when the run has corporate accounts (`RunTables.accounts`); a run without
    /// any writes `csvColumns` alone, as before the customer extension.
    public static let accountColumns = ["account_id", "department_id", "attributed_km"]

    /// The columns appended when the run has prebooked trips (`RunTables.hasPrebooking`), after the
    /// account columns if any; a run without writes neither.
    public static let prebookingColumns = ["prebooked", "lead_time_s", "assigned_time_s", "dispatch_reason"]

    /// The row's fields as text, in `csvColumns` order.
    public var csvFields: [String] {
        func t(_ v: SimTime?) -> String { v.map(NumberFormat.seconds) ?? "" }
        return [
            tripID, customerID, NumberFormat.seconds(requestTime), serviceClass ?? "", loads, approachSpeed,
            NumberFormat.coordinate(origin.lat), NumberFormat.coordinate(origin.lon),
            NumberFormat.coordinate(destination.lat), NumberFormat.coordinate(destination.lon),
            pickupStopID ?? "", dropoffStopID ?? "", t(walkToPickup), t(walkFromDropoff),
            t(offeredPickupEarliest), t(offeredPickupLatest), t(offeredDropoffLatest),
            finalState, reason, vehicleID ?? "", t(orderTime), t(acceptedTime), t(pickupTime), t(dropoffTime),
            t(directTime), t(rideTime), t(wait), shared.map { $0 ? "1" : "0" } ?? "",
            t(maxRide), priceCents.map { String($0) } ?? "", visualImpairment ? "1" : "0", String(offers),
            customerFlags.joined(separator: ";"), t(decisionTime), t(authenticationReadyTime),
            t(authenticationCompletedTime), String(reassignments)
        ]
    }

    /// `accountColumns`' fields.
    public var accountFields: [String] {
        [
            account?.accountID ?? "", account?.departmentID ?? "",
            NumberFormat.fixed(attributedMetres / 1000, decimals: 3)
        ]
    }

    /// `prebookingColumns`' fields.
    public var prebookingFields: [String] {
        [
            prebooked ? "1" : "0", leadTime.map(NumberFormat.seconds) ?? "",
            assignedTime.map(NumberFormat.seconds) ?? "", dispatchReason ?? ""
        ]
    }
}
