import Foundation
import Simulation
import Testing

@testable import Reports

/// The verifier's `prebooking:` and `reoptimisation:` rules: valid runs pass; each rule fails, alone and
/// for its own reason, on a run doctored in what it checks; the older rules hold across re-optimisation.
@Suite struct DispatchVerifierTests {
    let verifier = VerifierTests()

    func verify(_ b: RunBuilder, edit: ((String) throws -> Void)? = nil) throws -> VerificationReport {
        try verifier.verify(b, edit: edit)
    }

    func expectOnly(_ prefix: String, in r: VerificationReport, sourceLocation: SourceLocation = #_sourceLocation) {
        verifier.expectOnly(prefix, in: r, sourceLocation: sourceLocation)
    }

    /// The run with `extra` events added where their time puts them (after events of the same time).
    static func prebookingRun(adding extra: [(Double, SimEvent.Kind)], assignA: Bool = true) -> RunBuilder {
        let b = DispatchRuns.prebookingRun(assignA: assignA)
        var pending = extra.map { SimEvent(time: .seconds($0.0), kind: $0.1) }
        b.mapEvents { e in
            let due = pending.filter { $0.time < e.time }
            pending.removeAll { $0.time < e.time }
            return due + [e]
        }
        return b
    }

    // MARK: prebooking

    @Test func aValidRunWithPrebookingsPasses() throws {
        let r = try verify(DispatchRuns.prebookingRun())
        #expect(r.violations == [])
        #expect(r.checked.trips == 5 && r.unfinished == 0)
    }

    @Test func aPrebookingWhoseWindowHasNotOpenedWhenTheRunEndsMayStayUnassigned() throws {
        // B's pickup window opens at 27600 s; the run ends at 27500 s with B accepted and unfinished.
        let r = try verify(DispatchRuns.prebookingRun(terminateB: false, end: 27500))
        #expect(r.violations == [])
        #expect(r.unfinished == 1)
    }

    @Test func aPrebookingNeverAssignedTerminatedOrCancelledIsReported() throws {
        expectOnly(
            "prebooking: trip B, accepted as a prebooking at t=25210s, was neither assigned, terminated "
                + "PREBOOKING_UNASSIGNABLE nor cancelled by the end of the log at t=28000s; its pickup window opened at t=27600s",
            in: try verify(DispatchRuns.prebookingRun(terminateB: false)))
    }

    @Test func aPickupBeforeTheAssignmentIsReported() throws {
        expectOnly(
            "prebooking: trip A at t=27210s: pickup by vehicle v0 before the trip was assigned a vehicle",
            in: try verify(DispatchRuns.prebookingRun(assignA: false)))
    }

    @Test func anAssignmentOfATripAcceptedWithAVehicleIsReported() throws {
        expectOnly(
            "prebooking: trip E at t=25400s: assign to vehicle v0, but it was accepted with vehicle v1, not as a prebooking",
            in: try verify(Self.prebookingRun(adding: [(25400, .assigned(request: 4, vehicle: 0))])))
    }

    @Test func aSecondAssignmentIsReported() throws {
        expectOnly(
            "prebooking: trip A at t=25500s: assign to vehicle v1, but it was assigned to vehicle v0 at t=25400s already",
            in: try verify(Self.prebookingRun(adding: [(25500, .assigned(request: 0, vehicle: 1))])))
    }

    @Test func anAssignmentOfACancelledPrebookingIsReported() throws {
        expectOnly(
            "prebooking: trip D at t=25400s: assign to vehicle v0, but it is in state NotFulfilled(CancelledAsCustomer)",
            in: try verify(Self.prebookingRun(adding: [(25400, .assigned(request: 3, vehicle: 0))])))
    }

    @Test func anAssignedPrebookingTerminatedAsUnassignableIsReported() throws {
        expectOnly(
            "prebooking: trip B at t=25800s: terminated PREBOOKING_UNASSIGNABLE, but it was assigned to vehicle v1 at t=25790s",
            in: try verify(Self.prebookingRun(adding: [(25790, .assigned(request: 1, vehicle: 1))])))
    }

