import Foundation
import Geometry
import Scenario
import Simulation
import TestSupport
import Testing

@testable import Ridepool

/// The requests a scenario's demand becomes: booking times (from the CSV, drawn by
/// `demand.prebooked`, or on the spot), the run's window, clamping to its start, and the order.
@Suite("DemandBuilder: booking times, prebooked draws, window and order")
struct DemandBuilderTests {
    static func spec(_ relative: String) throws -> ScenarioSpec {
        try ScenarioLoader.load(path: Fixtures.scenario(relative))
    }

    static func requests(_ spec: ScenarioSpec) throws -> [TripRequest] {
        let area = try ServiceArea(contentsOf: spec.serviceAreaPath, context: GeometryContext())
        return try DemandBuilder(spec: spec, area: area, streams: RandomStreams(seed: spec.seed)).requests()
    }

    /// A scenario on the tiny area replaying `csv` (written to a scratch file), 07:00–08:30.
    static func inline(csv: String, scale: Double = 1, name: String = #function) throws -> ScenarioSpec {
        let path = try Fixtures.temporary(name.filter { $0.isLetter } + ".csv", csv)
        let yaml = """
            schemaVersion: 1
            name: inline
            timeSpan: {start: "07:00", end: "08:30"}
            serviceArea: data/tiny_area.geojson
            doorToDoor: true
            fleet:
              vehicleTypes: [{name: van, seats: 6}]
              vehicles: [{type: van, count: 1, start: {lat: 52.52, lon: 13.40}}]
            demand: {replay: {file: \(path)}, scale: \(scale)}
            """
        return try ScenarioLoader.load(yaml: yaml, file: Fixtures.examples + "/inline.yaml")
    }

    static let header =
        "request_id,request_time_s,booking_time_s,arrival_time_s,origin_lat,origin_lon,destination_lat,destination_lon\n"

    // MARK: Without prebooking nothing changes

    @Test(
        "without booking times and prebooked draws the requests are exactly the builder's before prebooking",
        arguments: [
            "examples/tiny.yaml", "examples/tiny_poisson.yaml", "examples/minimal.yaml", "examples/corporate.yaml",
            "cottbus/cottbus.yaml"
        ])
    func sameRequestsAsBeforePrebooking(scenario: String) throws {
        var spec = try Self.spec(scenario)
        let area = try ServiceArea(contentsOf: spec.serviceAreaPath, context: GeometryContext())
        let now = try Self.requests(spec)
        #expect(!now.isEmpty)
        #expect(now == (try LegacyDemandBuilder(spec: spec, area: area).requests()))
        // A share of 0 draws nothing either, and a scaled demand keeps its copies.
        spec.demand.prebooked = PrebookedDemand(share: 0)
        #expect(try Self.requests(spec) == now)
        spec.demand.prebooked = nil
        spec.demand.scale = 2.5
        #expect(try Self.requests(spec) == (try LegacyDemandBuilder(spec: spec, area: area).requests()))
    }

    // MARK: Drawn prebooking

