import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import Simulation
import Testing

/// The sandbox's clock modes: `wall` (the default of `ridepool serve`) makes simulated time the wall
/// clock's time of day, so a request leaving `date -u` means now; `scenario` starts at the scenario's start.
@Suite struct ClockTests {
    static let afternoon = Date(timeIntervalSince1970: 1_722_862_800.25)  // 2024-08-05T13:00:00.250Z

    @Test("a wall clock starts at the wall instant's time of day, and its timestamps read that instant")
    func wallClockMapsNowToNow() throws {
        let clock = SimulatedClock(wallNow: Self.afternoon, speed: 1)
        #expect(clock.start == .hours(13) + SimTime(ms: 250))
        #expect(
            clock.timestamp(clock.start).seconds == 1_722_862_800 && clock.timestamp(clock.start).nanos == 250_000_000)
        #expect(clock.rfc3339(clock.start) == "2024-08-05T13:00:00Z")
        let nextDay = SimulatedClock(wallNow: Date(timeIntervalSince1970: 1_722_902_399), speed: 1)  // 23:59:59
        #expect(nextDay.start == .hours(24) - .seconds(1))
    }

    @Test("a scenario clock starts at the scenario's start on the given day")
    func scenarioClockStartsAtTheScenario() {
        let clock = SimulatedClock(start: .hours(7), speed: 1, today: Self.afternoon)
        #expect(clock.rfc3339(clock.start) == "2024-08-05T07:00:00Z")
    }

    @Test(
        "with --clock wall the sandbox's now is the wall clock's, the morning's riders have ridden, and departure now gets offers"
    )
    func wallModeSandboxJoinsTheDayAtNow() async throws {
        let ((header, offers, ordered), result) = try await withLiveSandbox(clock: .wall(now: Self.afternoon)) { f in
            let id = try await f.createCustomer().id
            let header = try await f.customers.getCustomer(.with { $0.id = id }, metadata: TestToken.metadata) {
                $0.metadata[stringValues: "ridepool-sim-time"].first(where: { _ in true })
            }
            let request = try await f.offerRequest()  // departure_time: the sandbox's now
            let offers = try await f.trips.requestTripOffers(request, metadata: TestToken.metadata(customer: id)).offers
            return (header, offers, request.departureTime.seconds)
        }
        #expect(header == "2024-08-05T13:00:00Z")
        #expect(ordered == 1_722_862_800)
        #expect(!offers.isEmpty && offers.allSatisfy { $0.pickup.timeWindow.startTime.seconds >= 1_722_862_800 })
        // The scenario's riders from 07:00 to 13:00 were simulated (12 requests an hour).
        #expect(result.requests > 40)
    }

    @Test("with --clock scenario the sandbox starts at the scenario's 07:00 whatever the hour")
    func scenarioModeStartsInTheMorning() async throws {
        let (header, _) = try await withLiveSandbox(clock: .scenario) { f in
            try await f.customers.listCustomers(.init(), metadata: TestToken.metadata) {
                $0.metadata[stringValues: "ridepool-sim-time"].first(where: { _ in true })
            }
        }
        #expect(header?.hasSuffix("T07:00:00Z") == true)
    }
}
