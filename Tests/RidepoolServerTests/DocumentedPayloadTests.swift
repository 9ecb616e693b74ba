import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import SwiftProtobuf
import TestSupport
import Testing

/// The documents' own grpcurl payloads, replayed against a live sandbox: the acceptance test of issue 16.
///
/// `Fixtures/documented_payloads.json` holds every `-d "…"` payload of the customer guide and the trip
/// lifecycle guide, with its headers and method, as `scripts/extract-api-payloads.py` extracted them
/// (none retyped), and the three RequestTripOffers variants the trip guide shows as fragments. The test
/// fills the shell placeholders as a shell would (`$(date -u …)` is the sandbox's now), decodes each
/// payload with SwiftProtobuf's JSON decoder into the request message, sends it over gRPC to a live
/// sandbox and checks the documented answer. The sandbox runs on the wall-clock mode with the wall
/// clock set to the documents' example day, 2024-08-05 13:00 UTC, so the arrival-time variant's
/// `2024-08-05T13:30:00Z` is half an hour ahead, as the guide means it.
@Suite struct DocumentedPayloadTests {
    struct Fixture: Decodable {
        struct Call: Decodable {
            var document: String
            var service: String
            var method: String
            var headers: [String: String]
            var payload: String
        }
        struct Variant: Decodable {
            var fragment: [String: JSONValue]
            var removes: [String]
        }
        var calls: [Call]
        var variants: [Variant]

        static func load() throws -> Fixture {
            let path = Fixtures.root + "/Tests/RidepoolServerTests/Fixtures/documented_payloads.json"
            return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        }

        func call(_ method: String) throws -> Call {
            try #require(calls.first { $0.method == method }, "the fixture has no \(method) payload")
        }
    }

    /// The documents' example day; the sandbox's wall clock in this test.
    static let exampleNow = Date(timeIntervalSince1970: 1_722_862_800)  // 2024-08-05T13:00:00Z

    /// The one defect of the documents' payloads: the trip guide sends `"visual_impairment_support":"false"`,
    /// a quoted bool, which ProtoJSON does not allow (SwiftProtobuf, Go's protojson and grpcurl, Python's
    /// json_format all refuse it before a request is sent). The test proves the defect is there and then
    /// sends the payload with that one value unquoted; nothing else is touched.
    static let quotedBool = (
        text: "\"visual_impairment_support\":\"false\"", fixed: "\"visual_impairment_support\":false"
    )

    @Test("the fixture holds every grpcurl payload of both guides, in their order, and the three variants")
    func fixtureIsComplete() throws {
        let fixture = try Fixture.load()
        #expect(
            fixture.calls.map(\.method) == [
                "CreateCustomer", "ListCustomers", "DeleteCustomer", "AddCustomerFlag", "RemoveCustomerFlag",
                "ListCustomerFlags", "RequestTripOffers", "OrderTrip", "GetTrip", "CancelTripAsCustomer",
                "CancelTripAsIntegrator"
            ])
        #expect(fixture.variants.map { $0.fragment.keys.sorted() } == [["arrival_time"], ["load"], ["approach_speed"]])
        #expect(fixture.variants[0].removes == ["departure_time"])
    }

    @Test("the documented RequestTripOffers payload sends a quoted bool, which ProtoJSON refuses")
    func quotedBoolIsTheDocumentsDefect() throws {
        let payload = try Fixture.load().call("RequestTripOffers").payload
        #expect(payload.contains(Self.quotedBool.text))
        let filled = payload.replacingOccurrences(of: "$(date -u '+%Y-%m-%dT%H:%M:%SZ')", with: "2024-08-05T13:00:00Z")
        #expect(throws: (any Error).self) { try TripAPI.RequestTripOffersRequest(jsonString: filled) }
        let fixed = try TripAPI.RequestTripOffersRequest(
            jsonString: filled.replacingOccurrences(of: Self.quotedBool.text, with: Self.quotedBool.fixed))
        #expect(!fixed.visualImpairmentSupport && fixed.approachSpeed == .medium)
    }

    @Test("every documented payload works unchanged against a live sandbox and gets the documented answer")
    func documentedFlow() async throws {
        let fixture = try Fixture.load()
        let ((replayed, checks), _) = try await withLiveSandbox(clock: .wall(now: Self.exampleNow)) { f in
            var replay = Replay(fixture: fixture, f: f)
            try await replay.run()
            return (replay.replayed, replay.checks)
        }
        #expect(Set(replayed) == Set(fixture.calls.map(\.method)), "every documented call was replayed")
        for (name, ok) in checks { #expect(ok, "\(name)") }
    }
}