    @Test("a prebooked share books about that share of the requests ahead, each lead within [min, max]")
    func prebookedShareAndLeads() throws {
        var spec = try Self.spec("cottbus/cottbus.yaml")
        let plain = try Self.requests(spec)
        // Leads of 1–4 h before departures from 05:15 on: no booking reaches back before the start (00:00).
        let share = 0.3, minLead = SimTime.hours(1), maxLead = SimTime.hours(4)
        spec.demand.prebooked = PrebookedDemand(share: share, minLead: minLead, maxLead: maxLead)
        let drawn = try Self.requests(spec)
        #expect(drawn.count == plain.count)
        let prebooked = drawn.filter { $0.time < $0.desiredDeparture }
        // Binomial: within 5 standard deviations of n × share (the seed is fixed, the bound is not fitted to it).
        let n = Double(drawn.count), sd = (n * share * (1 - share)).squareRoot()
        #expect(abs(Double(prebooked.count) - n * share) <= 5 * sd, "\(prebooked.count) of \(drawn.count)")
        #expect(prebooked.allSatisfy { (minLead...maxLead).contains($0.desiredDeparture - $0.time) })
        #expect(drawn.allSatisfy { $0.time <= $0.desiredDeparture && $0.time >= spec.start })
        // The leads spread over the range (a uniform draw, not one value).
        let leads = prebooked.map { ($0.desiredDeparture - $0.time).seconds / 3600 }
        #expect(leads.contains { $0 < 1.5 } && leads.contains { $0 > 3.5 })
        // Prebooking shifts no other draw: every request is the same but for its booking time.
        let before = Dictionary(uniqueKeysWithValues: plain.map { ($0.id, $0) })
        for r in drawn {
            var same = r
            same.time = r.desiredDeparture
            #expect(before[r.id] == same, "\(r.id)")
        }
        // Sorted by booking time, then departure.
        #expect(
            zip(drawn, drawn.dropFirst()).allSatisfy {
                ($0.time, $0.desiredDeparture) <= ($1.time, $1.desiredDeparture)
            })
    }

    @Test("Poisson requests are prebooked too, and bookings before the start reach the service at the start")
    func poissonRequestsArePrebookedAndClamped() throws {
        var spec = try Self.spec("examples/tiny_poisson.yaml")
        spec.demand.scale = 20  // 600 requests an hour
        let plain = try Self.requests(spec)
        spec.demand.prebooked = PrebookedDemand(share: 0.5, minLead: .minutes(30), maxLead: .hours(2))
        let drawn = try Self.requests(spec)
        #expect(drawn.map(\.id).sorted() == plain.map(\.id).sorted())
        let prebooked = drawn.filter { $0.time < $0.desiredDeparture }
        let n = Double(drawn.count), sd = (n * 0.25).squareRoot()
        #expect(abs(Double(prebooked.count) - n / 2) <= 5 * sd, "\(prebooked.count) of \(drawn.count)")
        // Every lead reaches back at least 30 minutes; those that reach before 07:00 are booked at 07:00.
        #expect(
            prebooked.allSatisfy {
                $0.time == spec.start
                    ? $0.desiredDeparture - .hours(2) <= spec.start
                    : (SimTime.minutes(30)...SimTime.hours(2)).contains($0.desiredDeparture - $0.time)
            })
        #expect(prebooked.contains { $0.time == spec.start } && prebooked.contains { $0.time > spec.start })
        // The clamped bookings come first, before any booking made on the day.
        let clamped = drawn.prefix { $0.time == spec.start }
        #expect(clamped.count == drawn.filter { $0.time == spec.start }.count)
    }

    @Test("a larger share prebooks the same requests and more, with the same lead times")
    func largerShareIsASuperset() throws {
        var spec = try Self.spec("cottbus/cottbus.yaml")
        func leads(_ share: Double) throws -> [String: SimTime] {
            spec.demand.prebooked = PrebookedDemand(share: share, minLead: .hours(1), maxLead: .hours(4))
            let r = try Self.requests(spec).filter { $0.time < $0.desiredDeparture }
            return Dictionary(uniqueKeysWithValues: r.map { ($0.id, $0.desiredDeparture - $0.time) })
        }
        let small = try leads(0.3), large = try leads(0.6), all = try leads(1)
        #expect(small.count < large.count && large.count < all.count)
        #expect(small.allSatisfy { large[$0.key] == $0.value })
        #expect(large.allSatisfy { all[$0.key] == $0.value })
        #expect(all.count == (try Self.requests(spec)).count)
    }

    // MARK: Booking times from the CSV

    @Test("the demand CSV's booking times: earlier days reach the service at the start, in the order they were made")
    func csvBookingTimesAreClampedAndOrdered() throws {
        var spec = try Self.spec("examples/prebooking.yaml")
        spec.demand.hourlyRates = nil
        spec.demand.prebooked = nil
        let requests = try Self.requests(spec)
        let start = spec.start.seconds
        let expected: [(String, Double, Double, Double?)] = [
            // id, booking (clamped to 07:00 = 25200), desired departure, arrival
            ("b08", start, 26749, nil), ("b00", start, 25312, nil), ("b07", start, 24000, 25500),
            ("b04", start, 26092, 28000), ("b01", start, 25491, nil), ("b02", 25682, 25682, 27000),
            ("b03", 25854, 25854, nil), ("b06", 26000, 26387, nil), ("b05", 26231, 26231, nil),
            ("b09", 26906, 26906, nil), ("b10", 27900, 28000, 28600)
        ]
        #expect(requests.map(\.id) == expected.map(\.0))
        #expect(requests.map(\.time) == expected.map { .seconds($0.1) })
        #expect(requests.map(\.desiredDeparture) == expected.map { .seconds($0.2) })
        #expect(requests.map(\.arrival) == expected.map { $0.3.map { .seconds($0) } })
        // b11 departs after the window (08:31:40): not in the run, though booked at 05:33:20.
        #expect(!requests.contains { $0.id == "b11" })
    }

    @Test("ties in booking time go by departure, then file order; an arrive-by request is in the run by its arrival")
    func tiesAndArriveByWindow() throws {
        let csv =
            Self.header
                + """
                late,27000,26000,,52.51,13.39,52.53,13.41
                early,26500,26000,,52.51,13.39,52.53,13.41
                tied,26500,26000,,52.51,13.39,52.53,13.41
                spot,25900,,,52.51,13.39,52.53,13.41
                before,24000,,25300,52.51,13.39,52.53,13.41
                after,30000,29000,30700,52.51,13.39,52.53,13.41
                outside,24000,,25100,52.51,13.39,52.53,13.41
                last,30599,,,52.51,13.39,52.53,13.41

                """
        let requests = try Self.requests(try Self.inline(csv: csv))
        #expect(requests.map(\.id) == ["before", "spot", "early", "tied", "late", "last"])
        // `before` leaves before 07:00 but must arrive at 07:01:40, in the window: booked on the spot at 07:00.
        let before = try #require(requests.first)
        #expect(
            before.time == .hours(7) && before.desiredDeparture == .seconds(24000) && before.arrival == .seconds(25300))
    }

    @Test("replayed copies of a scaled demand shift booking, departure and arrival by a second each")
    func scaledCopiesShiftEveryTime() throws {
        let csv = Self.header + "a,27000,26000,28000,52.51,13.39,52.53,13.41\nb,27100,,,52.51,13.39,52.53,13.41\n"
        let requests = try Self.requests(try Self.inline(csv: csv, scale: 2))
        #expect(requests.map(\.id) == ["a", "a#1", "b", "b#1"])
        #expect(requests.map(\.time) == [26000, 26001, 27100, 27101].map { .seconds($0) })
        #expect(requests.map(\.desiredDeparture) == [27000, 27001, 27100, 27101].map { .seconds($0) })
        #expect(requests.map(\.arrival) == [28000, 28001, nil, nil].map { $0.map { .seconds(Double($0)) } })
    }

    @Test("rows with their own booking time are never drawn; rows without one are")
    func ownBookingTimesAreKept() throws {
        var spec = try Self.spec("examples/prebooking.yaml")
        spec.demand.hourlyRates = nil
        spec.demand.prebooked = PrebookedDemand(share: 1, minLead: .hours(3), maxLead: .hours(3))
        let byID = Dictionary(uniqueKeysWithValues: try Self.requests(spec).map { ($0.id, $0) })
        // Own booking times stay (clamped); b02, b05 and b09 have none: booked 3 h ahead, before 07:00.
        #expect(byID["b06"]?.time == .seconds(26000) && byID["b10"]?.time == .seconds(27900))
        #expect(["b02", "b05", "b09"].allSatisfy { byID[$0]?.time == spec.start })
    }
}

/// The demand builder as it was before booking times existed (commit ab0c39d), kept as the reference
/// that a scenario without them builds the same requests.
private struct LegacyDemandBuilder {
    let spec: ScenarioSpec
    let area: ServiceArea
    var streams: RandomStreams { RandomStreams(seed: spec.seed) }

    func requests() throws -> [TripRequest] {
        var all: [TripRequest] = []
        if let path = spec.demand.replayPath { all += try replayed(DemandFile.read(path: path)) }
        if let rates = spec.demand.hourlyRates { all += poisson(rates) }
        all = all.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        return all.filter { $0.time >= spec.start && $0.time < spec.end }
    }

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

    private func riderTraits(
        _ r: inout TripRequest, index: UInt64, loads: [Load]?, speed: ApproachSpeed?, visualImpairment: Bool?
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
