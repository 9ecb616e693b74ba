import Service
import Simulation
import TestSupport
import Testing

/// The customer extension's saved addresses: add (every bad field at once), list, remove, the limit.
@Suite("Saved addresses")
struct SavedAddressTests {
    static let home = NamedLocation(location: TestWorld.at(-1000, 0), primaryAddress: "Stüberedder 14")

    @Test("addresses get ids sa-1, sa-2, … that are never reused, and list in the order saved")
    func addListRemove() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        let home = try live.service.addSavedAddress(named: "home", Self.home, to: id)
        let office = try live.service.addSavedAddress(
            named: "office", NamedLocation(location: TestWorld.at(0, 0)), to: id)
        #expect(home.id == "sa-1" && office.id == "sa-2" && home.place == Self.home)
        try live.service.removeSavedAddress("sa-1", from: id)
        let gym = try live.service.addSavedAddress(named: "home", Self.home, to: id)
        #expect(gym.id == "sa-3")
        let first = try live.service.listSavedAddresses(of: id, pageSize: 1, pageToken: "")
        let second = try live.service.listSavedAddresses(of: id, pageSize: 1, pageToken: first.nextPageToken)
        #expect(first.items.map(\.id) == ["sa-2"] && second.items.map(\.id) == ["sa-3"] && second.isLast)
    }

    @Test("every bad field at once: INVALID_SAVED_ADDRESS on name, address.location and the long texts")
    func invalid() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        let long = String(repeating: "x", count: NamedLocation.maxTextLength + 1)
        expect(
            serviceError {
                try live.service.addSavedAddress(
                    named: " ", NamedLocation(location: GeoPoint(lat: 91, lon: 0), secondaryPOIName: long), to: id)
            }, .invalidArgument, .invalidSavedAddress,
            fields: ["name", "address.location", "address.secondary_poi_name"])
        expect(
            serviceError {
                try live.service.addSavedAddress(
                    named: String(repeating: "n", count: 101), NamedLocation(location: nil), to: "nobody")
            }, .invalidArgument, .invalidSavedAddress, fields: ["name", "address.location"])
        expect(
            serviceError { try live.service.addSavedAddress(named: "home", Self.home, to: "nobody") }, .notFound,
            .customerNotFound)
    }

    @Test("removing an unknown address is SAVED_ADDRESS_NOT_FOUND, of an unknown customer CUSTOMER_NOT_FOUND")
    func removeUnknown() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        expect(serviceError { try live.service.removeSavedAddress("sa-1", from: id) }, .notFound, .savedAddressNotFound)
        expect(
            serviceError { try live.service.removeSavedAddress("sa-1", from: "nobody") }, .notFound, .customerNotFound)
    }

    @Test("the 21st address is FAILED_PRECONDITION / SAVED_ADDRESS_LIMIT_REACHED")
    func limit() throws {
        let live = LiveWorld(TestWorld())
        let id = try live.customer()
        for k in 0..<SavedAddress.maxPerCustomer {
            _ = try live.service.addSavedAddress(named: "a\(k)", Self.home, to: id)
        }
        expect(
            serviceError { try live.service.addSavedAddress(named: "more", Self.home, to: id) }, .failedPrecondition,
            .savedAddressLimitReached)
    }
}
