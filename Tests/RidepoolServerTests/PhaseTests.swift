import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import Simulation
import Testing

/// Issue 17's asynchronous phases as an API client sees them, through gRPC against a live sandbox on a
/// manual clock: `Ordered` until the dispatcher decides, then `Accepted` with a vehicle or
/// `NotFulfilled/Rejected`; with an autonomous vehicle type, `ReadyForBoardingAuthentication` until the
/// rider calls CompleteBoardingAuthentication, or `NoShow` when they never do.
/// `scenarios/examples/sandbox_shuttle.yaml` is the sandbox city with one 2-seat shuttle that needs boarding
/// authentication, no simulated riders and a fixed dispatch latency of 3 s.
@Suite struct PhaseTests {
    static let shuttle = "scenarios/examples/sandbox_shuttle.yaml"

    @Test("a trip polled right after OrderTrip is Ordered, and Accepted with a vehicle once the latency passed")
    func orderedThenAccepted() async throws {
        // sandbox.yaml: the default dispatch latency, 1–5 simulated seconds.
        let ((first, walk), _) = try await withLiveSandbox { f in
            let id = try await f.createCustomer().id
            let trip = try await f.orderTrip(for: id)
            let first = try await f.trip(trip, customer: id)
            let walk = try await f.advance(trip, customer: id, by: .seconds(1), limit: .seconds(10)) {
                $0.phase != "ordered"
            }
            return (first, walk)
        }
        #expect(first.phase == "ordered" && !first.hasVehicle)
        #expect(walk.phases == ["ordered", "accepted"])
        #expect(walk.waited >= .seconds(1) && walk.waited <= .seconds(5), "decided after \(walk.waited)")
        #expect(walk.trip.hasVehicle && !walk.trip.vehicle.id.isEmpty && walk.trip.vehicle.label == "van")
    }

    @Test("orders a full fleet cannot keep are Ordered for the latency, then Rejected (FLEET_SATURATED in the log)")
    func fullFleetRejects() async throws {
        let ((early, late, decided), result) = try await withLiveSandbox(scenario: Self.shuttle) { f in
            // Eight customers order the documents' trip at the same instant: one 2-seat shuttle cannot
            // keep every offer's promise (each was made against the empty plan).
            var trips: [(trip: String, customer: String)] = []
            for _ in 0..<8 {
                let customer = try await f.createCustomer().id
                trips.append((try await f.orderTrip(for: customer), customer))
            }
            var early: [String] = [], late: [String] = [], decided: [TripAPI.Trip] = []
            for t in trips { early.append(try await f.trip(t.trip, customer: t.customer).phase) }
            await f.sandbox.advance(by: .seconds(2))
            for t in trips { late.append(try await f.trip(t.trip, customer: t.customer).phase) }
            await f.sandbox.advance(by: .seconds(1))  // the fixed latency, 3 s, has passed
            for t in trips { decided.append(try await f.trip(t.trip, customer: t.customer)) }
            return (early, late, decided)
        }
        #expect(early == Array(repeating: "ordered", count: 8))
        #expect(late == Array(repeating: "ordered", count: 8), "decided before the scenario's 3 s latency")
        #expect(decided.allSatisfy { $0.phase == "accepted" || $0.phase == "rejected" }, "\(decided.map(\.phase))")
        #expect(decided[0].phase == "accepted", "orders are decided in order of arrival; the first finds room")
        let accepted = decided.filter { $0.phase == "accepted" }, rejected = decided.filter { $0.phase == "rejected" }
        #expect(accepted.allSatisfy { $0.vehicle.id == "shuttle0" && $0.vehicle.label == "shuttle" })
        #expect(!rejected.isEmpty && rejected.allSatisfy { !$0.hasVehicle })
        // The rejection's reason is in the run's log (the API's state carries only REASON_REJECTED).
        let reasons = try Self.rejectReasons(in: result.directory)
        #expect(reasons == Dictionary(uniqueKeysWithValues: rejected.map { ($0.id, "FLEET_SATURATED") }))
        #expect(result.summary.rejected == rejected.count)
    }

    @Test(
        "an autonomous shuttle's trip walks through boarding authentication; a rider who never authenticates is a NoShow"
    )
    func boardingAuthenticationPhases() async throws {
        struct Seen: Sendable {
            var refusedOrdered: RPCError?, refusedAccepted: RPCError?
            /// Each trip's phases, polled every 5 simulated seconds (each once, in order).
            var rider: [String] = [], absent: [String] = []
            /// GetTrip right after the rider's CompleteBoardingAuthentication.
            var afterAuthentication: String?
            var riderVehicle = ""
        }
        let (seen, result) = try await withLiveSandbox(scenario: Self.shuttle) { f in
            var seen = Seen()
            let a = try await f.createCustomer().id, b = try await f.createCustomer().id
            let rider = try await f.orderTrip(for: a), absent = try await f.orderTrip(for: b)
            seen.refusedOrdered = await #expect(throws: RPCError.self) { try await f.authenticate(rider, customer: a) }
            await f.sandbox.advance(by: .seconds(3))
            seen.refusedAccepted = await #expect(throws: RPCError.self) {
                try await f.authenticate(rider, customer: a)
            }
            // Both riders wait at the same pickup; only the first authenticates once the shuttle is there.
            for _ in 0..<720 {
                let r = try await f.trip(rider, customer: a), x = try await f.trip(absent, customer: b)
                if seen.rider.last != r.phase { seen.rider.append(r.phase) }
                if seen.absent.last != x.phase { seen.absent.append(x.phase) }
                if r.phase == "ready_for_boarding_authentication" {
                    seen.riderVehicle = r.vehicle.label
                    try await f.authenticate(rider, customer: a)
                    seen.afterAuthentication = try await f.trip(rider, customer: a).phase
                    seen.rider.append(seen.afterAuthentication ?? "")
                }
                if r.ended && x.ended { break }
                await f.sandbox.advance(by: .seconds(5))
            }
            return seen
        }
        for refused in [seen.refusedOrdered, seen.refusedAccepted] {
            #expect(refused?.code == .failedPrecondition)
            #expect(refused?.reason == "TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION")
        }
        #expect(Array(seen.rider.prefix(2)) == ["accepted", "ready_for_boarding_authentication"], "\(seen.rider)")
        #expect(seen.riderVehicle == "shuttle")
        #expect(["boarding_authentication_completed", "picked_up"].contains(seen.afterAuthentication ?? "none"))
        #expect(seen.rider.last == "fulfilled" && seen.rider.contains("picked_up"), "\(seen.rider)")
        #expect(
            seen.absent == ["accepted", "ready_for_boarding_authentication", "no_show"], "\(seen.absent)")
        #expect(result.summary.authentication.count == 1)
        #expect(result.summary.authenticationNoShows == 1 && result.summary.noShows == 1)
    }

    /// The `reject` events' reasons by trip id, from the run's `events.jsonl`.
    static func rejectReasons(in directory: String) throws -> [String: String] {
        let text = try String(contentsOfFile: directory + "/events.jsonl", encoding: .utf8)
        var reasons: [String: String] = [:]
        for line in text.split(separator: "\n") where line.contains("\"type\":\"reject\"") {
            let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let id = event?["trip_id"] as? String, let reason = event?["reason"] as? String { reasons[id] = reason }
        }
        return reasons
    }
}
