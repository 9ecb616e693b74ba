import Foundation
import Simulation

extension ScenarioSpec {
    /// The fully resolved scenario as YAML: every default written out, paths as written in the
    /// scenario (relative to its folder). For `results/<run>/scenario.resolved.yaml`. Deterministic.
    public func resolvedYAML() -> String { resolvedYAML(pathsRelativeTo: nil) }

    /// As `resolvedYAML()`, but with every path written relative to `directory` (an absolute
    /// folder), so that the output loads again when saved there.
    public func resolvedYAML(pathsRelativeTo directory: String?) -> String {
        var w = YAMLWriter()
        w.comment("Resolved scenario: every default written out. Source: \(file)")
        w.line("schemaVersion", "1")
        w.line("name", q(name))
        w.line("description", q(description))
        w.line("seed", String(seed))
        if let workload {
            w.open("workload")
            w.line("requests", q(shown("workload.requests", workload.requestsPath, directory)))
            w.line("fleet", q(shown("workload.fleet", workload.fleetPath, directory)))
            w.line("secondsPerUnit", num(workload.secondsPerUnit)); w.close()
            writeDispatch(&w)
            return w.text
        }
        w.open("timeSpan")
        w.line("start", q(TimeOfDay.format(start))); w.line("end", q(TimeOfDay.format(end)))
        w.line("drainHours", num(drain.seconds / 3600)); w.close()
        w.line("serviceArea", q(shown("serviceArea", serviceAreaPath, directory)))
        if let stopsPath { w.line("stops", q(shown("stops", stopsPath, directory))) }
        w.line("doorToDoor", String(doorToDoor))
        writeTravel(&w, directory)
        w.open("walking")
        w.line("slowMps", num(walking.slow)); w.line("mediumMps", num(walking.medium))
        w.line("fastMps", num(walking.fast)); w.line("detourFactor", num(walking.detourFactor))
        w.line("maxWalkMinutes", num(walking.maxWalk.seconds / 60))
        w.line("maxWalkVisuallyImpairedMinutes", num(walking.maxWalkVisuallyImpaired.seconds / 60)); w.close()
        w.open("boarding")
        for (key, kp) in ScenarioParser.boardingKeys { w.line(key, num(boarding[keyPath: kp].seconds)) }
        w.close()
        writeOperations(&w, directory)
        writeFleet(&w, directory)
        writeDemand(&w, directory)
        writeRiders(&w)
        w.open("serviceClasses")
        for c in serviceClasses {
            let flags = "[" + c.requiredFlags.map(q).joined(separator: ", ") + "]"
            w.item([
                ("name", q(c.name)), ("maxWaitMinutes", num(c.maxWait.seconds / 60)),
                ("maxRideFactor", num(c.maxRideFactor)),
                ("maxRideConstantMinutes", num(c.maxRideConstant.seconds / 60)),
                ("baseFareCents", String(c.baseFare)), ("perKmCents", String(c.perKm)), ("requiredFlags", flags)
            ])
        }
        w.close()
        writeServiceRules(&w)
        w.open("matcher")
        w.line("maxStopCandidates", String(matcher.maxStopCandidates));
        w.line("alternatives", String(matcher.alternatives))
        w.line("offerLifetimeSeconds", num(matcher.offerLifetime.seconds))
        w.line("waitWeight", num(matcher.waitWeight)); w.line("rideWeight", num(matcher.rideWeight))
        w.line("minimumTripMetres", num(matcher.minimumTripMetres)); w.close()
        writeDispatch(&w)
        return w.text
    }

    private func writeServiceRules(_ w: inout YAMLWriter) {
        if rules.flags.isEmpty {
            w.line("customerFlags", "[]")
        } else {
            w.open("customerFlags")
            for f in rules.flags {
                var fields = [("name", q(f.name)), ("readOnly", String(f.readOnly))]
                switch f.effect {
                case .none: fields.append(("effect", "none"))
                case .priority(let weight): fields += [("effect", "priority"), ("waitWeight", num(weight))]
                case .defaultWheelchair: fields.append(("effect", "defaultWheelchair"))
                }
                fields.append(("share", num(rules.flagShares.first { $0.flag == f.name }?.share ?? 0)))
                w.item(fields)
            }
            w.close()
        }
        w.open("service")
        if let h = rules.serviceHours {
            w.line("hours", "{start: \(q(TimeOfDay.format(h.start))), end: \(q(TimeOfDay.format(h.end)))}")
        }
        w.line("bookingHorizonHours", num(rules.bookingHorizon.seconds / 3600))
        w.line("pastToleranceMinutes", num(rules.pastTolerance.seconds / 60))
        w.line(
            "dispatchLatencySeconds",
            "{min: \(num(dispatchLatency.min.seconds)), max: \(num(dispatchLatency.max.seconds))}")
        w.close()
        w.open("breakdowns")
        w.line("ratePerVehicleHour", num(breakdowns.ratePerVehicleHour))
        w.line("repairMinutes", num(breakdowns.repair.seconds / 60))
        if breakdowns.incidents.isEmpty {
            w.line("incidents", "[]")
        } else {
            w.open("incidents")
            for i in breakdowns.incidents {
                var fields = [("vehicle", q(i.vehicleID)), ("at", q(TimeOfDay.format(i.time)))]
                if let repair = i.repair { fields.append(("repairMinutes", num(repair.seconds / 60))) }
                w.item(fields)
            }
            w.close()
        }
        w.close()
        writeCustomers(&w)
    }