/// One run through the documents' flow; `checks` collects (what, whether it held).
struct Replay {
    let fixture: DocumentedPayloadTests.Fixture
    let f: LiveFixture
    var values: [String: String] = ["${ACCESS_TOKEN}": TestToken.value, "${CUSTOMER_FLAG}": "vip"]
    var replayed: [String] = []
    var checks: [(String, Bool)] = []

    init(fixture: DocumentedPayloadTests.Fixture, f: LiveFixture) { self.fixture = fixture; self.f = f }

    mutating func check(_ what: String, _ ok: Bool) { checks.append((what, ok)) }

    /// `text` with every placeholder filled as a shell would (`$(date -u …)`: the sandbox's now).
    func filled(_ text: String, now: String) -> String {
        var text = text.replacingOccurrences(of: "$(date -u '+%Y-%m-%dT%H:%M:%SZ')", with: now)
        for (placeholder, value) in values { text = text.replacingOccurrences(of: placeholder, with: value) }
        for (placeholder, value) in values where placeholder.hasPrefix("${") {  // $NAME as well as ${NAME}
            text = text.replacingOccurrences(of: "$" + placeholder.dropFirst(2).dropLast(), with: value)
        }
        return text
    }

    /// The call's payload (filled) as the request message, and its headers (filled) as metadata.
    mutating func request<M: SwiftProtobuf.Message>(_ method: String, _: M.Type, payload: String? = nil) async throws
        -> (M, Metadata)
    {
        let call = try fixture.call(method)
        let now = await f.sandbox.simulatedNow()
        var json = filled(payload ?? call.payload, now: now)
        if json.contains(DocumentedPayloadTests.quotedBool.text) {
            json = json.replacingOccurrences(
                of: DocumentedPayloadTests.quotedBool.text,
                with: DocumentedPayloadTests.quotedBool.fixed)
        }
        var metadata = Metadata()
        for (name, value) in call.headers { metadata.addString(filled(value, now: now), forKey: name) }
        replayed.append(method)
        return (try M(jsonString: json), metadata)
    }

