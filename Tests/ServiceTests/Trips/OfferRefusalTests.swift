import Service
import Simulation
import TestSupport
import Testing

/// `RequestTripOffers` refusals: every reason, with its code and the fields at fault, and whether the
/// refusal reached the run's log (requests that pass the input checks are logged as `noOffer`).
@Suite("RequestTripOffers refusals")
struct OfferRefusalTests {
    /// Who asks.
    enum Caller: Sendable { case plain, noID, emptyID, unknown, deleted }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var caller = Caller.plain
        var request: OfferRequest
        var code: StatusCode
        var reason: ErrorReason?
        var fields: [String] = []
        /// Whether the request got past the input checks (then the log has `requested` and `noOffer(reason)`).
        var logged = false
        var testDescription: String { name }
    }

    static let t0 = TestWorld.t0
    static let trip = OfferRequest.trip(from: -2000, 0, to: 2000, 0)
    static func with(_ change: (inout OfferRequest) -> Void) -> OfferRequest {
        var r = trip
        change(&r)
        return r
    }

    /// One car at the centre all day; a wheelchair van at the centre only 10:00–18:00; book up to 2 h ahead.
    static func world() -> TestWorld {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        w.addVehicle(
            at: 0, 0, type: VehicleType(name: "van", seats: 4, wheelchairPlaces: 1), shift: (.hours(10), .hours(18)))
        w.rules.bookingHorizon = .hours(2)
        w.rules.pastTolerance = .minutes(5)
        return w
    }

    static let adult = LoadRequest(kind: .adult)
    static let ms = SimTime(ms: 1)

    static let cases: [Case] = [
        Case(name: "no customer id", caller: .noID, request: trip, code: .permissionDenied, reason: .customerIDMissing),
        Case(
            name: "an empty customer id", caller: .emptyID, request: trip, code: .permissionDenied,
            reason: .customerIDMissing),
        Case(
            name: "an unknown customer id", caller: .unknown, request: trip, code: .permissionDenied,
            reason: .customerUnauthenticated),
        Case(
            name: "a deleted customer", caller: .deleted, request: trip, code: .permissionDenied,
            reason: .customerUnauthenticated),
        Case(
            name: "no loads", request: with { $0.loads = [] }, code: .invalidArgument, reason: .invalidLoad,
            fields: ["load"]),
        Case(
            name: "eleven loads", request: with { $0.loads = Array(repeating: adult, count: 11) },
            code: .invalidArgument, reason: .invalidLoad, fields: ["load"]),
        Case(
            name: "a child in a booster seat, which no vehicle type has",
            request: with { $0.loads = [LoadRequest(kind: .child, childSeat: .booster)] },
            code: .invalidArgument, reason: .invalidLoad, fields: ["load"], logged: true),
        Case(
            name: "five adults in four-seat vehicles", request: with { $0.loads = Array(repeating: adult, count: 5) },
            code: .invalidArgument, reason: .invalidLoad, fields: ["load"], logged: true),
        Case(
            name: "an origin outside the service area", request: .trip(from: 6000, 0, to: 0, 0),
            code: .invalidArgument, reason: .outOfServiceArea, fields: ["origin.location"], logged: true),
        Case(
            name: "a destination outside the service area", request: .trip(from: 0, 0, to: 0, -6000),
            code: .invalidArgument, reason: .outOfServiceArea, fields: ["destination.location"], logged: true),
        Case(
            name: "both ends outside the service area", request: .trip(from: 6000, 0, to: 0, -6000),
            code: .invalidArgument, reason: .outOfServiceArea, fields: ["origin.location", "destination.location"],
            logged: true),
        Case(
            name: "no origin location", request: with { $0.origin.location = nil },
            code: .invalidArgument, reason: .invalidLocation, fields: ["origin.location"]),
        Case(
            name: "a NaN destination latitude",
            request: with { $0.destination.location = GeoPoint(lat: .nan, lon: 13.4) },
            code: .invalidArgument, reason: .invalidLocation, fields: ["destination.location"]),
        Case(
            name: "an origin latitude of 91", request: with { $0.origin.location = GeoPoint(lat: 91, lon: 13.4) },
            code: .invalidArgument, reason: .invalidLocation, fields: ["origin.location"]),
        Case(
            name: "a destination longitude of -181",
            request: with { $0.destination.location = GeoPoint(lat: 52.5, lon: -181) },
            code: .invalidArgument, reason: .invalidLocation, fields: ["destination.location"]),
        Case(
            name: "neither location",
            request: with {
                $0.origin.location = nil; $0.destination.location = nil
            },
            code: .invalidArgument, reason: .invalidLocation, fields: ["origin.location", "destination.location"]),
        Case(
            name: "neither departure nor arrival time", request: with { $0.departureTime = nil },
            code: .invalidArgument, reason: .missingTime, fields: ["departure_time"]),
        Case(
            name: "both departure and arrival time", request: with { $0.arrivalTime = t0 + .hours(1) },
            code: .invalidArgument, reason: .invalidFields, fields: ["arrival_time"]),
        Case(
            name: "a departure more than 5 min ago", request: with { $0.departureTime = t0 - .minutes(5) - ms },
            code: .invalidArgument, reason: .timeTooFarFromNow, fields: ["departure_time"], logged: true),
        Case(
            name: "a departure beyond the 2 h horizon", request: with { $0.departureTime = t0 + .hours(2) + ms },
            code: .invalidArgument, reason: .timeTooFarFromNow, fields: ["departure_time"], logged: true),
        Case(
            name: "an arrival beyond the 2 h horizon",
            request: with {
                $0.departureTime = nil; $0.arrivalTime = t0 + .hours(2) + ms
            },
            code: .invalidArgument, reason: .timeTooFarFromNow, fields: ["arrival_time"], logged: true),
        Case(
            name: "an arrival in the past",
            request: with {
                $0.departureTime = nil; $0.arrivalTime = t0 - .minutes(6)
            },
            code: .invalidArgument, reason: .timeTooFarFromNow, fields: ["arrival_time"], logged: true),
        Case(
            name: "a departure at the far end of simulated time",
            request: with { $0.departureTime = SimTime(ms: .max) },
            code: .invalidArgument, reason: .timeTooFarFromNow, fields: ["departure_time"], logged: true),
        Case(
            name: "an arrival at the near end of simulated time",
            request: with {
                $0.departureTime = nil; $0.arrivalTime = SimTime(ms: .min)
            },
            code: .invalidArgument, reason: .timeTooFarFromNow, fields: ["arrival_time"], logged: true),
        Case(
            name: "an infinite origin longitude",
            request: with { $0.origin.location = GeoPoint(lat: 52.5, lon: .infinity) },
            code: .invalidArgument, reason: .invalidLocation, fields: ["origin.location"]),
        Case(
            name: "a wheelchair while the only wheelchair van is off shift",
            request: with { $0.loads = [LoadRequest(kind: .adult, wheelchair: .needed)] },
            code: .failedPrecondition, reason: .fleetSaturated, logged: true),
        // Medium walkers reach 10 min × 1.25 m/s ÷ 1.3 ≈ 577 m; the grid's cell centres are 707 m from any stop.
        Case(
            name: "no stop near the origin", request: .trip(from: 500, 500, to: 2000, 0),
            code: .failedPrecondition, reason: .noStopsNearOrigin, logged: true),
        Case(
            name: "no stop near the destination", request: .trip(from: -2000, 0, to: 1500, -1500),
            code: .failedPrecondition, reason: .noStopsNearDestination, logged: true),
        Case(
            name: "no stop near either end", request: .trip(from: 500, 500, to: 1500, -1500),
            code: .failedPrecondition, reason: .noStopsNearOriginAndDestination, logged: true),
        Case(
            name: "both ends at the same stop", request: .trip(from: 0, 100, to: 0, -100),
            code: .invalidArgument, reason: .tripTooShort, logged: true)
    ]

    @Test("a refused request: code, reason, fields, and the log", arguments: cases)
    func refused(_ c: Case) throws {
        let live = LiveWorld(Self.world())
        let customer: String? =
            switch c.caller {
            case .plain: try live.customer()
            case .noID: nil
            case .emptyID: ""
            case .unknown: "00000000-0000-4000-8000-000000000000"
            case .deleted: try live.customer()
            }
        if c.caller == .deleted, let customer { try live.service.deleteCustomer(customer) }
        let before = live.log.events.count
        expect(
            serviceError { try live.service.requestTripOffers(customerID: customer, c.request) }, c.code, c.reason,
            fields: c.fields)
        let added = live.log.events.dropFirst(before).map { RunLog.name($0.kind) }
        #expect(added == (c.logged ? ["requested", "noOffer(\(c.reason?.rawValue ?? ""))"] : []))
    }

    @Test(
        "the time limits themselves are allowed",
        arguments: [
            OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: TestWorld.t0 - .minutes(5)),
            OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: TestWorld.t0 + .hours(2)),
            OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: nil, arrival: TestWorld.t0 + .hours(2))
        ])
    func timeLimitsAllowed(_ request: OfferRequest) throws {
        let live = LiveWorld(Self.world())
        let offers = try live.service.requestTripOffers(customerID: try live.customer(), request)
        #expect(!offers.isEmpty)
        #expect(live.log.events.suffix(2).map { RunLog.name($0.kind) } == ["requested", "offered"])
    }

    @Test(
        "service hours 06:00–09:00: a time outside them is OUT_OF_SERVICE_HOURS on its field",
        arguments: [
            (OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: TestWorld.t0 + .hours(1)), "departure_time"),
            (
                OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: nil, arrival: TestWorld.t0 + .minutes(90)),
                "arrival_time"
            ),
            (OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: TestWorld.t0 + .hours(1) - SimTime(ms: 1)), nil)
        ])
    func serviceHours(_ request: OfferRequest, field: String?) throws {
        var w = Self.world()
        w.rules.serviceHours = ServiceHours(start: .hours(6), end: .hours(9))
        let live = LiveWorld(w)
        let error = serviceError { try live.service.requestTripOffers(customerID: try live.customer(), request) }
        guard let field else { return #expect(error == nil) }
        expect(error, .invalidArgument, .outOfServiceHours, fields: [field])
        #expect(live.log.events.last.map { RunLog.name($0.kind) } == "noOffer(OUT_OF_SERVICE_HOURS)")
    }

    @Test("a customer with a trip in progress gets ONGOING_TRIP until it ends, then offers again")
    func ongoingTrip() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let (trip, _) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        expect(
            serviceError { try live.offers(customer, from: 2000, 0, to: -2000, 0) }, .failedPrecondition, .ongoingTrip)
        #expect(live.log.events.last.map { RunLog.name($0.kind) } == "noOffer(ONGOING_TRIP)")
        // Another customer is not affected.
        #expect(try !live.offers(try live.customer(), from: 2000, 0, to: -2000, 0).isEmpty)
        try live.advance(trip: trip) { $0 == .fulfilled }
        #expect(try !live.offers(customer, from: 2000, 0, to: -2000, 0).isEmpty)
    }

    @Test("every service class needing a flag the customer lacks is SERVICE_CLASSES_NOT_ALLOWED")
    func serviceClassesNotAllowed() throws {
        var w = Self.world()
        w.rules.flags = [CustomerFlag(name: "staff")]
        w.serviceClasses[0].requiredFlags = ["staff"]
        let live = LiveWorld(w)
        expect(
            serviceError { try live.offers(try live.customer(), from: -2000, 0, to: 2000, 0) }, .permissionDenied,
            .serviceClassesNotAllowed)
        #expect(live.log.events.last.map { RunLog.name($0.kind) } == "noOffer(SERVICE_CLASSES_NOT_ALLOWED)")
        #expect(try !live.offers(try live.customer(flags: ["staff"]), from: -2000, 0, to: 2000, 0).isEmpty)
    }
}