    private func writeCustomers(_ w: inout YAMLWriter) {
        let c = rules.customers
        w.open("customers")
        w.line("vipWaitWeight", num(c.vipWaitWeight)); w.line("vipShare", num(c.vipShare))
        w.line("defaultWheelchairShare", num(c.defaultWheelchairShare))
        w.line("defaultChildSeatShare", num(c.defaultChildSeatShare))
        w.line("defaultChildSeat", c.defaultChildSeat.rawValue)
        if c.accounts.isEmpty {
            w.line("accounts", "[]")
        } else {
            w.open("accounts")
            for a in c.accounts {
                let departments = "[" + a.departments.map(q).joined(separator: ", ") + "]"
                w.item([("name", q(a.name)), ("departments", departments), ("share", num(a.share))])
            }
            w.close()
        }
        w.close()
    }

    private func writeFleet(_ w: inout YAMLWriter, _ directory: String?) {
        w.open("fleet")
        w.open("vehicleTypes")
        for t in vehicleTypes {
            var fields = [
                ("name", q(t.name)), ("seats", String(t.capacity.seats)),
                ("wheelchairPlaces", String(t.capacity.wheelchairPlaces)),
                ("seatsFoldedPerWheelchair", String(t.capacity.seatsFoldedPerWheelchair)),
                (
                    "childSeats",
                    "{forwards: \(t.capacity.forwardsSeats), backwards: \(t.capacity.backwardsSeats), booster: \(t.capacity.boosterSeats)}"
                ),
                ("boardingAuthentication", String(t.boardingAuthentication))
            ]
            if let b = t.battery { fields.append(("battery", Self.batteryYAML(b))) }
            w.item(fields)
        }
        w.close()
        w.open("vehicles")
        for (i, g) in vehicleGroups.enumerated() {
            var pairs = [("type", q(vehicleTypes[g.typeIndex].name)), ("count", String(g.count))]
            if let p = g.startsPath {
                pairs.append(("startsFile", q(shown("fleet.vehicles[\(i)].startsFile", p, directory))))
            }
            if let s = g.start { pairs.append(("start", "{lat: \(num(s.lat)), lon: \(num(s.lon))}")) }
            pairs.append(("shift", Self.shiftYAML(g)))
            pairs.append(("idPrefix", q(g.idPrefix)))
            w.item(pairs)
        }
        w.close(); w.close()
    }

    private func writeDemand(_ w: inout YAMLWriter, _ directory: String?) {
        w.open("demand")
        if let p = demand.replayPath {
            w.open("replay"); w.line("file", q(shown("demand.replay.file", p, directory))); w.close()
        }
        if let rates = demand.hourlyRates {
            w.open("poisson"); w.line("requestsPerHour", "[" + rates.map(num).joined(separator: ", ") + "]"); w.close()
        }
        w.line("scale", num(demand.scale))
        w.open("loadMix")
        for e in demand.loadMix { w.item([("loads", q(e.loads.code)), ("weight", num(e.weight))]) }
        w.close()
        let speeds = ApproachSpeed.allCases.compactMap { s in
            demand.approachSpeedMix[s].map { "\(s.rawValue): \(num($0))" }
        }
        w.line("approachSpeedMix", "{" + speeds.joined(separator: ", ") + "}")
        w.line("visualImpairmentShare", num(demand.visualImpairmentShare))
        if let p = demand.prebooked { w.line("prebooked", Self.prebookedYAML(p)) }
        w.close()
    }

    private func writeRiders(_ w: inout YAMLWriter) {
        w.open("riders")
        w.line(
            "decisionDelaySeconds",
            "{min: \(num(riders.decisionDelayMin.seconds)), max: \(num(riders.decisionDelayMax.seconds))}")
        w.line(
            "waitToleranceMinutes",
            "{min: \(num(riders.waitToleranceMin.seconds / 60)), max: \(num(riders.waitToleranceMax.seconds / 60))}")
        w.line("customerCancelProbability", num(riders.customerCancelProbability))
        w.line("integratorCancelProbability", num(riders.integratorCancelProbability))
        w.line("noShowProbability", num(riders.noShowProbability))
        w.line("noShowWaitSeconds", num(noShowWait.seconds))
        w.line(
            "authenticationDelaySeconds",
            "{min: \(num(riders.authenticationDelayMin.seconds)), max: \(num(riders.authenticationDelayMax.seconds))}")
        w.close()
    }

    private func writeTravel(_ w: inout YAMLWriter, _ directory: String?) {
        w.open("travel")
        w.line("model", travel.model.rawValue); w.line("speedKmh", num(travel.speedKmh))
        w.line("detourFactor", num(travel.detourFactor))
        switch travel.network {
        case .csv(let nodes, let edges)?:
            w.open("network")
            w.line("nodes", q(shown("travel.network.nodes", nodes, directory)))
            w.line("edges", q(shown("travel.network.edges", edges, directory))); w.close()
        case .geoJSON(let p)?:
            w.open("network"); w.line("geojson", q(shown("travel.network.geojson", p, directory))); w.close()
        case .matsim(let p, let crs)?:
            w.open("network"); w.line("matsim", q(shown("travel.network.matsim", p, directory)))
            if let crs { w.line("crs", q(crs)) }
            w.close()
        case nil: break
        }
        w.line("maxSnapMetres", num(travel.maxSnapMetres))
        w.line("congestion", "[" + travel.congestion.map(num).joined(separator: ", ") + "]"); w.close()
    }

    /// The path to write: relative to `directory` when given, else as written in the scenario.
    func shown(_ field: String, _ absolute: String, _ directory: String?) -> String {
        if let directory { return YAMLWriter.relative(absolute, to: directory) }
        return pathsAsWritten[field] ?? absolute
    }
}

private func q(_ s: String) -> String { YAMLWriter.quote(s) }
private func num(_ x: Double) -> String { YAMLWriter.number(x) }
