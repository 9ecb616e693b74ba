import Simulation

/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, no network) about one run:
/// headline KPIs, a map, the day in 15-minute steps, and distributions per service class and load type.
///
/// A pure function of the run's header, tables and 15-minute series, and of the service area's rings
/// (passed in as plain coordinates: Reports never sees GEOS). The same run gives the same bytes.
public struct RunReport {
    public var header: RunHeader
    public var tables: RunTables
    public var series: RunSeries
    /// The service area's rings in WGS84 (exteriors and holes).
    public var serviceArea: [[GeoPoint]]
    /// Fleet operations over the day; nil unless the run has operations.
    public var operations: OperationsSeries?

    public init(
        header: RunHeader, tables: RunTables, series: RunSeries, serviceArea: [[GeoPoint]],
        operations: OperationsSeries? = nil
    ) {
        self.header = header; self.tables = tables; self.series = series; self.serviceArea = serviceArea
        self.operations = operations
    }

    /// Section anchors, in page order (the tests check that each is present); runs with fleet
    /// operations have an `operations` section after `day`, runs with prebooking or re-optimisation a
    /// `dispatch` section after that, runs with corporate accounts an `accounts` section after `outcomes`.
    public static let sections = ["kpis", "map", "day", "distributions", "outcomes", "about"]

    /// The whole page.
    /// - Complexity: O(t log t + e) for t trips and e grid cells and events binned.
    public var html: String {
        let s = tables.summary
        var page = HTMLPage(
            title: "ridepool run report: \(header.scenario)",
            subtitle:
                "seed \(header.seed) · \(HTMLText.count(s.requests)) requests · \(HTMLText.count(header.vehicles.count)) vehicles · "
                + "\(HTMLText.count(header.stops.count)) stops · travel model \(header.travelModel.kind)")
        page.section(id: "kpis", heading: "Headline KPIs", kpiSection())
        page.section(id: "map", heading: "Map", mapSection())
        page.section(id: "day", heading: "Over the day (15-minute steps)", daySection())
        if let operations, let totals = s.operations {
            page.section(id: "operations", heading: "Fleet operations", operationsSection(operations, totals))
        }
        if s.prebooking != nil || s.reoptimisation != nil {
            page.section(id: "dispatch", heading: "Dispatch: prebooking and re-optimisation", dispatchSection())
        }
        page.section(
            id: "distributions", heading: "Distributions per service class and load type", distributionSection())
        page.section(id: "outcomes", heading: "Request outcomes", outcomeSection())
        if !tables.accounts.isEmpty {
            page.section(id: "accounts", heading: "Corporate accounts", accountSection())
        }
        page.section(id: "about", heading: "About this report", aboutSection())
        return page.html
    }

