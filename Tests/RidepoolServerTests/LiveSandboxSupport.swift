import Foundation
import GRPCCore
import GRPCProtobuf
import Logging
import Ridepool
import RidepoolAPI
import RidepoolServer
import Simulation
import SwiftProtobuf
import TestSupport

/// A live sandbox of a scenario (by default `scenarios/examples/sandbox.yaml`) on a manual clock (the
/// test moves it, so nothing depends on how fast the machine is), served on a free loopback port, with
/// typed clients for the API services.
struct LiveFixture: Sendable {
    let sandbox: LiveSandbox
    let client: GRPCClient<TestTransport>
    let customers: CustomerAPI.Service.Client<TestTransport>
    let trips: TripAPI.Service.Client<TestTransport>
    let areas: ServiceAreaAPI.Service.Client<TestTransport>
    let boarding: BoardingAuthenticationAPI.Service.Client<TestTransport>
    /// The trip-state webhooks, when the sandbox posts them.
    let webhooks: TripWebhooks?

    /// The documents' `RequestTripOffers` payload (one adult, Stüberedder 14 to Eckerkamp 38), leaving now.
    func offerRequest() async throws -> TripAPI.RequestTripOffersRequest {
        try TripAPI.RequestTripOffersRequest(
            jsonString: """
                {"origin":{"location":{"latitude":53.6344823,"longitude":10.0555216},"primary_address":"Stüberedder 14",\
                "secondary_address":"22337 Hamburg","primary_poi_name":"PointA","secondary_poi_name":"Hamburg, Germany"},\
                "destination":{"location":{"latitude":53.6342303,"longitude":10.0741517},"primary_address":"Eckerkamp 38",\
                "secondary_address":"22391 Hamburg,","primary_poi_name":"PointB","secondary_poi_name":"Hamburg, Germany"},\
                "load":[{"adult":{}}],"departure_time":"\(await sandbox.simulatedNow())"}
                """)
    }

    /// The documents' `CreateCustomer` payload.
    func createCustomer() async throws -> CustomerAPI.Customer {
        try await customers.createCustomer(
            CustomerAPI.CreateCustomerRequest(
                jsonString: """
                    {"email_address":"test-customer@moia.io","family_name":"Customer","given_name":"Test",\
                    "language_code":"en","phone_number":"+4997259173740"}
                    """), metadata: TestToken.metadata
        ).customer
    }

    /// Offers for `customer` and orders the first; returns the trip id.
    func orderTrip(for customer: String) async throws -> String {
        let offers = try await trips.requestTripOffers(offerRequest(), metadata: TestToken.metadata(customer: customer))
        guard let offer = offers.offers.first else { throw RPCError(code: .notFound, message: "no offer") }
        return try await trips.orderTrip(
            .with { $0.offerToken = offer.token },
            metadata: TestToken.metadata(customer: customer)
        ).tripID
    }

    func trip(_ id: String, customer: String?) async throws -> TripAPI.Trip {
        try await trips.getTrip(
            .with { $0.tripID = id },
            metadata: customer.map(TestToken.metadata(customer:)) ?? TestToken.metadata
        ).trip
    }

    /// The customer's CompleteBoardingAuthentication of trip `id`.
    func authenticate(_ id: String, customer: String) async throws {
        _ = try await boarding.completeBoardingAuthentication(
            .with { $0.tripID = id }, metadata: TestToken.metadata(customer: customer))
    }

    /// Moves the clock on by `step` until `done` holds for the trip (at most `limit` simulated time);
    /// returns the trip, the phases it showed on the way (each once, in order; see `TripAPI.Trip.phase`)
    /// and the simulated time the clock was moved on.
    func advance(
        _ id: String, customer: String?, by step: SimTime = .seconds(5), limit: SimTime = .hours(1),
        until done: (TripAPI.Trip) -> Bool
    ) async throws -> (trip: TripAPI.Trip, phases: [String], waited: SimTime) {
        var trip = try await trip(id, customer: customer)
        var phases = [trip.phase]
        var waited = SimTime.zero
        while !done(trip) && waited < limit {
            await sandbox.advance(by: step)
            waited = waited + step
            trip = try await self.trip(id, customer: customer)
            if phases.last != trip.phase { phases.append(trip.phase) }
        }
        return (trip, phases, waited)
    }

