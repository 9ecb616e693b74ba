import Simulation

extension RunReport {
    /// The operations totals of `summary.json` as tables: empty km by purpose, energy and charging,
    /// breaks and overtime, chargers per depot.
    func operationsTables(_ o: Summary.Operations) -> String {
        let names: [DrivePurpose: String] = [
            .toPickup: "to pickups (service legs driven empty)", .rebalancing: "rebalancing",
            .returning: "returning to the depot when idle", .toCharger: "to a charger",
            .toDepot: "to the depot at the shift's end", .toBreak: "to a break"
        ]
        var html = HTMLPage.table(
            ["empty drives by purpose", "km", "share of all vehicle-km"],
            DrivePurpose.allCases.map {
                [
                    names[$0] ?? $0.key, HTMLText.number(o.metresByPurpose[$0.rawValue] / 1000, 1),
                    HTMLText.percent(o.share($0))
                ]
            })
        let lowest = o.lowestCharge.map {
            "\(HTMLText.percent($0.share)) (\(HTMLText.number($0.wh / 1000, 2)) kWh, vehicle \(HTMLText.escape($0.vehicleID)))"
        }
        html += HTMLPage.table(
            ["energy, charging, breaks", "value"],
            [
                ["energy used by electric vehicles", HTMLText.number(o.energyWh.map { $0 / 1000 }, 1) + " kWh"],
                ["lowest state of charge", lowest ?? "–"],
                [
                    "charging sessions (energy charged, time plugged in)",
                    "\(HTMLText.count(o.chargingSessions)) (\(HTMLText.number(o.chargedWh / 1000, 1)) kWh, "
                        + "\(HTMLText.number(o.chargingSeconds / 3600, 2)) h)"
                ],
                [
                    "queued for a plug (total wait)",
                    "\(HTMLText.count(o.queueEvents)) (\(HTMLText.number(o.queueSeconds / 60, 1)) min)"
                ],
                [
                    "breaks taken / scheduled (total time)",
                    "\(HTMLText.count(o.breaksTaken)) / \(HTMLText.count(o.breaksScheduled)) "
                        + "(\(HTMLText.number(o.breakSeconds / 60, 0)) min)"
                ],
                [
                    "vehicles home after their shift's end (total overtime)",
                    "\(HTMLText.count(o.overtimeVehicles)) (\(HTMLText.number(o.overtimeSeconds / 60, 1)) min)"
                ]
            ])
        if !o.chargers.isEmpty {
            html += HTMLPage.table(
                ["depot", "plugs", "peak in use", "first at", "mean in use"],
                o.chargers.map {
                    [
                        HTMLText.escape($0.depotID), HTMLText.count($0.plugs), HTMLText.count($0.peak),
                        $0.peakAt.map { HTMLText.clock($0.seconds) } ?? "–", HTMLText.number($0.meanInUse, 2)
                    ]
                })
        }
        return html
    }
}