    @Test func anOnTheSpotTripTerminatedAsUnassignableIsReported() throws {
        // E is accepted by v1 on the spot; instead of its ride, the log says no vehicle could take it.
        let b = DispatchRuns.prebookingRun()
        b.mapEvents { e in
            switch e.kind {
            case .pickedUp(4, _, _): [SimEvent(time: e.time, kind: Self.unassignable(4))]
            case .droppedOff(4, _, _): []
            default: [e]
            }
        }
        expectOnly(
            "prebooking: trip E at t=25490s: terminated PREBOOKING_UNASSIGNABLE, but it is not an accepted prebooking",
            in: try verify(b))
    }

    @Test func anUnassignableTerminationNamingAVehicleIsReported() throws {
        let b = DispatchRuns.prebookingRun()
        b.mapEvents { e in
            guard case .terminated(1, _, let at, let cause) = e.kind else { return [e] }
            return [SimEvent(time: e.time, kind: .terminated(request: 1, vehicle: 1, at: at, cause: cause))]
        }
        expectOnly(
            "prebooking: trip B at t=25800s: terminated PREBOOKING_UNASSIGNABLE, but the event names vehicle v1 and the trip has none",
            in: try verify(b))
    }

    @Test func aPrebookingTerminatedForAnotherReasonBeforeItsAssignmentIsReported() throws {
        let b = DispatchRuns.prebookingRun()
        b.mapEvents { e in
            guard case .terminated(1, let v, let at, _) = e.kind else { return [e] }
            return [SimEvent(time: e.time, kind: .terminated(request: 1, vehicle: v, at: at, cause: .vehicleBreakdown))]
        }
        expectOnly(
            "prebooking: trip B at t=25800s: terminated VEHICLE_BREAKDOWN before it was assigned a vehicle",
            in: try verify(b))
    }

    @Test func aReassignmentBeforeTheAssignmentIsReported() throws {
        expectOnly(
            "prebooking: trip B at t=25500s: reassign from vehicle v0 to v1 before the trip was assigned a vehicle",
            in: try verify(Self.prebookingRun(adding: [(25500, .reassigned(request: 1, from: 0, to: 1))])))
    }