    /// Polls GetTrip every 30 simulated seconds until the trip is Fulfilled or NotFulfilled (at most 4 simulated hours).
    func pollUntilFinished(_ id: String, customer: String?) async throws -> TripAPI.Trip {
        for _ in 0..<480 {
            let trip = try await trip(id, customer: customer)
            switch trip.state.state {
            case .fulfilled, .notFulfilled: return trip
            default: await sandbox.advance(by: .seconds(30))
            }
        }
        return try await trip(id, customer: customer)
    }
}

/// Runs `body` against a live sandbox of `scenario` (a path from the repository's root) on a manual clock, then finishes the run (writing its results)
/// and returns both. With `webhook`, the sandbox posts its trip state changes (closed at the end).
func withLiveSandbox<Result: Sendable>(
    scenario: String = "scenarios/examples/sandbox.yaml", clock: ClockMode = .scenario,
    maxRequestBytes: Int = 64 * 1024, webhook: WebhookConfiguration? = nil,
    _ body: @Sendable (LiveFixture) async throws -> Result
) async throws -> (Result, RunResult) {
    let root = Fixtures.root
    let out = NSTemporaryDirectory() + "ridepool-serve-tests/" + UUID().uuidString
    let changes = TripStateChanges()
    let webhooks = webhook.map {
        TripWebhooks(
            configuration: $0, changes: changes, logger: Logger(label: "test", factory: SwiftLogNoOpLogHandler.init))
    }
    let run = try LiveRun(
        scenarioPath: root + "/" + scenario,
        options: RunOptions(outputRoot: out, runID: "test"), observer: webhooks?.changes)
    let sandbox = LiveSandbox(run: run, speed: nil, clock: clock, webhooks: webhooks)
    let result = try await withSandbox(backend: sandbox, maxRequestBytes: maxRequestBytes) { client in
        try await body(
            LiveFixture(
                sandbox: sandbox, client: client, customers: .init(wrapping: client), trips: .init(wrapping: client),
                areas: .init(wrapping: client), boarding: .init(wrapping: client), webhooks: webhooks))
    }
    let finished = try await sandbox.finish()
    await webhooks?.dispatcher.close(within: .milliseconds(200))
    return (result, finished)
}

extension TripAPI.Trip {
    /// The trip's state as one word: `ordered`; the phase in fulfilment (`accepted`,
    /// `ready_for_boarding_authentication`, `boarding_authentication_completed`, `picked_up`); `fulfilled`;
    /// or the reason it was not fulfilled (`rejected`, `no_show`, `cancelled_as_customer`, …).
    var phase: String {
        switch state.state {
        case .ordered: "ordered"
        case .inFulfillment(let f):
            switch f.phase {
            case .accepted: "accepted"
            case .readyForBoardingAuthentication: "ready_for_boarding_authentication"
            case .boardingAuthenticationCompleted: "boarding_authentication_completed"
            case .pickedUp: "picked_up"
            default: "in_fulfillment(\(f.phase))"
            }
        case .fulfilled: "fulfilled"
        case .notFulfilled(let n):
            switch n.reason {
            case .rejected: "rejected"
            case .cancelledAsCustomer: "cancelled_as_customer"
            case .cancelledAsIntegrator: "cancelled_as_integrator"
            case .noShow: "no_show"
            case .terminated: "terminated"
            default: "not_fulfilled(\(n.reason))"
            }
        case nil: "none"
        }
    }

    /// Whether the trip has ended (Fulfilled or NotFulfilled).
    var ended: Bool {
        switch state.state {
        case .fulfilled, .notFulfilled: true
        default: false
        }
    }
}

extension RPCError {
    /// The `ErrorInfo.reason` of the status details, if any.
    var reason: String? {
        (try? unpackGoogleRPCStatus())?.details.compactMap(\.errorInfo).first?.reason
    }

    /// The `ErrorInfo.domain` of the status details, if any.
    var domain: String? {
        (try? unpackGoogleRPCStatus())?.details.compactMap(\.errorInfo).first?.domain
    }

    /// The fields of the `BadRequest` violations.
    var violatingFields: [String] {
        (try? unpackGoogleRPCStatus())?.details.compactMap(\.badRequest).first?.violations.map(\.field) ?? []
    }
}
