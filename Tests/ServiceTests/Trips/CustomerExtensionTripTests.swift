import Service
import Simulation
import TestSupport
import Testing

/// What the customer extension does to offers and trips: the VIP tier in the matcher, default
/// requirements in the loads, saved addresses as ends, the account a trip is billed to, the current trip.
@Suite("Customer extension in offers and trips")
struct CustomerExtensionTripTests {
    /// v0 carries a rider from (−2 km, 0) to (2 km, 0) and passes (0, 0) after 240 s at little extra drive;
    /// v1 idles 1 km away (100 s). Cost = added drive + w·wait + ride: the shared v0 costs ≈ 315 s + 240 s·w,
    /// the idle v1 ≈ 615 s + 100 s·w, so v0 wins at the default w = 1 and v1 at a VIP's w = 3.
    static func conflict(tier: PriorityTier?) throws -> (offer: Offer, vehicle: String?) {
        var w = TestWorld()
        w.rules.customers.vipWaitWeight = 3
        w.addVehicle(at: -2000, 0)
        w.addVehicle(at: 0, -1000)
        let live = LiveWorld(w)
        _ = try live.book(try live.customer(), from: -2000, 0, to: 2000, 0)
        let customer = try live.customer()
        if let tier { _ = try live.service.setPriorityTier(tier, of: customer) }
        let offer = try #require(try live.offers(customer, from: 0, 0, to: 2000, 0).first)
        let trip = try live.service.orderTrip(customerID: customer, offerToken: offer.token)
        return (offer, try live.service.trip(customerID: customer, tripID: trip).vehicle?.id)
    }

    @Test("a VIP gets the earlier pickup where the wait decides between a shared and an idle vehicle")
    func vipGetsTheEarlierPickup() throws {
        let plain = try Self.conflict(tier: nil), vip = try Self.conflict(tier: .vip)
        #expect(plain.vehicle == "v0" && vip.vehicle == "v1")
        #expect(vip.offer.estimatedPickup < plain.offer.estimatedPickup)
    }

    @Test("the STANDARD tier is exactly the default: the same offer as a customer who never set a tier")
    func standardIsTheDefault() throws {
        var plain = try Self.conflict(tier: nil).offer, standard = try Self.conflict(tier: .standard).offer
        plain.token = ""; standard.token = ""
        #expect(plain == standard)
    }

