extension Summary {
    /// `summary.json`: fixed key order, two-space indentation, trailing newline.
    ///
    /// Seconds have 3 decimals, kilometres 3, shares and ratios 4; undefined values are `null`.
    public var json: String {
        var j = JSONBuffer(pretty: true, capacity: 4096)
        func num(_ k: String, _ v: Double?, _ d: Int) { j.key(k); if let v { j.fixed(v, d) } else { j.null() } }
        func reasons(_ k: String, _ list: [ReasonCount]) {
            j.key(k); j.openObject()
            for r in list { j.field(r.reason, int: r.count) }
            j.closeObject()
        }
        func groups(_ k: String, _ list: [Group]) {
            j.key(k); j.openObject()
            for g in list {
                j.key(g.name); j.openObject()
                j.field("requests", int: g.requests); j.field("fulfilled", int: g.fulfilled)
                num("served_share", g.servedShare, 4)
                j.key("wait_s"); j.openObject(); num("mean", g.wait.mean, 3); num("p95", g.wait.p95, 3); j.closeObject()
                j.closeObject()
            }
            j.closeObject()
        }
        j.openObject()
        j.field("requests", int: requests)
        j.field("offers", int: offers)
        j.field("offers_total", int: offersTotal)
        j.field("ordered", int: ordered)
        j.field("accepted", int: accepted)
        j.field("fulfilled", int: fulfilled)
        reasons("no_offer", noOffer)
        j.field("rejected", int: rejected)
        reasons("declined", declined)
        reasons("order_refused", orderRefused)
        j.key("cancelled"); j.openObject()
        j.field("customer", int: cancelledByCustomer); j.field("integrator", int: cancelledByIntegrator)
        j.closeObject()
        j.field("no_shows", int: noShows)
        j.field("unfinished", int: unfinished)
        num("served_share", servedShare, 4)
        j.key("wait_s"); j.openObject()
        num("mean", wait.mean, 3); num("p50", wait.p50, 3); num("p95", wait.p95, 3); num("max", wait.max, 3)
        j.closeObject()
        j.key("ride_time_s"); j.openObject(); num("mean", rideTime.mean, 3); j.closeObject()
        j.key("detour_factor"); j.openObject()
        num("mean", detourFactor.mean, 4); num("p95", detourFactor.p95, 4)
        j.closeObject()
        j.key("walk_s"); j.openObject(); num("mean", walk.mean, 3); j.closeObject()
        num("pooling_share", poolingShare, 4)
        num("occupancy_mean", occupancyMean, 4)
        j.key("vehicle_km"); j.openObject()
        num("total", vehicleMetres / 1000, 3); num("empty", vehicleMetresEmpty / 1000, 3)
        j.closeObject()
        num("fleet_utilisation", fleetUtilisation, 4)
        groups("per_service_class", perServiceClass)
        groups("per_load_type", perLoadType)
        if !perCustomerFlag.isEmpty { groups("per_customer_flag", perCustomerFlag) }
        num("rejected_share", rejectedShare, 4)
        j.key("dispatch_latency_s"); j.openObject()
        num("mean", dispatchLatency.mean, 3); num("p50", dispatchLatency.p50, 3); num("p95", dispatchLatency.p95, 3)
        j.closeObject()
        j.key("terminated"); j.openObject()
        j.field("total", int: terminated); j.field("on_board", int: terminatedOnBoard)
        j.field("before_pickup", int: terminatedBeforePickup)
        j.closeObject()
        j.key("reassigned"); j.openObject()
        j.field("trips", int: reassignedTrips); j.field("moves", int: reassignments)
        j.closeObject()
        j.key("breakdowns"); j.openObject()
        j.field("count", int: breakdowns); num("vehicle_hours_out_of_service", outOfServiceSeconds / 3600, 3)
        j.closeObject()
        j.key("boarding_authentication"); j.openObject()
        j.field("authenticated", int: authentication.count)
        j.key("duration_s"); j.openObject()
        num("mean", authentication.mean, 3); num("p95", authentication.p95, 3)
        j.closeObject()
        j.field("no_shows", int: authenticationNoShows)
        j.closeObject()
        if !perAccount.isEmpty {
            j.key("per_account"); j.openObject()
            for a in perAccount {
                j.key(a.id); j.openObject()
                j.field("name", a.name)
                j.field("requests", int: a.requests); j.field("fulfilled", int: a.fulfilled)
                j.field("fares_cents", int: a.fareCents)
                num("vehicle_km", a.attributedMetres / 1000, 3)
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
