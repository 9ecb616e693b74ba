import Service
import Simulation
import TestSupport
import Testing

/// Where a scenario's `customers` section asks for them, simulated riders get the VIP tier, default
/// requirements and corporate accounts through the service's own calls, and book on their accounts.
@Suite("Simulated riders and the customer extension")
struct SimulatedCustomerMixTests {
    static func world() -> TestWorld {
        var w = SimulatedRidersTests.world(seed: 3)
        w.vehicles = []
        let van = VehicleType(name: "van", seats: 6, wheelchairPlaces: 1, seatsFoldedPerWheelchair: 2, boosterSeats: 1)
        for (x, y) in [(-2000.0, -2000.0), (2000, 2000), (-2000, 2000), (2000, -2000)] {
            w.addVehicle(at: x, y, type: van)
        }
        w.rules.customers = CustomerRules(
            vipShare: 0.4, defaultWheelchairShare: 0.2,
            accounts: [
                AccountShare(name: "Acme GmbH", departments: ["Sales", "Engineering"], share: 0.5),
                AccountShare(name: "Stadtwerke", share: 0.25)
            ])
        return w
    }

    @Test("accounts are created at the first step; tiers, requirements and accounts follow the shares")
    func mix() throws {
        let live = LiveWorld(Self.world(), start: .zero)
        live.finish()
        let events = live.log.events
        let created = events.compactMap { e -> CorporateAccount? in
            if case .accountCreated(let a) = e.kind { a } else { nil }
        }
        #expect(created.map(\.name) == ["Acme GmbH", "Stadtwerke"])
        let firstRequest = try #require(events.firstIndex { if case .requested = $0.kind { true } else { false } })
        #expect(
            events.prefix(firstRequest).filter { if case .accountCreated = $0.kind { true } else { false } }.count == 2)

        let requests = events.compactMap { e -> TripRequest? in if case .requested(_, let q) = e.kind { q } else { nil }
        }
        let customers = Set(requests.map(\.customerID))
        var vip = 0, wheelchair = 0, billed = 0
        for id in customers {
            let profile = try live.service.customerProfile(of: id)
            if profile.priorityTier == .vip { vip += 1 }
            if profile.requirements.wheelchair == .needed { wheelchair += 1 }
            if let account = profile.defaultAccountID {
                billed += 1
                #expect(created.contains { $0.id == account })
                let membership = try #require(profile.membership(of: account))
                #expect(created.first { $0.id == account }?.departments.isEmpty == (membership.departmentID == nil))
            }
        }
        #expect(vip > 0 && vip < customers.count)
        #expect(wheelchair > 0 && wheelchair < customers.count)
        #expect(billed > 0 && billed < customers.count)
        for q in requests {
            let profile = try live.service.customerProfile(of: q.customerID)
            #expect(q.account?.accountID == profile.defaultAccountID)
            #expect((q.loads.first?.wheelchair == .needed) == (profile.requirements.wheelchair == .needed))
        }
    }

    @Test("without the section no account is made and no customer is VIP: the default rules change nothing")
    func defaultsChangeNothing() throws {
        var world = Self.world()
        world.rules.customers = CustomerRules()
        let live = LiveWorld(world, start: .zero)
        live.finish()
        #expect(!live.log.events.contains { if case .accountCreated = $0.kind { true } else { false } })
        let requests = live.log.events.compactMap { e -> TripRequest? in
            if case .requested(_, let q) = e.kind { q } else { nil }
        }
        #expect(requests.allSatisfy { $0.account == nil })
        #expect(try requests.allSatisfy { try live.service.customerProfile(of: $0.customerID) == CustomerProfile() })
    }
}
