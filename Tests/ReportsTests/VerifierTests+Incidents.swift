import Foundation
import Simulation
import Testing

@testable import Reports

/// The verifier's rules for boarding authentication, re-dispatch and termination, each broken once.
extension VerifierTests {
    @Test func cleanRunWithBreakdownsAndAuthenticationPasses() throws {
        let r = try verify(SampleRuns.breakdownRun())
        #expect(r.violations == [])
        #expect(r.checked.trips == 5 && r.unfinished == 0)
    }

    @Test func pickupByAnAuthenticatingVehicleWithoutAuthenticationIsReported() throws {
        let b = RunBuilder(type: SampleRuns.shuttle)
        b.book(0, RunBuilder.request("A", at: 25200), Self.offer, at: 25200)
        b.add(25300, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.depot))
        b.add(25400, .runEnded(unfinished: 1))
        expectOnly(
            "transition: trip A at t=25300s: picked up by vehicle v0 without boarding authentication",
            in: try verify(b))
    }

    @Test func authenticationReadyOnAVehicleThatNeedsNoAuthenticationIsReported() throws {
        let b = RunBuilder()
        b.book(0, RunBuilder.request("A", at: 25200), Self.offer, at: 25200)
        b.add(25300, .readyForBoardingAuthentication(request: 0, vehicle: 0, at: RunBuilder.depot))
        b.add(25420, .noShow(request: 0, vehicle: 0, at: RunBuilder.depot))
        b.add(25500, .runEnded(unfinished: 0))
        expectOnly(
            "transition: trip A at t=25300s: boarding_auth_ready on vehicle v0, which needs no boarding authentication",
            in: try verify(b))
    }

    /// What breaks down, if anything, before trip A on v0 is terminated at 25400 s.
    enum Breakdown: CaseIterable { case none, sameVehicleEarlier, otherVehicleThen }

    @Test(arguments: Breakdown.allCases)
    func terminationWithoutABreakdownOfItsVehicleThenIsReported(_ breakdown: Breakdown) throws {
        let b = RunBuilder(vehicles: 2)
        b.book(0, RunBuilder.request("A", at: 25200), Self.offer, at: 25200)
        b.add(25300, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.depot))
        switch breakdown {
        case .none: break
        case .sameVehicleEarlier: b.add(25350, .vehicleBrokeDown(vehicle: 0, at: RunBuilder.depot))
        case .otherVehicleThen: b.add(25400, .vehicleBrokeDown(vehicle: 1, at: RunBuilder.depot))
        }
        b.add(25400, .terminated(request: 0, vehicle: 0, at: RunBuilder.depot, cause: .vehicleBreakdown))
        b.add(25500, .runEnded(unfinished: 0))
        expectOnly("promise: trip A terminated at t=25400s with no breakdown of vehicle v0 then", in: try verify(b))
    }

    @Test func reassignmentFromAVehicleThatDoesNotHoldTheTripIsReported() throws {
        let b = RunBuilder(vehicles: 3)
        b.book(0, RunBuilder.request("A", at: 25200), Self.offer, at: 25200)
        b.add(25300, .reassigned(request: 0, from: 1, to: 2))
        b.add(25400, .runEnded(unfinished: 1))
        expectOnly(
            "transition: trip A at t=25300s: reassign not allowed in state Accepted (or not from vehicle v0)",
            in: try verify(b))
    }

    @Test(arguments: [false, true])
    func cancellationDuringBoardingAuthenticationIsAnIllegalTransition(authenticated: Bool) throws {
        let b = RunBuilder(type: SampleRuns.shuttle)
        b.book(0, RunBuilder.request("A", at: 25200), Self.offer, at: 25200)
        b.add(25300, .readyForBoardingAuthentication(request: 0, vehicle: 0, at: RunBuilder.depot))
        if authenticated { b.add(25310, .boardingAuthenticated(request: 0, vehicle: 0)) }
        b.add(25320, .cancelled(request: 0, actor: .customer))
        b.add(25400, .runEnded(unfinished: 1))
        let phase = authenticated ? "BoardingAuthenticationCompleted" : "ReadyForBoardingAuthentication"
        expectOnly("transition: trip A at t=25320s: cancel not allowed in state \(phase)", in: try verify(b))
    }

    /// S0 → S2, pickup window [25200, 25600] s.
    static let offer = RunBuilder.offer(earliest: 25200, latest: 25600, dropoffLatest: 26000)
}
