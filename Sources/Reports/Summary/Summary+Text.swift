extension Summary {
    /// The main KPIs as an aligned two-column text table for the terminal.
    public func kpiTable() -> String {
        func pct(_ v: Double?) -> String { v.map { NumberFormat.fixed($0 * 100, decimals: 1) + " %" } ?? "–" }
        func sec(_ v: Double?) -> String { v.map { NumberFormat.fixed($0, decimals: 1) + " s" } ?? "–" }
        func num(_ v: Double?, _ d: Int) -> String { v.map { NumberFormat.fixed($0, decimals: d) } ?? "–" }
        var rows: [(String, String)] = [
            ("requests", String(requests)),
            ("offered (requests / offers)", "\(offers) / \(offersTotal)"),
            ("no offer", String(noOffer.reduce(0) { $0 + $1.count })),
            ("declined", String(declined.reduce(0) { $0 + $1.count })),
            ("ordered", String(ordered)),
            ("accepted", String(accepted)),
            ("rejected", String(rejected)),
            ("cancelled (customer / integrator)", "\(cancelledByCustomer) / \(cancelledByIntegrator)"),
            ("no-shows", String(noShows)),
            ("unfinished", String(unfinished)),
            ("fulfilled", String(fulfilled)),
            ("served share", pct(servedShare)),
            (
                "wait mean / p50 / p95 / max",
                [wait.mean, wait.p50, wait.p95, wait.max].map(sec).joined(separator: " / ")
            ),
            ("ride time mean", sec(rideTime.mean)),
            ("detour factor mean / p95", "\(num(detourFactor.mean, 2)) / \(num(detourFactor.p95, 2))"),
            ("walk mean", sec(walk.mean)),
            ("pooling share", pct(poolingShare)),
            ("occupancy mean (pkm / vkm)", num(occupancyMean, 2)),
            ("vehicle km (total / empty)", "\(num(vehicleMetres / 1000, 1)) / \(num(vehicleMetresEmpty / 1000, 1))"),
            ("fleet utilisation", pct(fleetUtilisation)),
            ("rejected at dispatch (share of orders)", "\(rejected) (\(pct(rejectedShare)))"),
            (
                "dispatch latency mean / p50 / p95",
                [dispatchLatency.mean, dispatchLatency.p50, dispatchLatency.p95].map(sec).joined(separator: " / ")
            ),
            (
                "terminated (on board / before pickup)",
                "\(terminated) (\(terminatedOnBoard) / \(terminatedBeforePickup))"
            ),
            ("re-dispatched (trips / moves)", "\(reassignedTrips) / \(reassignments)"),
            ("breakdowns (vehicle-hours out of service)", "\(breakdowns) (\(num(outOfServiceSeconds / 3600, 2)) h)"),
            ("boarding authentication mean / p95", "\(sec(authentication.mean)) / \(sec(authentication.p95))"),
            ("authentication no-shows", String(authenticationNoShows))
        ]
        if let o = operations {
            rows.append(
                (
                    "empty km: " + DrivePurpose.allCases.map { $0.key }.joined(separator: " / "),
                    DrivePurpose.allCases.map { num(o.metresByPurpose[$0.rawValue] / 1000, 1) }.joined(separator: " / ")
                ))
            rows += [
                ("energy used (kWh)", num(o.energyWh.map { $0 / 1000 }, 1)),
                (
                    "charging sessions (kWh charged, queued)",
                    "\(o.chargingSessions) (\(num(o.chargedWh / 1000, 1)), \(o.queueEvents))"
                ),
                ("breaks taken / scheduled", "\(o.breaksTaken) / \(o.breaksScheduled)"),
                ("vehicles with overtime (minutes)", "\(o.overtimeVehicles) (\(num(o.overtimeSeconds / 60, 1)))"),
                ("lowest state of charge", pct(o.lowestCharge?.share))
            ]
        }
        if let p = prebooking {
            rows += [
                (
                    "prebooked: requests / accepted / rejected",
                    "\(p.requests) / \(p.accepted) / \(p.rejected.reduce(0) { $0 + $1.count })"
                ),
                (
                    "prebooked: assigned / unassignable / fulfilled",
                    "\(p.assigned) / \(p.unassignable) (\(pct(p.unassignableShare))) / \(p.fulfilled) (\(pct(p.fulfilledShare)))"
                ),
                (
                    "prebooked: lead time mean / p50 / p95",
                    [p.leadTime.mean, p.leadTime.p50, p.leadTime.p95].map { num($0, 2) + " h" }
                        .joined(separator: " / ")
                )
            ]
        }
        if let r = reoptimisation {
            rows += [
                (
                    "re-optimisation rounds (\(r.method?.rawValue ?? "–"))",
                    "\(r.rounds)" + (r.mayDifferBetweenMachines ? " (\(r.timeLimitedRounds) time-limited)" : "")
                ),
                (
                    "re-optimisation: reassigned / resequenced / held placed",
                    "\(r.reassigned) / \(r.resequenced) / \(r.placedHeld)"
                ),
                (
                    "re-optimisation saved (planned vehicle-km / drive h)",
                    "\(num(r.metresSaved / 1000, 1)) / \(num(r.driveSaved.seconds / 3600, 2))"
                )
            ]
        }
        for g in perServiceClass {
            rows.append(
                ("class \(g.name): fulfilled / requests", "\(g.fulfilled) / \(g.requests) (\(pct(g.servedShare)))"))
        }
        let width = rows.map { $0.0.count }.max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }
            .joined(separator: "\n") + "\n"
    }
}
