import Geometry
import Scenario
import Simulation

/// Turns the scenario's demand (a replayed CSV, a Poisson process, or both) into sorted requests.
///
/// A request's `time` is when it was booked, `desiredDeparture` when the rider wants to leave and
/// `arrival` when they must arrive (arrive-by rows). A request belongs to the run when it is due in
/// [start, end): its arrival for an arrive-by request, else its departure. Requests are ordered by
/// booking time, then departure, then file order (replayed rows first, then Poisson draws). Bookings
/// made before the simulated day's `start` (a negative `booking_time_s`, or a drawn lead reaching
/// back) reach the service at `start`, in the order they were made.
///
/// Every random draw comes from the run's `demand`, `loads` and `prebooking` streams, per request, so
/// that the same seed gives the same requests whatever else changes; without `demand.prebooked`
/// (or with share 0) and without `booking_time_s` the requests are exactly those of before
/// prebooking existed.
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
        all = all.enumerated().sorted {
            ($0.element.time, $0.element.desiredDeparture, $0.offset)
                < ($1.element.time, $1.element.desiredDeparture, $1.offset)
        }.map(\.element)
        return all.compactMap { r in
            let due = r.arrival ?? r.desiredDeparture
            guard due >= spec.start && due < spec.end else { return nil }
            var request = r
            request.time = max(r.time, spec.start)
            return request
        }
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
                let shift = SimTime.seconds(Double(k))
                let index = UInt64(i) << 8 | UInt64(k & 0xFF)
                let departure = row.time + shift
                var request = TripRequest(
                    id: id, customerID: row.customerID ?? id,
                    time: row.bookingTime.map { $0 + shift } ?? booking(departure: departure, index: index),
                    desiredDeparture: departure, arrival: row.arrival.map { $0 + shift },
                    origin: row.origin, destination: row.destination)
                riderTraits(
                    &request, index: index, loads: row.loads,
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
                let index = UInt64(1) << 40 | UInt64(out.count)
                var request = TripRequest(
                    id: id, customerID: id, time: booking(departure: t, index: index), desiredDeparture: t,
                    origin: area.randomPoint(using: &g), destination: area.randomPoint(using: &g))
                riderTraits(&request, index: index, loads: nil, speed: nil, visualImpairment: nil)
                out.append(request)
            }
            hour += 1
        }
        return out
    }

    /// When a request without its own booking time was booked: at `departure`, or, drawn with
    /// probability `demand.prebooked.share` from the request's own `prebooking` stream (`index`: the
    /// same as its `loads` stream's), a lead time uniform in [min, max] before it. The first draw
    /// decides, the second gives the lead, so a larger share prebooks a superset with the same leads.
    private func booking(departure: SimTime, index: UInt64) -> SimTime {
        guard let p = spec.demand.prebooked, p.share > 0 else { return departure }
        var g = streams.stream(.prebooking, index: index)
        guard g.unit() < p.share else { return departure }
        return departure - .seconds(g.uniform(p.minLead.seconds...p.maxLead.seconds))
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