    private func kpiSection() -> String {
        let s = tables.summary
        let kmPerTrip = s.fulfilled > 0 ? s.vehicleMetres / 1000 / Double(s.fulfilled) : nil
        let emptyShare = s.vehicleMetres > 0 ? s.vehicleMetresEmpty / s.vehicleMetres : nil
        var servable = 0, accepted = 0
        for t in tables.trips {
            if t.isServable { servable += 1 }
            if t.acceptedTime != nil { accepted += 1 }
        }
        let cancelled = s.cancelledByCustomer + s.cancelledByIntegrator
        func min(_ x: Double?) -> String { x.map { HTMLText.number($0 / 60, 1) + " min" } ?? "–" }
        let tiles: [(String, String)] = [
            ("served share (fulfilled ÷ requests)", HTMLText.percent(s.servedShare)),
            (
                "accepted ÷ servable requests",
                HTMLText.percent(servable > 0 ? Double(accepted) / Double(servable) : nil)
            ),
            ("wait p50 / p95", "\(min(s.wait.p50)) / \(min(s.wait.p95))"),
            (
                "detour factor mean / p95",
                "\(HTMLText.number(s.detourFactor.mean, 2)) / \(HTMLText.number(s.detourFactor.p95, 2))"
            ),
            ("pooling share (fulfilled trips shared)", HTMLText.percent(s.poolingShare)),
            ("occupancy (passenger-km ÷ vehicle-km)", HTMLText.number(s.occupancyMean, 2)),
            ("vehicle-km per served trip", HTMLText.number(kmPerTrip, 2) + " km"),
            ("empty share of vehicle-km", HTMLText.percent(emptyShare)),
            ("no-shows", "\(HTMLText.count(s.noShows)) (\(HTMLText.percent(share(s.noShows, s.ordered))) of orders)"),
            (
                "cancellations (customer + integrator)",
                "\(HTMLText.count(cancelled)) (\(HTMLText.percent(share(cancelled, s.ordered))) of orders)"
            ),
            ("fleet utilisation (busy ÷ shift time)", HTMLText.percent(s.fleetUtilisation)),
            (
                "vehicle-km total / empty",
                "\(HTMLText.number(s.vehicleMetres / 1000, 0)) / \(HTMLText.number(s.vehicleMetresEmpty / 1000, 0)) km"
            ),
            (
                "rejected at dispatch",
                "\(HTMLText.count(s.rejected)) (\(HTMLText.percent(s.rejectedShare)) of orders)"
            ),
            (
                "dispatch latency p50 / p95 (order → decision)",
                "\(sec(s.dispatchLatency.p50, 1)) / \(sec(s.dispatchLatency.p95, 1))"
            ),
            (
                "terminated rides (on board / before pickup)",
                "\(HTMLText.count(s.terminated)) (\(HTMLText.count(s.terminatedOnBoard)) / \(HTMLText.count(s.terminatedBeforePickup)))"
            )
        ]
        var html = "<div class=\"kpis\">"
        for (k, v) in tiles {
            html +=
                "<div class=\"kpi\"><div class=\"v\">\(HTMLText.escape(v))</div><div class=\"k\">\(HTMLText.escape(k))</div></div>"
        }
        html += "</div>"
        let rows: [[String]] = [
            [
                "wait (desired departure → pickup, walk included)", sec(s.wait.mean), sec(s.wait.p50), sec(s.wait.p95),
                sec(s.wait.max)
            ],
            ["ride time", sec(s.rideTime.mean), "", "", ""],
            ["walk (to pickup + from drop-off)", sec(s.walk.mean), "", "", ""],
            [
                "detour factor (ride ÷ direct time)", HTMLText.number(s.detourFactor.mean, 2), "",
                HTMLText.number(s.detourFactor.p95, 2), ""
            ]
        ]
        html += HTMLPage.table(["fulfilled trips", "mean", "p50", "p95", "max"], rows)
        html += HTMLPage.table(
            ["dispatch and boarding", "count", "mean", "p50", "p95", "max"],
            [
                ("dispatch latency (order → accept or reject), decided orders", s.dispatchLatency),
                ("boarding authentication (vehicle ready → rider authenticated)", s.authentication)
            ].map { name, stat in
                [name, HTMLText.count(stat.count)] + [stat.mean, stat.p50, stat.p95, stat.max].map { sec($0, 1) }
            })
        return html
            + "<p class=\"note\">Times in seconds unless marked. Servable requests: all but those without offer because "
            + "of the service design (outside the area, no stop within walking reach, trip too short, a load no vehicle type carries); "
            + "their count does not depend on the fleet.</p>"
    }

