import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import Testing

/// Issue 7's documented flow against a live sandbox (the Hamburg fixture, its clock moved by the test),
/// through gRPC on a loopback port, with the documents' own JSON payloads.
@Suite struct FlowTests {
    @Test("customers from the documents' payload are listed in pages of 5, each exactly once")
    func customersArePagedExactlyOnce() async throws {
        let ((mine, seen, pages), _) = try await withLiveSandbox { f in
            var mine: Set<String> = []
            for _ in 0..<7 { mine.insert(try await f.createCustomer().id) }
            var seen: [String] = [], token = "", pages = 0
            repeat {
                let page = try await f.customers.listCustomers(
                    .with {
                        $0.pageSize = 5; $0.pageToken = token
                    },
                    metadata: TestToken.metadata)
                seen += page.customers.map(\.id)
                token = page.nextPageToken
                pages += 1
            } while !token.isEmpty && pages < 10_000
            return (mine, seen, pages)
        }
        #expect(Set(seen).count == seen.count)
        #expect(mine.isSubset(of: Set(seen)))
        #expect(pages >= 2)
    }

    @Test("a flag is added, listed and removed; a read-only flag is INVALID_ARGUMENT")
    func flagsAreAddedListedRemoved() async throws {
        let ((afterAdd, afterRemove, readOnly), _) = try await withLiveSandbox { f in
            let id = try await f.createCustomer().id
            let flag: (String) -> CustomerAPI.AddCustomerFlagRequest = { name in
                .with {
                    $0.customerID = id; $0.flag = name
                }
            }
            _ = try await f.customers.addCustomerFlag(flag("vip"), metadata: TestToken.metadata)
            let afterAdd = try await f.customers.listCustomerFlags(
                .with { $0.customerID = id }, metadata: TestToken.metadata
            ).flags
            _ = try await f.customers.removeCustomerFlag(
                .with {
                    $0.customerID = id; $0.flag = "vip"
                }, metadata: TestToken.metadata)
            let afterRemove = try await f.customers.listCustomerFlags(
                .with { $0.customerID = id }, metadata: TestToken.metadata
            ).flags
            let readOnly = await #expect(throws: RPCError.self) {
                try await f.customers.addCustomerFlag(flag("wheelchair_user"), metadata: TestToken.metadata)
            }
            return (afterAdd, afterRemove, readOnly?.code)
        }
        #expect(afterAdd == ["vip"])
        #expect(afterRemove.isEmpty)
        #expect(readOnly == .invalidArgument)
    }

    @Test("one adult's offer from the documents' origin is ordered and polled until Fulfilled")
    func orderedTripIsFulfilled() async throws {
        let ((offers, trip), result) = try await withLiveSandbox { f in
            let id = try await f.createCustomer().id
            let offers = try await f.trips.requestTripOffers(
                f.offerRequest(), metadata: TestToken.metadata(customer: id)
            ).offers
            let tripID = try await f.trips.orderTrip(
                .with { $0.offerToken = offers[0].token },
                metadata: TestToken.metadata(customer: id)
            ).tripID
            return (offers, try await f.pollUntilFinished(tripID, customer: id))
        }
        #expect(!offers.isEmpty && offers.allSatisfy { !$0.token.isEmpty && $0.hasPrice })
        #expect(offers.allSatisfy { $0.pickup.stop.id != $0.dropoff.stop.id })
        #expect(trip.state.fulfilled == .init())
        #expect(trip.load.count == 1 && trip.load[0].adult.wheelchair == .notNeeded)
        #expect(trip.pickupTime.seconds < trip.dropoffTime.seconds)
        #expect(result.summary.kpiTable().contains("fulfilled"))
    }

    enum Canceller: String, CaseIterable { case customer, integrator }

    @Test("cancelling is allowed while Ordered and TRIP_NOT_CANCELLABLE once Fulfilled", arguments: Canceller.allCases)
    func cancellationAllowedThenRefused(_ who: Canceller) async throws {
        let ((cancelled, refused), _) = try await withLiveSandbox { f in
            let id = try await f.createCustomer().id
            let cancel: (String) async throws -> Void = { trip in
                switch who {
                case .customer:
                    _ = try await f.trips.cancelTripAsCustomer(
                        .with { $0.tripID = trip }, metadata: TestToken.metadata(customer: id))
                case .integrator:
                    _ = try await f.trips.cancelTripAsIntegrator(
                        .with { $0.tripID = trip }, metadata: TestToken.metadata)
                }
            }
            let first = try await f.orderTrip(for: id)
            try await cancel(first)
            let cancelled = try await f.trip(first, customer: id).state.notFulfilled.reason
            let second = try await f.orderTrip(for: id)
            _ = try await f.pollUntilFinished(second, customer: id)
            let refused = await #expect(throws: RPCError.self) { try await cancel(second) }
            return (cancelled, refused)
        }
        #expect(cancelled == (who == .customer ? .cancelledAsCustomer : .cancelledAsIntegrator))
        #expect(refused?.code == .failedPrecondition && refused?.reason == "TRIP_NOT_CANCELLABLE")
    }

    @Test("a deleted customer's active trip runs to its end; new offers are CUSTOMER_UNAUTHENTICATED")
    func deletedCustomersTripFinishes() async throws {
        let ((refused, trip), _) = try await withLiveSandbox { f in
            let id = try await f.createCustomer().id
            let tripID = try await f.orderTrip(for: id)
            _ = try await f.customers.deleteCustomer(.with { $0.id = id }, metadata: TestToken.metadata)
            let refused = await #expect(throws: RPCError.self) {
                try await f.trips.requestTripOffers(f.offerRequest(), metadata: TestToken.metadata(customer: id))
            }
            return (refused, try await f.pollUntilFinished(tripID, customer: nil))
        }
        #expect(refused?.code == .permissionDenied && refused?.reason == "CUSTOMER_UNAUTHENTICATED")
        #expect(trip.state.fulfilled == .init())
    }

    @Test("stopping the sandbox writes the run's results as ridepool run does")
    func finishingWritesResults() async throws {
        let (_, result) = try await withLiveSandbox { f in _ = try await f.createCustomer() }
        for file in [
            "events.jsonl", "trips.csv", "vehicles.csv", "summary.json", "report.html", "scenario.resolved.yaml"
        ] {
            #expect(FileManager.default.fileExists(atPath: result.directory + "/" + file), "\(file)")
        }
    }
}