    /// The documented RequestTripOffers payload with a variant's fragment merged in (its removed fields dropped).
    func variantPayload(_ variant: DocumentedPayloadTests.Fixture.Variant) throws -> String {
        let base = try fixture.call("RequestTripOffers").payload
        var object = try #require(try JSONSerialization.jsonObject(with: Data(base.utf8)) as? [String: Any])
        for field in variant.removes { object[field] = nil }
        for (key, value) in variant.fragment { object[key] = value.any }
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static let names: JSONEncodingOptions = {
        var options = JSONEncodingOptions()
        options.preserveProtoFieldNames = true
        return options
    }()

    mutating func run() async throws {
        // Managing Customers: create, list in pages of 5.
        let (create, createHeaders) = try await request("CreateCustomer", CustomerAPI.CreateCustomerRequest.self)
        let customer = try await f.customers.createCustomer(create, metadata: createHeaders).customer
        check(
            "CreateCustomer returns the customer with a generated id and the data sent",
            !customer.id.isEmpty && customer.emailAddress == create.emailAddress && customer.givenName == "Test"
                && customer.familyName == "Customer" && customer.languageCode == "en"
                && customer.phoneNumber == "+4997259173740")
        values["${CUSTOMER_ID}"] = customer.id

        let (list, listHeaders) = try await request("ListCustomers", CustomerAPI.ListCustomersRequest.self)
        var page = try await f.customers.listCustomers(list, metadata: listHeaders)
        var seen = page.customers.map(\.id), pages = 1
        check(
            "ListCustomers {page_size: 5} returns at most 5 customers",
            page.customers.count <= 5 && !page.customers.isEmpty)
        while page.hasNextPageToken, pages < 1000 {
            var next = list
            next.pageToken = page.nextPageToken
            page = try await f.customers.listCustomers(next, metadata: listHeaders)
            seen += page.customers.map(\.id)
            pages += 1
        }
        check(
            "following next_page_token lists every customer exactly once, the new one included",
            Set(seen).count == seen.count && seen.contains(customer.id) && !page.hasNextPageToken)

        // Customer flags: add, list, remove, list.
        let (add, addHeaders) = try await request("AddCustomerFlag", CustomerAPI.AddCustomerFlagRequest.self)
        let added = try await f.customers.addCustomerFlag(add, metadata: addHeaders)
        check("AddCustomerFlag answers {}", try added.jsonString() == "{}")
        let (flags, flagsHeaders) = try await request("ListCustomerFlags", CustomerAPI.ListCustomerFlagsRequest.self)
        check(
            "ListCustomerFlags shows the flag",
            try await f.customers.listCustomerFlags(flags, metadata: flagsHeaders).flags == ["vip"])
        let (remove, removeHeaders) = try await request(
            "RemoveCustomerFlag", CustomerAPI.RemoveCustomerFlagRequest.self)
        let removed = try await f.customers.removeCustomerFlag(remove, metadata: removeHeaders)
        check("RemoveCustomerFlag answers {}", try removed.jsonString() == "{}")
        check(
            "ListCustomerFlags no longer shows it",
            try await f.customers.listCustomerFlags(flags, metadata: flagsHeaders).flags.isEmpty)

        // Requesting offers: the payload, then its three variants.
        let (offerRequest, offerHeaders) = try await request("RequestTripOffers", TripAPI.RequestTripOffersRequest.self)
        check(
            "departure_time $(date -u) is the sandbox's now",
            offerRequest.departureTime.seconds == Int64(DocumentedPayloadTests.exampleNow.timeIntervalSince1970))
        let offers = try await f.trips.requestTripOffers(offerRequest, metadata: offerHeaders).offers
        check(
            "RequestTripOffers returns offers, each with a token",
            !offers.isEmpty && offers.allSatisfy { !$0.token.isEmpty })
        check(
            "the offer's JSON carries \"token\"", try offers[0].jsonString(options: Self.names).contains("\"token\":"))
        for (k, variant) in fixture.variants.enumerated() {
            let (v, headers) = try await request(
                "RequestTripOffers", TripAPI.RequestTripOffersRequest.self,
                payload: try variantPayload(variant))
            let got = try await f.trips.requestTripOffers(v, metadata: headers).offers
            check("variant \(k) (\(variant.fragment.keys.sorted())) gets offers", !got.isEmpty)
            if variant.fragment["arrival_time"] != nil {
                check(
                    "arrival_time: every offer drops off by 13:30",
                    v.arrivalTime.seconds == 1_722_864_600
                        && got.allSatisfy { $0.dropoff.timeWindow.endTime.seconds <= 1_722_864_600 })
            }
            if variant.fragment["load"] != nil {
                check(
                    "two loads: an adult in a wheelchair and a child on a booster",
                    v.load.count == 2 && v.load[0].adult.wheelchair == .needed && v.load[1].child.childSeat == .booster)
            }
            if variant.fragment["approach_speed"] != nil {
                let slow = got.first { o in offers.contains { $0.pickup.stop.id == o.pickup.stop.id } }
                let medium = offers.first { $0.pickup.stop.id == slow?.pickup.stop.id }
                check(
                    "APPROACH_SPEED_SLOW walks longer to the same pickup stop",
                    v.approachSpeed == .slow && slow != nil && medium != nil
                        && slow!.pickup.walk.duration.seconds > medium!.pickup.walk.duration.seconds)
            }
        }

        // Ordering, getting and cancelling as customer.
        values["$OFFER_TOKEN"] = offers[0].token
        let (order, orderHeaders) = try await request("OrderTrip", TripAPI.OrderTripRequest.self)
        let ordered = try await f.trips.orderTrip(order, metadata: orderHeaders)
        let orderedJSON = try ordered.jsonString(options: Self.names)
        check(
            "OrderTrip answers {\"trip_id\": …}",
            !ordered.tripID.isEmpty && orderedJSON == "{\"trip_id\":\"\(ordered.tripID)\"}")
        values["$TRIP_ID"] = ordered.tripID
        let (get, getHeaders) = try await request("GetTrip", TripAPI.GetTripRequest.self)
        let trip = try await f.trips.getTrip(get, metadata: getHeaders).trip
        // Ordered: the dispatcher decides after its latency (1–5 simulated seconds), and this clock stands still.
        check(
            "GetTrip's trip has the documented id, customer_id and state (Ordered)",
            trip.id == ordered.tripID && trip.customerID == customer.id && trip.phase == "ordered")
        let tripJSON = try trip.jsonString(options: Self.names)
        check(
            "the trip's JSON carries \"id\", \"customer_id\", \"state\", \"pickup_time\", \"dropoff_time\": \(tripJSON)",
            tripJSON.hasPrefix("{\"id\":\"\(ordered.tripID)\",\"customer_id\":\"\(customer.id)\",\"state\":{")
                && tripJSON.contains("\"pickup_time\":\"2024-08-05T13:")
                && tripJSON.contains("\"dropoff_time\":\"2024-08-05T13:"))
        let (cancel, cancelHeaders) = try await request(
            "CancelTripAsCustomer", TripAPI.CancelTripAsCustomerRequest.self)
        let cancelled = try await f.trips.cancelTripAsCustomer(cancel, metadata: cancelHeaders)
        check("CancelTripAsCustomer answers {}", try cancelled.jsonString() == "{}")
        check(
            "the trip is NotFulfilled / CANCELLED_AS_CUSTOMER",
            try await f.trips.getTrip(get, metadata: getHeaders).trip.state.notFulfilled.reason == .cancelledAsCustomer)

        // A second trip, cancelled as integrator.
        let again = try await f.trips.requestTripOffers(
            try await request("RequestTripOffers", TripAPI.RequestTripOffersRequest.self).0,
            metadata: offerHeaders
        ).offers
        values["$OFFER_TOKEN"] = again[0].token
        let (order2, _) = try await request("OrderTrip", TripAPI.OrderTripRequest.self)
        values["$TRIP_ID"] = try await f.trips.orderTrip(order2, metadata: orderHeaders).tripID
        let (cancel2, cancel2Headers) = try await request(
            "CancelTripAsIntegrator", TripAPI.CancelTripAsIntegratorRequest.self)
        check(
            "CancelTripAsIntegrator goes without customer-id",
            cancel2Headers[stringValues: "customer-id"].first(where: { _ in true }) == nil)
        let cancelled2 = try await f.trips.cancelTripAsIntegrator(cancel2, metadata: cancel2Headers)
        check("CancelTripAsIntegrator answers {}", try cancelled2.jsonString() == "{}")
        let (get2, _) = try await request("GetTrip", TripAPI.GetTripRequest.self)
        check(
            "the trip is NotFulfilled / CANCELLED_AS_INTEGRATOR",
            try await f.trips.getTrip(get2, metadata: getHeaders).trip.state.notFulfilled.reason
                == .cancelledAsIntegrator)

        // Deleting the customer: {"id": …}; afterwards GetCustomer {"id": …} is NOT_FOUND / CUSTOMER_NOT_FOUND.
        let (delete, deleteHeaders) = try await request("DeleteCustomer", CustomerAPI.DeleteCustomerRequest.self)
        let deleted = try await f.customers.deleteCustomer(delete, metadata: deleteHeaders)
        let deletedJSON = try deleted.jsonString()
        check("DeleteCustomer {\"id\": …} answers {}", delete.id == customer.id && deletedJSON == "{}")
        let gone = try CustomerAPI.GetCustomerRequest(jsonString: "{\"id\":\"\(customer.id)\"}")
        do {
            _ = try await f.customers.getCustomer(gone, metadata: TestToken.metadata)
            check("GetCustomer of the deleted customer fails", false)
        } catch let error as RPCError {
            check(
                "GetCustomer {\"id\": …} of the deleted customer is NOT_FOUND / CUSTOMER_NOT_FOUND",
                error.code == .notFound && error.reason == "CUSTOMER_NOT_FOUND" && error.domain == "ridepool")
        }
    }
}

/// A JSON value of the fixture's fragments, kept as decoded.
enum JSONValue: Decodable, Sendable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: any Swift.Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// As `JSONSerialization` takes it.
    var any: Any {
        switch self {
        case .string(let s): s
        case .number(let n): n
        case .bool(let b): b
        case .array(let a): a.map(\.any)
        case .object(let o): o.mapValues(\.any)
        case .null: NSNull()
        }
    }
}