    private func outcomeSection() -> String {
        let s = tables.summary
        var rows: [[String]] = [
            ["requests", HTMLText.count(s.requests), "100 %"],
            ["received offers", HTMLText.count(s.offers), pct(s.offers)]
        ]
        for r in s.noOffer where r.count > 0 {
            rows.append(["no offer: \(HTMLText.escape(r.reason))", HTMLText.count(r.count), pct(r.count)])
        }
        for r in s.declined where r.count > 0 {
            rows.append(["declined: \(HTMLText.escape(r.reason))", HTMLText.count(r.count), pct(r.count)])
        }
        for r in s.orderRefused where r.count > 0 {
            rows.append(["order refused: \(HTMLText.escape(r.reason))", HTMLText.count(r.count), pct(r.count)])
        }
        rows += [
            ["ordered", HTMLText.count(s.ordered), pct(s.ordered)],
            ["rejected at dispatch", HTMLText.count(s.rejected), pct(s.rejected)],
            ["accepted", HTMLText.count(s.accepted), pct(s.accepted)],
            ["cancelled by the customer", HTMLText.count(s.cancelledByCustomer), pct(s.cancelledByCustomer)],
            ["cancelled by the integrator", HTMLText.count(s.cancelledByIntegrator), pct(s.cancelledByIntegrator)],
            ["no-shows", HTMLText.count(s.noShows), pct(s.noShows)],
            [
                s.prebooking == nil
                    ? "terminated (vehicle breakdown)" : "terminated (vehicle breakdown, prebooking unassignable)",
                HTMLText.count(s.terminated), pct(s.terminated)
            ],
            ["unfinished at the end of the run", HTMLText.count(s.unfinished), pct(s.unfinished)],
            ["fulfilled", HTMLText.count(s.fulfilled), pct(s.fulfilled)]
        ]
        var html = HTMLPage.table(["outcome", "requests", "share of requests"], rows)
        html += "<h3>Breakdowns and what they did to trips</h3>"
        html += HTMLPage.table(
            ["incident", "count"],
            [
                ["vehicle breakdowns", HTMLText.count(s.breakdowns)],
                [
                    "vehicle-hours out of service (breakdown → repair, within shifts)",
                    HTMLText.number(s.outOfServiceSeconds / 3600, 2) + " h"
                ],
                [
                    "trips re-dispatched to another vehicle (moves)",
                    "\(HTMLText.count(s.reassignedTrips)) (\(HTMLText.count(s.reassignments)))"
                ],
                ["trips terminated with the rider on board (ride cut)", HTMLText.count(s.terminatedOnBoard)],
                [
                    "trips terminated before pickup (no other vehicle kept the promise)",
                    HTMLText.count(s.terminatedBeforePickup)
                ],
                ["no-shows at boarding authentication", HTMLText.count(s.authenticationNoShows)]
            ])
        let groups = s.perServiceClass.map { ("class " + $0.name, $0) } + s.perLoadType.map { ("load " + $0.name, $0) }
        html += "<h3>Per service class (ordered trips) and load type (requests)</h3>"
        html += HTMLPage.table(
            ["group", "requests", "fulfilled", "served share"],
            groups.map {
                [
                    HTMLText.escape($0.0), HTMLText.count($0.1.requests), HTMLText.count($0.1.fulfilled),
                    HTMLText.percent($0.1.servedShare)
                ]
            })
        return html
    }

    private func aboutSection() -> String {
        """
        <ul>
        <li>Every figure is computed from this run's event log (<code>events.jsonl</code>) and tables (<code>trips.csv</code>, \
        <code>vehicles.csv</code>, <code>summary.json</code>); definitions are in <code>results/README.md</code>.</li>
        <li>Percentiles are nearest-rank. Boxes span the 25th–75th percentile, whiskers the 5th–95th; the black line is the median, the red dot the mean.</li>
        <li>The map is north-up (equirectangular around its centre, equal metres in both directions); the grey frame is the service area's envelope plus 4 %.</li>
        </ul>
        """
    }

    func share(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }
    private func pct(_ n: Int) -> String { HTMLText.percent(share(n, tables.summary.requests)) }
    private func sec(_ x: Double?, _ decimals: Int = 0) -> String {
        x.map { HTMLText.number($0, decimals) + " s" } ?? "–"
    }
}
