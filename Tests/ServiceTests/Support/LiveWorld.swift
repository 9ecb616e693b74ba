import Service
import TestSupport
import Testing

@testable import Simulation

/// A `TestWorld` started but not run: tests call the `TripService` as an API client would, between
/// `advance` steps of the engine's clock. Simulated demand (if the world has any) books alongside.
final class LiveWorld {
    let engine: TestEngine
    let sink: EventRecorder
    let service: TripService
    let speed: Double

    /// Starts the world's engine and runs it up to `start` (08:00 unless told otherwise).
    init(_ world: TestWorld, start: SimTime = TestWorld.t0) {
        (engine, sink, service) = world.build()
        speed = world.speed
        engine.start()
        engine.advance(until: start)
    }

    var now: SimTime { engine.now }

    /// The events so far.
    var log: RunLog { RunLog(events: sink.events, unfinished: 0, speed: speed) }

    func advance(by step: SimTime) { engine.advance(until: now + step) }

    /// Advances one second at a time until `done` holds (checked before each step); false if `limit` came first.
    @discardableResult
    func advance(until done: () -> Bool, limit: SimTime = .hours(2)) -> Bool {
        let end = now + limit
        while !done() {
            guard now < end else { return false }
            advance(by: .seconds(1))
        }
        return true
    }

    /// Advances until trip `tripID` is in a state `matches` accepts (the integrator's view); fails the test otherwise.
    func advance(trip tripID: String, until matches: (TripState) -> Bool) throws {
        let reached = advance(until: {
            (try? service.trip(customerID: nil, tripID: tripID)).map { matches($0.state) } ?? false
        })
        try #require(reached, "trip \(tripID) never reached the state")
    }

    /// Runs to the end of the world and records the run's end; returns the unfinished trips.
    @discardableResult
    func finish() -> Int {
        engine.advance(until: engine.setup.end)
        return engine.finish()
    }

    /// A new customer with valid contact data and the given (writable) flags.
    func customer(flags: [String] = []) throws -> String {
        let id = try service.createCustomer(
            CustomerDraft(
                emailAddress: "rider@example.com", phoneNumber: "+4930726219941",
                givenName: "Test", familyName: "Rider", languageCode: "de")
        ).id
        for flag in flags { try service.addCustomerFlag(flag, to: id) }
        return id
    }

    /// Offers for `customerID` from (x0, y0) to (x1, y1) metres, leaving now unless told otherwise.
    func offers(
        _ customerID: String?, from x0: Double, _ y0: Double, to x1: Double, _ y1: Double,
        loads: [LoadRequest] = [LoadRequest(kind: .adult)], departure: SimTime? = nil,
        arrival: SimTime? = nil
    ) throws -> [Offer] {
        try service.requestTripOffers(
            customerID: customerID,
            .trip(
                from: x0, y0, to: x1, y1, loads: loads,
                departure: arrival == nil ? departure ?? now : nil,
                arrival: arrival))
    }

    /// Requests offers and orders the first; returns the trip id and the offer ordered.
    func book(
        _ customerID: String, from x0: Double, _ y0: Double, to x1: Double, _ y1: Double,
        loads: [LoadRequest] = [LoadRequest(kind: .adult)]
    ) throws -> (trip: String, offer: Offer) {
        let offer = try #require(try offers(customerID, from: x0, y0, to: x1, y1, loads: loads).first)
        return (try service.orderTrip(customerID: customerID, offerToken: offer.token), offer)
    }

    /// The engine's index of the request (= trip) with this id, from the log's `requested` events.
    func index(of tripID: String) throws -> Int32 {
        for e in sink.events { if case .requested(let r, let request) = e.kind, request.id == tripID { return r } }
        throw TripNotLogged(tripID: tripID)
    }

    /// Whether any vehicle's plan still serves trip `r`: a stop ahead, or a locked stop with its rider's
    /// load and dwell. (A vehicle driving to a cancelled pickup keeps it as an empty waypoint, released.)
    func planned(_ r: Int32) -> Bool {
        engine.fleet.plans.contains { plan in
            plan.stops.contains { $0.trip == r }
                || plan.current.map { $0.trip == r && ($0.demand != Occupancy() || $0.duration > .zero) } == true
        }
    }
}

struct TripNotLogged: Error { var tripID: String }

extension OfferRequest {
    /// A request between two points in the test grid's metres.
    static func trip(
        from x0: Double, _ y0: Double, to x1: Double, _ y1: Double,
        loads: [LoadRequest] = [LoadRequest(kind: .adult)], departure: SimTime? = TestWorld.t0,
        arrival: SimTime? = nil
    ) -> OfferRequest {
        OfferRequest(
            origin: NamedLocation(location: TestWorld.at(x0, y0)),
            destination: NamedLocation(location: TestWorld.at(x1, y1)),
            loads: loads, departureTime: departure, arrivalTime: arrival)
    }
}

/// Expects `error` to carry this code, reason and violating fields.
func expect(
    _ error: ServiceError?, _ code: StatusCode, _ reason: ErrorReason?, fields: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(error?.code == code, "\(error.map(String.init(describing:)) ?? "no error")", sourceLocation: sourceLocation)
    #expect(error?.reason == reason, sourceLocation: sourceLocation)
    #expect(error?.violatingFields == fields, sourceLocation: sourceLocation)
}
