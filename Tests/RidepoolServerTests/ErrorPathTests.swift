import GRPCCore
import RidepoolAPI
import RidepoolServer
import SwiftProtobuf
import Testing

/// Every error path of every RPC, through gRPC against a live sandbox: the code, the `ErrorInfo`
/// reason and domain, and the `BadRequest` field violations (AIP-193: every failure carries ErrorInfo).
///
/// Refusals the sandbox's city cannot produce (no service hours, no flag-gated class, stops everywhere:
/// OUT_OF_SERVICE_HOURS, SERVICE_CLASSES_NOT_ALLOWED, NO_STOPS_NEAR_*, RequestTripOffers' FLEET_SATURATED)
/// are tested on purpose-built worlds in `EngineTests/NoOfferReasonTests`; the adapter's own (token,
/// size, in-flight bound) in `AdapterTests`. An order is never refused for capacity: the dispatcher
/// rejects it later (`NotFulfilled/Rejected`, `PhaseTests`).
@Suite struct ErrorPathTests {
    /// What one failing call must answer.
    struct Expected: Sendable {
        var code: RPCError.Code
        var reason: String
        var fields: [String] = []
    }

    /// Runs `body`, which must fail; returns a description of every way the answer differs from `expected`.
    static func mismatch(_ expected: Expected, _ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return "no error"
        } catch let error as RPCError {
            let got = "\(error.code) \(error.reason ?? "-") \(error.domain ?? "-") \(error.violatingFields)"
            guard error.code == expected.code, error.reason == expected.reason, error.domain == "ridepool",
                error.violatingFields == expected.fields
            else { return "got \(got)" }
            return nil
        } catch {
            return "not an RPCError: \(error)"
        }
    }

    /// A case's set-up did not reach the phase it tests (reported as "not an RPCError").
    struct WrongPhase: Error { var phase: String }

    /// Collects the cases of one sandbox run: (name, mismatch or nil).
    actor Results {
        var rows: [(String, String?)] = []
        func add(_ name: String, _ mismatch: String?) { rows.append((name, mismatch)) }
    }

    static func expectAll(_ rows: [(String, String?)], atLeast cases: Int = 21) {
        #expect(rows.count >= cases, "the cases ran")
        for (name, mismatch) in rows { #expect(mismatch == nil, "\(name): \(mismatch ?? "")") }
    }

    @Test("CustomerService: every error path answers its code, reason and fields")
    func customerServiceErrors() async throws {
        let (rows, _) = try await withLiveSandbox { f in
            let results = Results()
            let c = f.customers, md = TestToken.metadata
            func run(_ name: String, _ e: Expected, _ body: () async throws -> Void) async {
                await results.add(name, await Self.mismatch(e, body))
            }
            let id = try await f.createCustomer().id
            let other = try await f.createCustomer().id
            let valid = try CustomerAPI.CreateCustomerRequest(
                jsonString: """
                    {"email_address":"test-customer@moia.io","family_name":"Customer","given_name":"Test",\
                    "language_code":"en","phone_number":"+4997259173740"}
                    """)
            func create(_ change: (inout CustomerAPI.CreateCustomerRequest) -> Void)
                -> CustomerAPI.CreateCustomerRequest
            {
                var r = valid
                change(&r)
                return r
            }
            func bad(_ reason: String, _ fields: [String]) -> Expected {
                Expected(code: .invalidArgument, reason: reason, fields: fields)
            }
            let customerNotFound = Expected(code: .notFound, reason: "CUSTOMER_NOT_FOUND")

            // GetCustomer
            await run("GetCustomer unknown id", customerNotFound) {
                _ = try await c.getCustomer(.with { $0.id = "nobody" }, metadata: md)
            }
            // CreateCustomer: one documented reason per rule, INVALID_CUSTOMER for several.
            await run("CreateCustomer bad e-mail", bad("INVALID_EMAIL_ADDRESS", ["email_address"])) {
                _ = try await c.createCustomer(create { $0.emailAddress = "nope" }, metadata: md)
            }
            await run("CreateCustomer e-mail of 251 characters", bad("INVALID_EMAIL_ADDRESS", ["email_address"])) {
                _ = try await c.createCustomer(
                    create { $0.emailAddress = String(repeating: "a", count: 240) + "@example.com" }, metadata: md)
            }
            await run("CreateCustomer bad phone", bad("INVALID_PHONE_NUMBER", ["phone_number"])) {
                _ = try await c.createCustomer(create { $0.phoneNumber = "0049 40 123" }, metadata: md)
            }
            await run("CreateCustomer no names", bad("INVALID_NAME", ["given_name", "family_name"])) {
                _ = try await c.createCustomer(
                    create {
                        $0.givenName = ""; $0.familyName = " "
                    }, metadata: md)
            }
            await run("CreateCustomer given name of 101", bad("INVALID_GIVEN_NAME", ["given_name"])) {
                _ = try await c.createCustomer(
                    create { $0.givenName = String(repeating: "g", count: 101) }, metadata: md)
            }
            await run("CreateCustomer family name of 101", bad("INVALID_FAMILY_NAME", ["family_name"])) {
                _ = try await c.createCustomer(
                    create { $0.familyName = String(repeating: "f", count: 101) }, metadata: md)
            }
            await run("CreateCustomer bad language", bad("INVALID_LANGUAGE_CODE", ["language_code"])) {
                _ = try await c.createCustomer(create { $0.languageCode = "english!" }, metadata: md)
            }
            await run(
                "CreateCustomer external id of 256", bad("INVALID_EXTERNAL_CUSTOMER_ID", ["external_customer_id"])
            ) {
                _ = try await c.createCustomer(
                    create { $0.externalCustomerID = String(repeating: "x", count: 256) }, metadata: md)
            }
            await run(
                "CreateCustomer every field bad at once",
                bad("INVALID_CUSTOMER", ["email_address", "phone_number", "given_name", "family_name", "language_code"])
            ) {
                _ = try await c.createCustomer(
                    .with {
                        $0.emailAddress = "x"; $0.phoneNumber = "1"; $0.languageCode = "??"
                    }, metadata: md)
            }
            // UpdateCustomer
            await run("UpdateCustomer unknown id", customerNotFound) {
                _ = try await c.updateCustomer(
                    .with {
                        $0.customer = .with {
                            $0.id = "nobody"; $0.emailAddress = valid.emailAddress; $0.phoneNumber = valid.phoneNumber
                            $0.givenName = "A"; $0.languageCode = "en"
                        }
                    }, metadata: md)
            }
            await run("UpdateCustomer bad phone", bad("INVALID_PHONE_NUMBER", ["phone_number"])) {
                _ = try await c.updateCustomer(
                    .with {
                        $0.customer = .with {
                            $0.id = id; $0.emailAddress = valid.emailAddress; $0.phoneNumber = "not a phone";
                            $0.givenName = "A"; $0.languageCode = "en"
                        }
                    }, metadata: md)
            }
            // ListCustomers: page size and token.
            await run("ListCustomers page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await c.listCustomers(.with { $0.pageSize = 0 }, metadata: md)
            }
            await run("ListCustomers page_size -1", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await c.listCustomers(.with { $0.pageSize = -1 }, metadata: md)
            }
            await run("ListCustomers garbled token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await c.listCustomers(.with { $0.pageToken = "garbage" }, metadata: md)
            }
            let token = try await c.listCustomers(.with { $0.pageSize = 1 }, metadata: md).nextPageToken
            await run("ListCustomers token with another page_size", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await c.listCustomers(
                    .with {
                        $0.pageSize = 2; $0.pageToken = token
                    }, metadata: md)
            }
            await run("ListCustomers token with page_size unset", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await c.listCustomers(.with { $0.pageToken = token }, metadata: md)
            }
            await run("ListCustomers both bad", bad("INVALID_PAGE_SIZE", ["page_size", "page_token"])) {
                _ = try await c.listCustomers(
                    .with {
                        $0.pageSize = 0; $0.pageToken = "x"
                    }, metadata: md)
            }
            // DeleteCustomer
            await run("DeleteCustomer unknown id", customerNotFound) {
                _ = try await c.deleteCustomer(.with { $0.id = "nobody" }, metadata: md)
            }
            // Flags
            await run("ListCustomerFlags unknown customer", customerNotFound) {
                _ = try await c.listCustomerFlags(.with { $0.customerID = "nobody" }, metadata: md)
            }
            await run("ListCustomerFlags page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await c.listCustomerFlags(
                    .with {
                        $0.customerID = id; $0.pageSize = 0
                    }, metadata: md)
            }
            await run("ListCustomerFlags with a ListCustomers token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await c.listCustomerFlags(
                    .with {
                        $0.customerID = id; $0.pageSize = 1; $0.pageToken = token
                    }, metadata: md)
            }
            await run("AddCustomerFlag unknown flag", bad("INVALID_FLAG", ["flag"])) {
                _ = try await c.addCustomerFlag(
                    .with {
                        $0.customerID = id; $0.flag = "gold"
                    }, metadata: md)
            }
            await run("AddCustomerFlag read-only flag", bad("READ_ONLY_FLAG", ["flag"])) {
                _ = try await c.addCustomerFlag(
                    .with {
                        $0.customerID = id; $0.flag = "wheelchair_user"
                    }, metadata: md)
            }
            await run("AddCustomerFlag unknown customer", customerNotFound) {
                _ = try await c.addCustomerFlag(
                    .with {
                        $0.customerID = "nobody"; $0.flag = "vip"
                    }, metadata: md)
            }
            await run("RemoveCustomerFlag unknown customer", customerNotFound) {
                _ = try await c.removeCustomerFlag(
                    .with {
                        $0.customerID = "nobody"; $0.flag = "vip"
                    }, metadata: md)
            }
            await run("RemoveCustomerFlag unknown flag", bad("INVALID_FLAG", ["flag"])) {
                _ = try await c.removeCustomerFlag(
                    .with {
                        $0.customerID = id; $0.flag = "gold"
                    }, metadata: md)
            }
            _ = try await c.deleteCustomer(.with { $0.id = other }, metadata: md)
            await run("DeleteCustomer twice", customerNotFound) {
                _ = try await c.deleteCustomer(.with { $0.id = other }, metadata: md)
            }
            await run("GetCustomer of a deleted customer", customerNotFound) {
                _ = try await c.getCustomer(.with { $0.id = other }, metadata: md)
            }
            // The adapter's own.
            await run("no bearer token", Expected(code: .unauthenticated, reason: "ACCESS_TOKEN_MISSING")) {
                _ = try await c.getCustomer(.with { $0.id = id })
            }
            await run("wrong bearer token", Expected(code: .unauthenticated, reason: "ACCESS_TOKEN_INVALID")) {
                _ = try await c.getCustomer(.with { $0.id = id }, metadata: ["authorization": "Bearer nope"])
            }
            return await results.rows
        }
        Self.expectAll(rows)
    }

    @Test("TripStateService: every error path the sandbox's city can produce answers its code, reason and fields")
    func tripServiceErrors() async throws {
        let (rows, _) = try await withLiveSandbox { f in
            let results = Results()
            let t = f.trips
            func run(_ name: String, _ e: Expected, _ body: () async throws -> Void) async {
                await results.add(name, await Self.mismatch(e, body))
            }
            func as_(_ customer: String) -> Metadata { TestToken.metadata(customer: customer) }
            let a = try await f.createCustomer().id, b = try await f.createCustomer().id
            let request = try await f.offerRequest()
            func offers(_ change: (inout TripAPI.RequestTripOffersRequest) -> Void) -> TripAPI.RequestTripOffersRequest
            {
                var r = request
                change(&r)
                return r
            }
            let denied = { (reason: String) in Expected(code: .permissionDenied, reason: reason) }

            // RequestTripOffers
            await run("RequestTripOffers without customer-id", denied("CUSTOMER_ID_MISSING")) {
                _ = try await t.requestTripOffers(request, metadata: TestToken.metadata)
            }
            await run("RequestTripOffers unknown customer", denied("CUSTOMER_UNAUTHENTICATED")) {
                _ = try await t.requestTripOffers(request, metadata: as_("nobody"))
            }
            await run(
                "RequestTripOffers origin equals destination",
                Expected(code: .invalidArgument, reason: "TRIP_TOO_SHORT")
            ) {
                _ = try await t.requestTripOffers(offers { $0.destination = $0.origin }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers outside the service area",
                Expected(code: .invalidArgument, reason: "OUT_OF_SERVICE_AREA", fields: ["destination.location"])
            ) {
                _ = try await t.requestTripOffers(offers { $0.destination.location.latitude = 53.7 }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers thirty days ahead",
                Expected(code: .invalidArgument, reason: "TIME_TOO_FAR_FROM_NOW", fields: ["departure_time"])
            ) {
                _ = try await t.requestTripOffers(offers { $0.departureTime.seconds += 86_400 * 30 }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers eleven loads",
                Expected(code: .invalidArgument, reason: "INVALID_LOAD", fields: ["load"])
            ) {
                _ = try await t.requestTripOffers(
                    offers { $0.load = Array(repeating: $0.load[0], count: 11) }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers no load", Expected(code: .invalidArgument, reason: "INVALID_LOAD", fields: ["load"])
            ) {
                _ = try await t.requestTripOffers(offers { $0.load = [] }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers two wheelchairs (no van carries them)",
                Expected(code: .invalidArgument, reason: "INVALID_LOAD", fields: ["load"])
            ) {
                let chair = TripAPI.Load.with { $0.adult = .with { $0.wheelchair = .needed } }
                _ = try await t.requestTripOffers(offers { $0.load = [chair, chair] }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers no time",
                Expected(code: .invalidArgument, reason: "MISSING_TIME", fields: ["departure_time"])
            ) {
                _ = try await t.requestTripOffers(offers { $0.time = nil }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers unknown enum value",
                Expected(code: .invalidArgument, reason: "INVALID_FIELDS", fields: ["approach_speed"])
            ) {
                _ = try await t.requestTripOffers(offers { $0.approachSpeed = .UNRECOGNIZED(7) }, metadata: as_(a))
            }

            // OrderTrip
            let offerA = try await t.requestTripOffers(request, metadata: as_(a)).offers[0]
            let offerA2 = try await t.requestTripOffers(request, metadata: as_(a)).offers[0]
            let offerB = try await t.requestTripOffers(request, metadata: as_(b)).offers[0]
            await run("OrderTrip without customer-id", denied("CUSTOMER_ID_MISSING")) {
                _ = try await t.orderTrip(.with { $0.offerToken = offerA.token }, metadata: TestToken.metadata)
            }
            await run("OrderTrip unknown customer", denied("CUSTOMER_UNAUTHENTICATED")) {
                _ = try await t.orderTrip(.with { $0.offerToken = offerA.token }, metadata: as_("nobody"))
            }
            await run(
                "OrderTrip malformed token",
                Expected(code: .invalidArgument, reason: "INVALID_OFFER_TOKEN", fields: ["offer_token"])
            ) {
                _ = try await t.orderTrip(.with { $0.offerToken = "not a token" }, metadata: as_(a))
            }
            await run("OrderTrip another customer's offer", denied("CUSTOMER_UNAUTHORIZED")) {
                _ = try await t.orderTrip(.with { $0.offerToken = offerB.token }, metadata: as_(a))
            }
            let trip = try await t.orderTrip(.with { $0.offerToken = offerA.token }, metadata: as_(a)).tripID
            await run(
                "OrderTrip the same offer again", Expected(code: .failedPrecondition, reason: "OFFER_ALREADY_ORDERED")
            ) {
                _ = try await t.orderTrip(.with { $0.offerToken = offerA.token }, metadata: as_(a))
            }
            await run("OrderTrip while a trip is active", Expected(code: .failedPrecondition, reason: "ONGOING_TRIP")) {
                _ = try await t.orderTrip(.with { $0.offerToken = offerA2.token }, metadata: as_(a))
            }
            await run(
                "RequestTripOffers while a trip is active", Expected(code: .failedPrecondition, reason: "ONGOING_TRIP")
            ) {
                _ = try await t.requestTripOffers(request, metadata: as_(a))
            }

            // GetTrip
            await run("GetTrip unknown trip", Expected(code: .notFound, reason: "TRIP_NOT_FOUND")) {
                _ = try await t.getTrip(.with { $0.tripID = "nope" }, metadata: as_(a))
            }
            await run("GetTrip another customer's trip", denied("CUSTOMER_UNAUTHORIZED")) {
                _ = try await t.getTrip(.with { $0.tripID = trip }, metadata: as_(b))
            }
            await run("GetTrip unknown customer", denied("CUSTOMER_UNAUTHENTICATED")) {
                _ = try await t.getTrip(.with { $0.tripID = trip }, metadata: as_("nobody"))
            }
            // CancelTripAsCustomer
            await run("CancelTripAsCustomer without customer-id", denied("CUSTOMER_ID_MISSING")) {
                _ = try await t.cancelTripAsCustomer(.with { $0.tripID = trip }, metadata: TestToken.metadata)
            }
            await run("CancelTripAsCustomer unknown trip", Expected(code: .notFound, reason: "TRIP_NOT_FOUND")) {
                _ = try await t.cancelTripAsCustomer(.with { $0.tripID = "nope" }, metadata: as_(a))
            }
            await run("CancelTripAsCustomer another customer's trip", denied("CUSTOMER_UNAUTHORIZED")) {
                _ = try await t.cancelTripAsCustomer(.with { $0.tripID = trip }, metadata: as_(b))
            }
            // CancelTripAsIntegrator
            await run("CancelTripAsIntegrator unknown trip", Expected(code: .notFound, reason: "TRIP_NOT_FOUND")) {
                _ = try await t.cancelTripAsIntegrator(.with { $0.tripID = "nope" }, metadata: TestToken.metadata)
            }
            _ = try await t.cancelTripAsIntegrator(.with { $0.tripID = trip }, metadata: TestToken.metadata)
            await run(
                "CancelTripAsIntegrator a cancelled trip",
                Expected(code: .failedPrecondition, reason: "TRIP_NOT_CANCELLABLE")
            ) {
                _ = try await t.cancelTripAsIntegrator(.with { $0.tripID = trip }, metadata: TestToken.metadata)
            }
            await run(
                "CancelTripAsCustomer a cancelled trip",
                Expected(code: .failedPrecondition, reason: "TRIP_NOT_CANCELLABLE")
            ) {
                _ = try await t.cancelTripAsCustomer(.with { $0.tripID = trip }, metadata: as_(a))
            }
            await f.sandbox.advance(by: .minutes(11))  // offers live 10 simulated minutes
            await run("OrderTrip an expired offer", Expected(code: .failedPrecondition, reason: "OFFER_EXPIRED")) {
                _ = try await t.orderTrip(.with { $0.offerToken = offerB.token }, metadata: as_(b))
            }
            return await results.rows
        }
        Self.expectAll(rows)
    }

    @Test("BoardingAuthenticationService: every error path answers its code, reason and fields")
    func boardingAuthenticationErrors() async throws {
        let notReady = Expected(code: .failedPrecondition, reason: "TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION")
        @Sendable func denied(_ reason: String) -> Expected { Expected(code: .permissionDenied, reason: reason) }
        // The sandbox city with one autonomous shuttle (boarding authentication), a fixed 3 s dispatch latency.
        let (shuttleRows, _) = try await withLiveSandbox(scenario: PhaseTests.shuttle) { f in
            let results = Results()
            func run(_ name: String, _ e: Expected, _ body: () async throws -> Void) async {
                await results.add(name, await Self.mismatch(e, body))
            }
            func as_(_ customer: String) -> Metadata { TestToken.metadata(customer: customer) }
            func complete(_ trip: String, _ metadata: Metadata) async throws {
                _ = try await f.boarding.completeBoardingAuthentication(.with { $0.tripID = trip }, metadata: metadata)
            }
            /// Fails the case (not an RPCError) unless the trip is in `phase`.
            func expectPhase(_ trip: String, _ customer: String, _ phase: String) async throws {
                let now = try await f.trip(trip, customer: customer).phase
                guard now == phase else { throw WrongPhase(phase: now) }
            }
            let a = try await f.createCustomer().id, b = try await f.createCustomer().id
            let trip = try await f.orderTrip(for: a)

            await run("CompleteBoardingAuthentication without customer-id", denied("CUSTOMER_ID_MISSING")) {
                try await complete(trip, TestToken.metadata)
            }
            await run("CompleteBoardingAuthentication with an empty customer-id", denied("CUSTOMER_ID_MISSING")) {
                try await complete(trip, ["authorization": "Bearer \(TestToken.value)", "customer-id": ""])
            }
            await run(
                "CompleteBoardingAuthentication unknown trip", Expected(code: .notFound, reason: "TRIP_NOT_FOUND")
            ) {
                try await complete("nope", as_(a))
            }
            await run(
                "CompleteBoardingAuthentication empty trip id", Expected(code: .notFound, reason: "TRIP_NOT_FOUND")
            ) {
                try await complete("", as_(a))
            }
            await run("CompleteBoardingAuthentication unknown customer", denied("CUSTOMER_UNAUTHENTICATED")) {
                try await complete(trip, as_("nobody"))
            }
            await run("CompleteBoardingAuthentication another customer's trip", denied("CUSTOMER_UNAUTHORIZED")) {
                try await complete(trip, as_(b))
            }
            await run("CompleteBoardingAuthentication of an Ordered trip", notReady) {
                try await expectPhase(trip, a, "ordered")
                try await complete(trip, as_(a))
            }
            await f.sandbox.advance(by: .seconds(3))
            await run("CompleteBoardingAuthentication of an Accepted trip (vehicle not yet there)", notReady) {
                try await expectPhase(trip, a, "accepted")
                try await complete(trip, as_(a))
            }
            let ready = try await f.advance(trip, customer: a, limit: .minutes(20)) {
                $0.phase == "ready_for_boarding_authentication" || $0.ended
            }
            await run(
                "CompleteBoardingAuthentication another customer's trip while it is ready",
                denied("CUSTOMER_UNAUTHORIZED")
            ) {
                try await expectPhase(trip, a, "ready_for_boarding_authentication")
                try await complete(trip, as_(b))
            }
            if ready.trip.phase == "ready_for_boarding_authentication" { try await complete(trip, as_(a)) }
            await run("CompleteBoardingAuthentication twice", notReady) {
                let phase = try await f.trip(trip, customer: a).phase
                guard ["boarding_authentication_completed", "picked_up"].contains(phase) else {
                    throw WrongPhase(phase: phase)
                }
                try await complete(trip, as_(a))
            }
            _ = try await f.advance(trip, customer: a, limit: .hours(1)) { $0.ended }
            await run("CompleteBoardingAuthentication of a Fulfilled trip", notReady) {
                try await expectPhase(trip, a, "fulfilled")
                try await complete(trip, as_(a))
            }
            let cancelled = try await f.orderTrip(for: b)
            _ = try await f.trips.cancelTripAsCustomer(.with { $0.tripID = cancelled }, metadata: as_(b))
            await run("CompleteBoardingAuthentication of a cancelled trip", notReady) {
                try await expectPhase(cancelled, b, "cancelled_as_customer")
                try await complete(cancelled, as_(b))
            }
            // The adapter's own.
            await run("no bearer token", Expected(code: .unauthenticated, reason: "ACCESS_TOKEN_MISSING")) {
                try await complete(trip, ["customer-id": "\(a)"])
            }
            await run("wrong bearer token", Expected(code: .unauthenticated, reason: "ACCESS_TOKEN_INVALID")) {
                try await complete(trip, ["authorization": "Bearer nope", "customer-id": "\(a)"])
            }
            return await results.rows
        }
        // The sandbox city's vans need no authentication: a van's trip is never ready for it.
        let (vanRows, _) = try await withLiveSandbox { f in
            let results = Results()
            let a = try await f.createCustomer().id
            let trip = try await f.orderTrip(for: a)
            let accepted = try await f.advance(trip, customer: a, by: .seconds(1), limit: .seconds(10)) {
                $0.phase != "ordered"
            }
            await results.add(
                "CompleteBoardingAuthentication of a van's trip (\(accepted.trip.phase))",
                await Self.mismatch(notReady) { try await f.authenticate(trip, customer: a) })
            let pickedUp = try await f.advance(trip, customer: a, by: .seconds(10), limit: .hours(1)) {
                $0.phase == "picked_up" || $0.ended
            }
            await results.add(
                "CompleteBoardingAuthentication of a van's trip (\(pickedUp.trip.phase))",
                await Self.mismatch(notReady) { try await f.authenticate(trip, customer: a) })
            return await results.rows
        }
        Self.expectAll(shuttleRows + vanRows, atLeast: 16)
    }

    @Test("ServiceAreaService: every error path answers its code, reason and fields")
    func serviceAreaServiceErrors() async throws {
        let (rows, _) = try await withLiveSandbox { f in
            let results = Results()
            let areas = f.areas, md = TestToken.metadata
            func run(_ name: String, _ e: Expected, _ body: () async throws -> Void) async {
                await results.add(name, await Self.mismatch(e, body))
            }
            func bad(_ reason: String, _ fields: [String]) -> Expected {
                Expected(code: .invalidArgument, reason: reason, fields: fields)
            }
            let notFound = Expected(code: .notFound, reason: "SERVICE_AREA_NOT_FOUND")
            for _ in 0..<2 { _ = try await f.createCustomer() }  // so that ListCustomers has a next page
            let customersToken = try await f.customers.listCustomers(.with { $0.pageSize = 1 }, metadata: md)
                .nextPageToken
            // GetServiceArea
            await run("GetServiceArea unknown id", notFound) {
                _ = try await areas.getServiceArea(.with { $0.id = "atlantis" }, metadata: md)
            }
            await run("GetServiceArea empty id", notFound) {
                _ = try await areas.getServiceArea(.init(), metadata: md)
            }
            // ListServiceAreas
            await run("ListServiceAreas page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await areas.listServiceAreas(.with { $0.pageSize = 0 }, metadata: md)
            }
            await run("ListServiceAreas page_size -5", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await areas.listServiceAreas(.with { $0.pageSize = -5 }, metadata: md)
            }
            await run("ListServiceAreas garbled token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await areas.listServiceAreas(.with { $0.pageToken = "garbage" }, metadata: md)
            }
            await run("ListServiceAreas with a ListCustomers token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await areas.listServiceAreas(
                    .with {
                        $0.pageSize = 1; $0.pageToken = customersToken
                    }, metadata: md)
            }
            await run("ListServiceAreas both bad", bad("INVALID_PAGE_SIZE", ["page_size", "page_token"])) {
                _ = try await areas.listServiceAreas(
                    .with {
                        $0.pageSize = 0; $0.pageToken = "x"
                    }, metadata: md)
            }
            // ListServiceHours
            await run("ListServiceHours unknown area", notFound) {
                _ = try await areas.listServiceHours(.with { $0.serviceAreaID = "atlantis" }, metadata: md)
            }
            await run("ListServiceHours page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await areas.listServiceHours(
                    .with {
                        $0.serviceAreaID = "sandbox"; $0.pageSize = 0
                    }, metadata: md)
            }
            await run("ListServiceHours unknown area, page_size 0", bad("INVALID_PAGE_SIZE", ["page_size"])) {
                _ = try await areas.listServiceHours(
                    .with {
                        $0.serviceAreaID = "atlantis"; $0.pageSize = 0
                    }, metadata: md)
            }
            await run("ListServiceHours with a ListCustomers token", bad("INVALID_PAGE_TOKEN", ["page_token"])) {
                _ = try await areas.listServiceHours(
                    .with {
                        $0.serviceAreaID = "sandbox"; $0.pageSize = 1; $0.pageToken = customersToken
                    }, metadata: md)
            }
            // The adapter's own.
            await run("no bearer token", Expected(code: .unauthenticated, reason: "ACCESS_TOKEN_MISSING")) {
                _ = try await areas.listServiceAreas(.init())
            }
            await run("wrong bearer token", Expected(code: .unauthenticated, reason: "ACCESS_TOKEN_INVALID")) {
                _ = try await areas.getServiceArea(
                    .with { $0.id = "sandbox" }, metadata: ["authorization": "Bearer no"])
            }
            return await results.rows
        }
        Self.expectAll(rows, atLeast: 13)
    }
}