    @Test("default requirements fill in the loads a request leaves unspecified; what it specifies wins")
    func defaultRequirements() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0, type: VehicleType(name: "van", seats: 4, wheelchairPlaces: 1, boosterSeats: 1))
        let live = LiveWorld(w)
        let customer = try live.customer()
        let profile = try live.service.setDefaultRequirements(
            ServiceRequirements(wheelchair: .needed, childSeat: .booster), of: customer)
        #expect(profile.requirements.childSeat == .booster)
        let (trip, _) = try live.book(
            customer, from: -2000, 0, to: 2000, 0, loads: [LoadRequest(kind: .adult), LoadRequest(kind: .child)])
        #expect(
            try live.service.trip(customerID: customer, tripID: trip).loads == [
                .adult(wheelchair: .needed), .child(wheelchair: .notNeeded, childSeat: .booster)
            ])
        try live.service.cancelTripAsCustomer(customerID: customer, tripID: trip)
        let walking = LoadRequest(kind: .adult, wheelchair: .notNeeded)
        let (second, _) = try live.book(customer, from: -2000, 0, to: 2000, 0, loads: [walking])
        #expect(try live.service.trip(customerID: customer, tripID: second).loads == [.adult])
    }

    @Test("a default wheelchair no vehicle type carries is INVALID_LOAD for that customer")
    func defaultRequirementInvalid() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        let customer = try live.customer()
        _ = try live.service.setDefaultRequirements(ServiceRequirements(wheelchair: .needed), of: customer)
        expect(
            serviceError { try live.offers(customer, from: -2000, 0, to: 2000, 0) }, .invalidArgument, .invalidLoad,
            fields: ["load"])
    }

    @Test("a saved address in place of a location gives the same offers as its coordinates")
    func savedAddressAsEnd() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        let a = try live.customer(), b = try live.customer()
        let home = try live.service.addSavedAddress(
            named: "home", NamedLocation(location: TestWorld.at(-1000, 0)), to: a)
        var request = OfferRequest.trip(from: -1000, 0, to: 2000, 0, departure: live.now)
        request.origin = NamedLocation(location: nil, savedAddressID: home.id)
        let saved = try live.service.requestTripOffers(customerID: a, request)
        let direct = try live.offers(b, from: -1000, 0, to: 2000, 0)
        #expect(saved.map(\.estimatedPickup) == direct.map(\.estimatedPickup) && !saved.isEmpty)
        #expect(saved.map(\.pickup) == direct.map(\.pickup))
    }

    @Test("saved address errors are INVALID_LOCATION on the end at fault, all ends at once")
    func savedAddressErrors() throws {
        let live = LiveWorld(TestWorld())
        let a = try live.customer(), b = try live.customer()
        let home = try live.service.addSavedAddress(named: "home", NamedLocation(location: TestWorld.at(0, 0)), to: a)
        var request = OfferRequest.trip(from: -1000, 0, to: 2000, 0, departure: live.now)
        request.origin.savedAddressID = home.id
        request.destination = NamedLocation(location: nil, savedAddressID: "sa-9")
        expect(
            serviceError { try live.service.requestTripOffers(customerID: a, request) }, .invalidArgument,
            .invalidLocation, fields: ["origin.saved_address_id", "destination.saved_address_id"])
        request = OfferRequest.trip(from: -1000, 0, to: 2000, 0, departure: live.now)
        request.origin = NamedLocation(location: GeoPoint(lat: 100, lon: 0))
        request.destination = NamedLocation(location: nil, savedAddressID: home.id)
        expect(
            serviceError { try live.service.requestTripOffers(customerID: b, request) }, .invalidArgument,
            .invalidLocation, fields: ["origin.location", "destination.saved_address_id"])
    }

    @Test("a trip is billed to the account named, else the customer's default, through the engine into the log")
    func accountOnTrip() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        let customer = try live.customer()
        let a = try live.service.createAccount(name: "A", departments: ["Sales"])
        let b = try live.service.createAccount(name: "B", departments: [])
        _ = try live.service.attachCustomer(customer, toAccount: a.id, department: "dep-1")
        _ = try live.service.attachCustomer(customer, toAccount: b.id)
        let (first, _) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        #expect(
            try live.service.trip(customerID: customer, tripID: first).account
                == TripAccount(accountID: a.id, departmentID: "dep-1"))
        try live.service.cancelTripAsCustomer(customerID: customer, tripID: first)
        var request = OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: live.now)
        request.accountID = b.id
        let offer = try #require(try live.service.requestTripOffers(customerID: customer, request).first)
        let second = try live.service.orderTrip(customerID: customer, offerToken: offer.token)
        #expect(try live.service.trip(customerID: nil, tripID: second).account == TripAccount(accountID: b.id))
        let logged = live.log.trip(try live.index(of: second)).compactMap { e -> TripAccount? in
            if case .requested(_, let q) = e.kind { q.account } else { nil }
        }
        #expect(logged == [TripAccount(accountID: b.id)])
    }

    @Test(
        "an account the customer is not attached to is PERMISSION_DENIED / ACCOUNT_NOT_ALLOWED, and no request is made")
    func accountNotAllowed() throws {
        let live = LiveWorld(TestWorld())
        let customer = try live.customer(), other = try live.customer()
        let a = try live.service.createAccount(name: "A", departments: [])
        _ = try live.service.attachCustomer(other, toAccount: a.id)
        let before = live.sink.events.count
        for id in [a.id, "no-such-account"] {
            var request = OfferRequest.trip(from: -2000, 0, to: 2000, 0, departure: live.now)
            request.accountID = id
            expect(
                serviceError { try live.service.requestTripOffers(customerID: customer, request) }, .permissionDenied,
                .accountNotAllowed)
        }
        #expect(live.sink.events.count == before)
    }

    @Test("the current trip: NO_CURRENT_TRIP before ordering and after the end, the trip in between")
    func currentTrip() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        let customer = try live.customer()
        expect(serviceError { try live.service.currentTrip(of: customer) }, .notFound, .noCurrentTrip)
        expect(serviceError { try live.service.currentTrip(of: "nobody") }, .notFound, .customerNotFound)
        let (trip, _) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        #expect(try live.service.currentTrip(of: customer).tripID == trip)
        try live.advance(trip: trip) { $0 == .fulfilled }
        expect(serviceError { try live.service.currentTrip(of: customer) }, .notFound, .noCurrentTrip)
    }
}
