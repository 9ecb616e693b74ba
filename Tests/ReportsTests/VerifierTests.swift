import Foundation
import Simulation
import Testing

@testable import Reports

@Suite struct VerifierTests {
    /// Writes the run, verifies it, removes the directory.
    func verify(_ b: RunBuilder, edit: ((String) throws -> Void)? = nil) throws -> VerificationReport {
        let dir = try b.writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try edit?(dir)
        return try Verifier.verify(runDirectory: dir)
    }

    /// Exactly one violation, starting with `prefix`.
    func expectOnly(_ prefix: String, in r: VerificationReport, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.violations.count == 1, "\(r.violations)", sourceLocation: sourceLocation)
        #expect(r.violations.first?.hasPrefix(prefix) == true, "\(r.violations)", sourceLocation: sourceLocation)
    }

    @Test func cleanPooledRunPasses() throws {
        let r = try verify(SampleRuns.pooledRun())
        #expect(r.violations == [])
        #expect(r.checked.trips == 2 && r.checked.events == SampleRuns.pooledRun().events.count)
        #expect(r.unfinished == 0)
    }

    @Test func thirdRiderOnATwoSeatVehicleIsOverCapacity() throws {
        let b = RunBuilder(type: VehicleType(name: "car", seats: 2), requestCount: 3)
        for (i, id) in ["A", "B", "C"].enumerated() {
            b.book(
                Int32(i), RunBuilder.request(id, at: 25200),
                RunBuilder.offer(earliest: 25200, latest: 25600, dropoffLatest: 26000), at: 25200)
        }
        for i: Int32 in 0..<3 { b.add(25210 + Double(i), .pickedUp(request: i, vehicle: 0, at: RunBuilder.depot)) }
        b.drive(
            from: RunBuilder.depot, at: 25220, to: RunBuilder.stop(2), arrive: 25600, metres: 3400,
            occ: Occupancy(seats: 3))
        for i: Int32 in 0..<3 { b.add(25610, .droppedOff(request: i, vehicle: 0, at: RunBuilder.stop(2))) }
        b.add(25700, .runEnded(unfinished: 0))
        let r = try verify(b)
        expectOnly("capacity: vehicle v0 at t=25212s after pickup of trip C: seats 3 > 2", in: r)
    }

    @Test func pickupAfterCancelIsAnIllegalTransition() throws {
        let b = RunBuilder()
        b.book(
            0, RunBuilder.request("A", at: 25200),
            RunBuilder.offer(earliest: 25200, latest: 25600, dropoffLatest: 26000), at: 25200)
        b.add(25300, .cancelled(request: 0, actor: .customer))
        b.add(25330, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.depot))
        b.add(25700, .runEnded(unfinished: 0))
        let r = try verify(b)
        expectOnly(
            "transition: trip A at t=25330s: pickup not allowed in state NotFulfilled(CancelledAsCustomer)", in: r)
    }

    @Test func pickupAfterTheOfferedWindowIsReported() throws {
        let r = try verify(SampleRuns.pooledRun(aPickupLatest: 25300))
        expectOnly("window: trip A picked up at t=25330s, outside its offered window [25260s, 25300s]", in: r)
    }

    @Test func rideLongerThanMaxRideIsReported() throws {
        let r = try verify(SampleRuns.pooledRun(bMaxRide: 100))
        expectOnly("ride: trip B rode 160s", in: r)
    }

    @Test func vehicleFasterThanTheTravelModelIsATeleport() throws {
        // Depot → S0 is ≈ 1112 m: at 10 m/s it needs ≈ 111 s, the log gives it 20 s.
        let r = try verify(SampleRuns.pooledRun(firstDeparture: 25300))
        expectOnly("travel: vehicle v0 from point (52.51, 13.4) at t=25300s to S0", in: r)
    }

    @Test func legShorterThanItsLoggedDriveTimeIsReported() throws {
        // Fast enough for the straight-line bound, but the engine said the drive takes 200 s.
        let b = RunBuilder()
        b.drive(
            from: RunBuilder.depot, at: 25200, to: RunBuilder.stop(0), arrive: 25320, metres: 1500,
            occ: Occupancy(), loggedDriveTime: 200)
        b.add(25400, .runEnded(unfinished: 0))
        let r = try verify(b)
        expectOnly(
            "travel: vehicle v0 from point (52.51, 13.4) at t=25200s to S0 (52.52, 13.4) at t=25320s took 120s, less than its logged drive time 200s",
            in: r)
    }

    @Test func vehicleLeavingFromAnotherPlaceThanItArrivedIsReported() throws {
        let r = try verify(SampleRuns.pooledRun(secondLegFrom: RunBuilder.stop(2)))
        expectOnly("place: vehicle v0 departs from S2", in: r)
    }

    @Test func tripsCSVDisagreeingWithTheLogOnAFinalStateIsReported() throws {
        let r = try verify(SampleRuns.pooledRun()) { dir in
            try replaceFirst(",Fulfilled,,", with: ",NotFulfilled,NoShow,", in: dir + "/trips.csv")
        }
        expectOnly("state: trip A ends Fulfilled in the log, trips.csv says NotFulfilled/NoShow", in: r)
    }

    @Test func unfinishedTripCountedAsUnfinishedPasses() throws {
        let r = try verify(Self.riderStillOnBoard())
        #expect(r.violations == [])
        #expect(r.unfinished == 1)
    }

    @Test func nonTerminalTripNotMarkedUnfinishedIsReported() throws {
        let r = try verify(Self.riderStillOnBoard()) { dir in
            try replaceFirst(",PickedUp,UNFINISHED,", with: ",PickedUp,,", in: dir + "/trips.csv")
        }
        expectOnly("state: trip A is not terminal at the end of the log (PickedUp)", in: r)
    }

    /// A rider picked up and still on board when the run ends.
    static func riderStillOnBoard() -> RunBuilder {
        let b = RunBuilder()
        b.book(
            0, RunBuilder.request("A", at: 25200),
            RunBuilder.offer(earliest: 25200, latest: 25600, dropoffLatest: 26000), at: 25200)
        b.add(25300, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.depot))
        b.add(25400, .runEnded(unfinished: 1))
        return b
    }
}

/// Replaces the first occurrence of `old` in the file at `path` (fails the test if absent).
func replaceFirst(_ old: String, with new: String, in path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let range = try #require(text.range(of: old))
    try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
}
