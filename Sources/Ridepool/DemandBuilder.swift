import Geometry
import Scenario
import Simulation

/// Turns the scenario's demand (a replayed CSV, a Poisson process, or both) into sorted requests.
///
/// Every random draw comes from the run's `demand` and `loads` streams, per request, so that the
/// same seed gives the same requests whatever else changes.
package struct DemandBuilder {
    let spec: ScenarioSpec
    let area: ServiceArea
    let streams: RandomStreams

    package init(spec: ScenarioSpec, area: ServiceArea, streams: RandomStreams) {
        self.spec = spec; self.area = area; self.streams = streams
    }

    package func requests() throws -> [TripRequest] {
        var all: [TripRequest] = []
        if let path = spec.demand.replayPath { all += try replayed(DemandFile.read(path: path)) }
        if let rates = spec.demand.hourlyRates { all += poisson(rates) }
        all = all.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        return all.filter { $0.time >= spec.start && $0.time < spec.end }
    }

    /// Replayed rows, thinned or multiplied by the demand scale (copies get `#k` ids, 1 s apart).
    private func replayed(_ rows: [DemandRow]) -> [TripRequest] {
        var out: [TripRequest] = []
        let scale = spec.demand.scale
        for (i, row) in rows.enumerated() {
            var g = streams.stream(.demand, index: UInt64(i))
            let copies = Int(scale) + (g.unit() < scale - Double(Int(scale)) ? 1 : 0)
            for k in 0..<copies {
                let id = k == 0 ? row.id : "\(row.id)#\(k)"
                var request = TripRequest(
                    id: id, customerID: row.customerID ?? id, time: row.time + .seconds(Double(k)),
                    origin: row.origin, destination: row.destination)
                riderTraits(
                    &request, index: UInt64(i) << 8 | UInt64(k & 0xFF), loads: row.loads,
                    speed: row.approachSpeed, visualImpairment: row.visualImpairment)
                out.append(request)
            }
        }
        return out
    }

    /// Poisson arrivals hour by hour at `rates × scale`, origins and destinations uniform in the area.
    private func poisson(_ rates: [Double]) -> [TripRequest] {
        var out: [TripRequest] = []
        var g = streams.stream(.demand, index: UInt64.max)
        var hour = Int(spec.start.ms / 3_600_000)
        while SimTime.hours(Double(hour)) < spec.end {
            let rate = rates[hour % 24] * spec.demand.scale
            var t = SimTime.hours(Double(hour))
            let hourEnd = SimTime.hours(Double(hour + 1))
            while rate > 0 {
                let gap = g.exponential(mean: 3600 / rate)
                // A gap of an hour or more ends the hour: stop before converting it (a tiny rate's gap overflows).
                guard gap < 3600 else { break }
                t += .seconds(gap)
                guard t < hourEnd else { break }
                let id = "p\(out.count)"
                var request = TripRequest(
                    id: id, customerID: id, time: t,
                    origin: area.randomPoint(using: &g), destination: area.randomPoint(using: &g))
                riderTraits(
                    &request, index: UInt64(1) << 40 | UInt64(out.count), loads: nil, speed: nil, visualImpairment: nil)
                out.append(request)
            }
            hour += 1
        }
        return out
    }

    /// Fills in what the demand row does not say from the scenario's mixes.
    private func riderTraits(
        _ r: inout TripRequest, index: UInt64, loads: [Load]?, speed: ApproachSpeed?,
        visualImpairment: Bool?
    ) {
        var g = streams.stream(.loads, index: index)
        let mix = spec.demand.loadMix
        let drawnLoads = mix[g.pick(weights: mix.map(\.weight))].loads
        let speeds = ApproachSpeed.allCases
        let drawnSpeed = speeds[g.pick(weights: speeds.map { spec.demand.approachSpeedMix[$0] ?? 0 })]
        let drawnVI = g.unit() < spec.demand.visualImpairmentShare
        r.loads = loads ?? drawnLoads
        r.approachSpeed = speed ?? drawnSpeed
        r.visualImpairment = visualImpairment ?? drawnVI
    }
}
