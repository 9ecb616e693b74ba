extension Summary {
    /// `summary.json`: fixed key order, two-space indentation, trailing newline.
    ///
    /// Seconds have 3 decimals, kilometres 3, shares and ratios 4; undefined values are `null`.
    public var json: String {
        var j = JSONBuffer(pretty: true, capacity: 4096)
        func groups(_ k: String, _ list: [Group]) {
            j.key(k); j.openObject()
            for g in list {
                j.key(g.name); j.openObject()
                j.field("requests", int: g.requests); j.field("fulfilled", int: g.fulfilled)
                j.field("served_share", fixed: g.servedShare, 4)
                j.field("wait_s", stat: g.wait, [.mean, .p95], 3)
                j.closeObject()
            }
            j.closeObject()
        }
        j.openObject()
        j.field("requests", int: requests)
        j.field("offers", int: offers); j.field("offers_total", int: offersTotal)
        j.field("ordered", int: ordered)
        j.field("accepted", int: accepted)
        j.field("fulfilled", int: fulfilled)
        j.reasons("no_offer", noOffer)
        j.field("rejected", int: rejected)
        j.reasons("declined", declined)
        j.reasons("order_refused", orderRefused)
        j.key("cancelled"); j.openObject()
        j.field("customer", int: cancelledByCustomer); j.field("integrator", int: cancelledByIntegrator)
        j.closeObject()
        j.field("no_shows", int: noShows)
        j.field("unfinished", int: unfinished)
        j.field("served_share", fixed: servedShare, 4)
        j.field("wait_s", stat: wait, [.mean, .p50, .p95, .max], 3)
        j.field("ride_time_s", stat: rideTime, [.mean], 3)
        j.field("detour_factor", stat: detourFactor, [.mean, .p95], 4)
        j.field("walk_s", stat: walk, [.mean], 3)
        j.field("pooling_share", fixed: poolingShare, 4)
        j.field("occupancy_mean", fixed: occupancyMean, 4)
        j.key("vehicle_km"); j.openObject()
        j.field("total", fixed: vehicleMetres / 1000, 3); j.field("empty", fixed: vehicleMetresEmpty / 1000, 3)
        j.closeObject()
        j.field("fleet_utilisation", fixed: fleetUtilisation, 4)
        groups("per_service_class", perServiceClass)
        groups("per_load_type", perLoadType)
        if !perCustomerFlag.isEmpty { groups("per_customer_flag", perCustomerFlag) }
        j.field("rejected_share", fixed: rejectedShare, 4)
        j.field("dispatch_latency_s", stat: dispatchLatency, [.mean, .p50, .p95], 3)
        j.key("terminated"); j.openObject()
        j.field("total", int: terminated); j.field("on_board", int: terminatedOnBoard)
        j.field("before_pickup", int: terminatedBeforePickup)
        j.closeObject()
        j.key("reassigned"); j.openObject()
        j.field("trips", int: reassignedTrips); j.field("moves", int: reassignments)
        j.closeObject()
        j.key("breakdowns"); j.openObject()
        j.field("count", int: breakdowns); j.field("vehicle_hours_out_of_service", fixed: outOfServiceSeconds / 3600, 3)
        j.closeObject()
        j.key("boarding_authentication"); j.openObject()
        j.field("authenticated", int: authentication.count)
        j.field("duration_s", stat: authentication, [.mean, .p95], 3)
        j.field("no_shows", int: authenticationNoShows)
        j.closeObject()
        if !perAccount.isEmpty {
            j.key("per_account"); j.openObject()
            for a in perAccount {
                j.key(a.id); j.openObject()
                j.field("name", a.name)
                j.field("requests", int: a.requests); j.field("fulfilled", int: a.fulfilled)
                j.field("fares_cents", int: a.fareCents)
                j.field("vehicle_km", fixed: a.attributedMetres / 1000, 3)
                j.closeObject()
            }
            j.closeObject()
        }
        prebooking?.write(to: &j)
        reoptimisation?.write(to: &j)
        operations?.write(to: &j)
        j.closeObject()
        j.raw("\n")
        return j.text
    }
}

extension Summary.Stat {
    /// A value of a sample that `summary.json` shows, under its own name as the key.
    enum Part: String {
        case mean, p50, p95, max
    }

    func value(_ part: Part) -> Double? {
        switch part {
        case .mean: mean
        case .p50: p50
        case .p95: p95
        case .max: max
        }
    }
}

extension JSONBuffer {
    /// Writes `"k": {…}`: `parts` of `stat` in the order given, `decimals` places each (`null` when undefined).
    mutating func field(_ k: String, stat: Summary.Stat, _ parts: [Summary.Stat.Part], _ decimals: Int) {
        key(k); openObject()
        for p in parts { field(p.rawValue, fixed: stat.value(p), decimals) }
        closeObject()
    }

    /// Writes `"k": {…}`: one count per reason, in the list's order.
    mutating func reasons(_ k: String, _ list: [Summary.ReasonCount]) {
        key(k); openObject()
        for r in list { field(r.reason, int: r.count) }
        closeObject()
    }
}
