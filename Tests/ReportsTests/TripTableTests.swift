import DataFiles
import Foundation
import Simulation
import TestSupport
import Testing

@testable import Reports

@Suite struct TripTableTests {
    @Test func pooledTwoRiderTripGivesSharedRowsWithTimesWaitAndRide() throws {
        let rows = SampleRuns.pooledRun().tables().trips
        try #require(rows.count == 2)
        let a = rows[0], b = rows[1]
        #expect(a.tripID == "A" && b.tripID == "B")
        #expect(a.finalState == "Fulfilled" && a.reason == "")
        #expect(a.shared == true && b.shared == true)
        #expect(a.pickupTime == .seconds(25330) && a.dropoffTime == .seconds(25630))
        #expect(a.wait == .seconds(130) && a.rideTime == .seconds(300))
        #expect(b.wait == .seconds(270) && b.rideTime == .seconds(160))
        #expect(b.loads == "adult;child:booster")
        #expect(a.pickupStopID == "S0" && a.dropoffStopID == "S2" && b.pickupStopID == "S1")
        #expect(a.vehicleID == "v0" && a.serviceClass == "standard" && a.offers == 1)
        #expect(a.orderTime == .seconds(25200) && a.acceptedTime == .seconds(25200))
    }

    @Test func pooledTripsCSVHasContractColumnsAndSecondsText() throws {
        let path = try Fixtures.scratch() + "/" + ResultFiles.tripsFile
        try ResultFiles.writeTrips(SampleRuns.pooledRun().tables().trips, to: path)
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("trip_id,customer_id,request_time_s,service_class,loads,approach_speed,origin_lat"))
        #expect(
            lines[0].hasSuffix(
                ",wait_s,shared,max_ride_s,price_cents,visual_impairment,offers,customer_flags,decision_time_s,"
                    + "boarding_auth_ready_s,boarding_auth_completed_s,reassignments"))
        #expect(
            lines[1] == "A,c-A,25200,standard,adult,MEDIUM,52.52,13.4,52.54,13.4,S0,S2,60,90,25260,25500,26100,"
                + "Fulfilled,,v0,25200,25200,25330,25630,240,300,130,1,480,350,0,1,,25200,,,0")
    }

    @Test func redispatchedTripKeepsItsDecisionAndTheNewVehiclesAuthenticationTimes() throws {
        let rows = SampleRuns.breakdownRun().tables().trips
        try #require(rows.map(\.tripID) == ["A", "B", "C", "D", "E"])
        let (a, b, c, d) = (rows[0], rows[1], rows[2], rows[3])
        #expect(a.finalState == "NotFulfilled" && a.reason == "Terminated" && a.pickupTime == .seconds(25390))
        #expect(a.authenticationReadyTime == .seconds(25365) && a.authenticationCompletedTime == .seconds(25385))
        #expect(b.isFulfilled && b.vehicleID == "v1" && b.reassignments == 1)
        #expect(b.decisionTime == .seconds(25215) && b.acceptedTime == .seconds(25215))
        #expect(b.authenticationReadyTime == .seconds(25680) && b.authenticationCompletedTime == .seconds(25705))
        #expect(c.reason == "Rejected" && c.decisionTime == .seconds(25224) && c.acceptedTime == nil)
        #expect(d.reason == "NoShow" && d.authenticationReadyTime != nil && d.authenticationCompletedTime == nil)
        #expect(b.csvFields.suffix(4) == ["25215", "25680", "25705", "1"])
    }

    @Test func riderAloneOnTheVehicleIsNotShared() {
        let b = RunBuilder()
        b.book(
            0, RunBuilder.request("solo", at: 25200),
            RunBuilder.offer(earliest: 25200, latest: 25600, dropoffLatest: 26000), at: 25200)
        b.add(25210, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.depot))
        b.add(25220, .droppedOff(request: 0, vehicle: 0, at: RunBuilder.depot))
        #expect(b.tables().trips[0].shared == false)
    }

    @Test func fieldWithCommaOrQuoteIsQuotedPerRFC4180() throws {
        let line = CSVFormat.line(["a,b", "say \"hi\"", "plain"])
        #expect(line == "\"a,b\",\"say \"\"hi\"\"\",plain\n")
        // What the writer quotes, the reader the verifier uses gives back unchanged.
        let table = try CSVTable(bytes: Array(("x,y,z\n" + line).utf8), file: "t.csv")
        #expect(table.records.map(\.fields) == [["a,b", "say \"hi\"", "plain"]])
    }

    /// Each ending of a request and the `final_state` / `reason` it gets.
    enum Ending: String, CaseIterable {
        case rejected, cancelledByCustomer, cancelledByIntegrator, noShow, noOffer, declined, terminated
        case unfinishedOrdered, unfinishedAccepted, unfinishedPickedUp, unfinishedOffered
        case unfinishedReadyForAuthentication, unfinishedAuthenticated
    }

    @Test(arguments: Ending.allCases)
    func requestEndingMapsToFinalStateAndReason(_ ending: Ending) throws {
        let b = RunBuilder()
        let req = RunBuilder.request("T", at: 25200)
        let offer = RunBuilder.offer(earliest: 25200, latest: 25600, dropoffLatest: 26000)
        b.add(25200, .requested(request: 0, req))
        if ending == .noOffer {
            b.add(25200, .noOffer(request: 0, reason: .fleetSaturated))
        } else {
            b.add(25200, .offered(request: 0, offers: [offer]))
        }
        switch ending {
        case .declined: b.add(25230, .declined(request: 0, reason: .offerExpired))
        case .noOffer, .unfinishedOffered: break
        default: b.add(25230, .ordered(request: 0, offer: 0))
        }
        switch ending {
        case .rejected: b.add(25230, .rejected(request: 0, reason: .fleetSaturated))
        case .cancelledByIntegrator: b.add(25240, .cancelled(request: 0, actor: .integrator))
        case .cancelledByCustomer, .noShow, .unfinishedAccepted, .unfinishedPickedUp, .terminated,
            .unfinishedReadyForAuthentication, .unfinishedAuthenticated:
            b.add(25230, .accepted(request: 0, vehicle: 0))
        default: break
        }
        if ending == .unfinishedReadyForAuthentication || ending == .unfinishedAuthenticated {
            b.add(25400, .readyForBoardingAuthentication(request: 0, vehicle: 0, at: RunBuilder.depot))
            // A cancellation while the vehicle waits for authentication is refused: it leaves the trip as it is.
            b.add(25405, .cancelled(request: 0, actor: .customer))
        }
        switch ending {
        case .cancelledByCustomer: b.add(25300, .cancelled(request: 0, actor: .customer))
        case .noShow: b.add(25400, .noShow(request: 0, vehicle: 0, at: RunBuilder.depot))
        case .unfinishedPickedUp: b.add(25400, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.depot))
        case .unfinishedAuthenticated: b.add(25410, .boardingAuthenticated(request: 0, vehicle: 0))
        case .terminated:
            b.add(25400, .terminated(request: 0, vehicle: 0, at: RunBuilder.depot, cause: .vehicleBreakdown))
        default: break
        }
        let row = try #require(b.tables().trips.first)
        let expected: (String, String) =
            switch ending {
            case .rejected: ("NotFulfilled", "Rejected")
            case .cancelledByCustomer: ("NotFulfilled", "CancelledAsCustomer")
            case .cancelledByIntegrator: ("NotFulfilled", "CancelledAsIntegrator")
            case .noShow: ("NotFulfilled", "NoShow")
            case .terminated: ("NotFulfilled", "Terminated")
            case .noOffer: ("NoOffer", "FLEET_SATURATED")
            case .declined: ("Declined", "OFFER_EXPIRED")
            case .unfinishedOrdered: ("Ordered", "UNFINISHED")
            case .unfinishedAccepted: ("Accepted", "UNFINISHED")
            case .unfinishedPickedUp: ("PickedUp", "UNFINISHED")
            case .unfinishedOffered: ("Offered", "UNFINISHED")
            case .unfinishedReadyForAuthentication: ("ReadyForBoardingAuthentication", "UNFINISHED")
            case .unfinishedAuthenticated: ("BoardingAuthenticationCompleted", "UNFINISHED")
            }
        #expect(row.finalState == expected.0 && row.reason == expected.1)
        #expect(row.shared == nil)
        if ending == .noOffer {
            #expect(row.offeredPickupEarliest == nil && row.serviceClass == nil && row.offers == 0)
        } else if ending == .unfinishedOffered {
            // No offer chosen yet: offer columns stay empty.
            #expect(row.offeredPickupLatest == nil && row.offers == 1)
        } else {
            #expect(row.offeredPickupLatest == .seconds(25600) && row.offers == 1)
        }
    }
}