    @Test func anAcceptWithoutVehicleThatIsNotAPrebookingIsReported() throws {
        let r = try verify(DispatchRuns.prebookingRun()) { dir in
            try replaceFirst(#""trip_id":"A","prebooked":true}"#, with: #""trip_id":"A"}"#, in: dir + "/events.jsonl")
        }
        expectOnly("log: line 7: accept of trip A names no vehicle_id and is not prebooked", in: r)
    }

    @Test func tripsCSVDisagreeingWithTheLogOnAPrebookingIsReported() throws {
        let r = try verify(DispatchRuns.prebookingRun()) { dir in
            try replaceFirst(",0,1,2000,25400,", with: ",0,0,2000,25400,", in: dir + "/trips.csv")
        }
        expectOnly("state: trip A is a prebooking in the log, trips.csv says prebooked=0", in: r)
    }

    @Test func tripsCSVWithoutThePrebookingColumnsIsReported() throws {
        let b = DispatchRuns.prebookingRun()
        let r = try verify(b) { dir in try ResultFiles.writeTrips(b.tables().trips, to: dir + "/trips.csv") }
        expectOnly("state: the log has prebooked trips (first A), trips.csv has no prebooked column", in: r)
    }

    // MARK: re-optimisation

    @Test func aValidRunWithReoptimisationPasses() throws {
        let r = try verify(DispatchRuns.reoptimisationRun())
        #expect(r.violations == [])
        #expect(r.checked.trips == 3 && r.unfinished == 0)
    }

    @Test func aMoveOfARiderAlreadyPickedUpIsReported() throws {
        let b = DispatchRuns.reoptimisationRun()
        var round = DispatchRuns.firstRound
        round.held = 0; round.placedHeld = 0; round.movable = 1
        b.mapEvents { e in
            guard case .pickedUp(0, _, _) = e.kind else { return [e] }
            return [
                e, SimEvent(time: .seconds(25335), kind: .reassigned(request: 0, from: 0, to: 1)),
                SimEvent(time: .seconds(25335), kind: .reoptimised(round))
            ]
        }
        expectOnly(
            "reoptimisation: trip A at t=25335s: moved from vehicle v0 to v1, but it was picked up at t=25330s",
            in: try verify(b))
    }

    @Test func aRoundCountingOtherMovesThanTheLogsIsReported() throws {
        var round = DispatchRuns.firstRound
        round.reassigned = 2
        expectOnly(
            "reoptimisation: round at t=25300s reports reassigned 2, the log has 1 reassign events not after a breakdown then",
            in: try verify(DispatchRuns.reoptimisationRun(round: round)))
    }

    @Test func aMoveWithoutBreakdownOrRoundIsReported() throws {
        let b = DispatchRuns.reoptimisationRun()
        b.removeEvents { e in
            if case .reoptimised = e.kind { e.time == .seconds(25300) } else { false }
        }
        expectOnly(
            "reoptimisation: trip B at t=25300s: reassigned with neither a breakdown of its vehicle nor a reoptimised round then",
            in: try verify(b))
    }

    @Test func aRoundPlacingMoreHeldOrdersThanItHeldIsReported() throws {
        var round = DispatchRuns.firstRound
        round.held = 0
        expectOnly(
            "reoptimisation: round at t=25300s: placed_held 1 > held 0",
            in: try verify(DispatchRuns.reoptimisationRun(round: round)))
    }

    @Test func aRoundMovingMoreRidersThanWereMovableIsReported() throws {
        var round = DispatchRuns.firstRound
        round.movable = 0
        expectOnly(
            "reoptimisation: round at t=25300s: reassigned 1 with no rider movable",
            in: try verify(DispatchRuns.reoptimisationRun(round: round)))
    }

    @Test func aBreakdownsReassignmentAtTheMomentOfARoundIsNotTheRoundsMove() throws {
        // B moves from v0 to v1 at 25445 s because v0 broke down; a round then moved nobody.
        let b = SampleRuns.breakdownRun()
        b.mapEvents { e in
            guard case .reassigned = e.kind else { return [e] }
            return [
                e, SimEvent(time: e.time, kind: .reoptimised(ReoptimisationRound(method: .batch, outcome: .optimal)))
            ]
        }
        #expect(try verify(b).violations == [])
    }

    @Test func aPickupOutsideTheOrderedWindowAfterAMoveIsReported() throws {
        expectOnly(
            "window: trip B picked up at t=25550s, outside its offered window [25400s, 25500s]",
            in: try verify(DispatchRuns.reoptimisationRun(bPickupLatest: 25500)))
    }

    @Test func aPickupByTheVehicleARiderWasMovedAwayFromIsReported() throws {
        let b = RunBuilder(vehicles: 2, requestCount: 1)
        b.book(0, RunBuilder.request("A", at: 25200), VerifierTests.offer, at: 25200)
        b.add(25250, .reassigned(request: 0, from: 0, to: 1))
        b.add(
            25250,
            .reoptimised(ReoptimisationRound(method: .localSearch, outcome: .improved, movable: 1, reassigned: 1)))
        b.drive(
            from: RunBuilder.depot, at: 25260, to: RunBuilder.stop(0), arrive: 25380, metres: 1112, occ: Occupancy())
        b.add(25390, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.stop(0)))
        b.add(25400, .runEnded(unfinished: 1))
        expectOnly(
            "transition: trip A at t=25390s: pickup by vehicle v0, but the trip is with vehicle v1", in: try verify(b))
    }

    static func unassignable(_ r: Int32) -> SimEvent.Kind {
        .terminated(request: r, vehicle: -1, at: RunBuilder.stop(1), cause: .prebookingUnassignable)
    }
}
