import Foundation
import Simulation
import Testing

@testable import Reports

/// Prebooking and re-optimisation in the tables, summary.json, the terminal summary and report.html;
/// and none of it in a run without them.
@Suite struct DispatchReportTests {
    @Test func prebookedTripsKeepNoVehicleUntilAssignedAndRecordHowTheyEnded() throws {
        let rows = DispatchRuns.prebookingRun().tables().trips
        try #require(rows.map(\.tripID) == ["A", "B", "C", "D", "E"])
        #expect(rows.map(\.prebooked) == [true, true, true, true, false])
        #expect(rows.map(\.vehicleID) == ["v0", nil, nil, nil, "v1"])
        #expect(rows.map(\.assignedTime) == [.seconds(25400), nil, nil, nil, nil])
        #expect(
            rows.map(\.dispatchReason) == [nil, "PREBOOKING_UNASSIGNABLE", "PREBOOKING_CAPACITY_REACHED", nil, nil])
        #expect(rows.map(\.finalState) == ["Fulfilled", "NotFulfilled", "NotFulfilled", "NotFulfilled", "Fulfilled"])
        #expect(rows.map(\.reason) == ["", "Terminated", "Rejected", "CancelledAsCustomer", ""])
        #expect(rows.map(\.leadTime) == [2000, 2390, 1780, 2770, 0].map { .seconds($0) })
        #expect(rows[0].acceptedTime == .seconds(25200) && rows[0].wait == .seconds(10))
    }

    @Test func anAssignmentOnlyGivesAPrebookedTripWithoutVehicleItsVehicle() throws {
        // An `assigned` for a trip accepted with a vehicle, or a second one, changes nothing.
        let b = DispatchRuns.prebookingRun()
        b.mapEvents { e in
            guard case .droppedOff(0, _, _) = e.kind else { return [e] }
            return [
                e, SimEvent(time: e.time, kind: .assigned(request: 0, vehicle: 1)),
                SimEvent(time: e.time, kind: .assigned(request: 4, vehicle: 0))
            ]
        }
        let rows = b.tables().trips
        #expect(rows.map(\.vehicleID) == ["v0", nil, nil, nil, "v1"])
        #expect(rows.map(\.assignedTime) == [.seconds(25400), nil, nil, nil, nil])
    }

    @Test func tripsCSVAppendsThePrebookingColumnsOnlyWithPrebookings() throws {
        let dir = try DispatchRuns.prebookingRun().writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lines = try String(contentsOfFile: dir + "/trips.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines[0] == (TripRow.csvColumns + TripRow.prebookingColumns).joined(separator: ","))
        #expect(lines[0].hasSuffix(",reassignments,prebooked,lead_time_s,assigned_time_s,dispatch_reason"))
        #expect(
            lines[1].hasPrefix("A,c-A,25200,standard,")
                && lines[1].hasSuffix(
                    ",Fulfilled,,v0,25200,25200,27210,27470,240,260,10,0,480,350,0,1,,25200,,,0,1,2000,25400,")
        )
        #expect(
            lines[2].hasSuffix(
                ",NotFulfilled,Terminated,,25210,25210,,,240,,,,480,350,0,1,,25210,,,0,1,2390,,PREBOOKING_UNASSIGNABLE")
        )
        #expect(lines[3].hasSuffix(",0,1,1780,,PREBOOKING_CAPACITY_REACHED"))
        #expect(lines[4].hasSuffix(",0,1,2770,,") && lines[5].hasSuffix(",0,0,0,,"))
        // The same rows without prebookings: the contract's columns alone.
        let plain = try SampleRuns.pooledRun().writeRun()
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let header = try String(contentsOfFile: plain + "/trips.csv", encoding: .utf8).split(separator: "\n")[0]
        #expect(header == TripRow.csvColumns.joined(separator: ","))
    }

    @Test func summaryCountsWhatBecameOfThePrebookings() throws {
        let s = DispatchRuns.prebookingRun().tables().summary
        let p = try #require(s.prebooking)
        #expect(p.requests == 4 && p.accepted == 3 && p.assigned == 1 && p.unassignable == 1 && p.fulfilled == 1)
        #expect(p.rejected.map(\.reason) == ["PREBOOKING_CAPACITY_REACHED"] && p.rejected.map(\.count) == [1])
        #expect(p.cancelledBeforeAssignment == 1 && p.cancelledAfterAssignment == 0)
        #expect(p.noShows == 0 && p.terminatedAfterAssignment == 0 && p.unfinished == 0)
        #expect(p.leadTime.count == 4 && p.leadTime.p50 == 2000.0 / 3600 && p.leadTime.p95 == 2770.0 / 3600)
        // The run's own totals count the prebookings too: C is rejected, B terminated before pickup.
        #expect(s.rejected == 1 && s.terminatedBeforePickup == 1 && s.reoptimisation == nil)
        #expect(
            s.json.contains(
                """
                  "prebooking": {
                    "requests": 4,
                    "accepted": 3,
                    "rejected": {
                      "PREBOOKING_CAPACITY_REACHED": 1
                    },
                    "assigned": 1,
                    "unassignable": 1,
                    "cancelled": {
                      "before_assignment": 1,
                      "after_assignment": 0
                    },
                    "no_shows": 0,
                    "terminated_after_assignment": 0,
                    "fulfilled": 1,
                    "unfinished": 0,
                    "fulfilled_share": 0.3333,
                    "unassignable_share": 0.3333,
                    "lead_time_h": {
                      "mean": 0.621,
                      "p50": 0.556,
                      "p95": 0.769
                    },
                    "wait_s": {
                      "mean": 10,
                      "p95": 10
                    }
                  }
                }
                """))
        #expect(!s.json.contains("reoptimisation"))
    }

    @Test func summarySumsTheReoptimisationRounds() throws {
        let s = DispatchRuns.reoptimisationRun().tables().summary
        let r = try #require(s.reoptimisation)
        #expect(r.rounds == 2 && r.rounds(.improved) == 1 && r.rounds(.unchanged) == 1 && !r.mayDifferBetweenMachines)
        #expect(r.history.map(\.time) == [.seconds(25300), .seconds(25600)])
        #expect(r.history.map(\.metresSaved) == [1200, 0])
        #expect(s.prebooking == nil && s.reassignedTrips == 1 && s.reassignments == 1)
        #expect(
            s.json.contains(
                """
                  "reoptimisation": {
                    "method": "localSearch",
                    "rounds": 2,
                    "outcomes": {
                      "unchanged": 1,
                      "improved": 1,
                      "optimal": 0,
                      "node_limit": 0,
                      "time_limit": 0,
                      "solver_failed": 0
                    },
                    "may_differ_between_machines": false,
                    "movable": 2,
                    "held": 1,
                    "reassigned": 1,
                    "resequenced": 2,
                    "placed_held": 1,
                    "vehicle_km_saved": 1.2,
                    "drive_h_saved": 0.033,
                    "cost_saved_h": 0.083
                  }
                }
                """))
        #expect(!s.json.contains("prebooking"))
    }

    @Test func aTimeLimitedRoundFlagsResultsThatMayDifferBetweenMachines() throws {
        var round = DispatchRuns.firstRound
        round.method = .batch; round.outcome = .timeLimit
        let s = DispatchRuns.reoptimisationRun(round: round).tables().summary
        let r = try #require(s.reoptimisation)
        #expect(r.timeLimitedRounds == 1 && r.rounds(.timeLimit) == 1 && r.mayDifferBetweenMachines)
        #expect(s.json.contains("\"may_differ_between_machines\": true,") && s.json.contains("\"time_limit\": 1,"))
        #expect(s.json.contains("\"method\": \"localSearch\","), "the last round's method")
        #expect(
            Self.line(s.kpiTable(), "re-optimisation rounds")
                == "re-optimisation rounds (localSearch) 2 (1 time-limited)")
    }

    /// The terminal summary's line starting with `prefix`, runs of spaces collapsed.
    static func line(_ text: String, _ prefix: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
    }

    @Test func theTerminalSummaryHasLinesForEachWhenPresent() {
        let prebooked = DispatchRuns.prebookingRun().tables().summary.kpiTable()
        let line = Self.line
        #expect(line(prebooked, "prebooked: requests") == "prebooked: requests / accepted / rejected 4 / 3 / 1")
        #expect(
            line(prebooked, "prebooked: assigned")
                == "prebooked: assigned / unassignable / fulfilled 1 / 1 (33.3 %) / 1 (33.3 %)")
        #expect(
            line(prebooked, "prebooked: lead time") == "prebooked: lead time mean / p50 / p95 0.62 h / 0.56 h / 0.77 h")
        #expect(!prebooked.contains("re-optimisation"))
        let reoptimised = DispatchRuns.reoptimisationRun().tables().summary.kpiTable()
        #expect(line(reoptimised, "re-optimisation rounds") == "re-optimisation rounds (localSearch) 2")
        #expect(
            line(reoptimised, "re-optimisation: reassigned")
                == "re-optimisation: reassigned / resequenced / held placed 1 / 2 / 1")
        #expect(
            line(reoptimised, "re-optimisation saved")
                == "re-optimisation saved (planned vehicle-km / drive h) 1.2 / 0.03")
        #expect(!reoptimised.contains("prebooked"))
        let plain = SampleRuns.pooledRun().tables().summary.kpiTable()
        #expect(!plain.contains("prebooked") && !plain.contains("re-optimisation"))
    }

    @Test func theReportHasADispatchSectionOnlyWithPrebookingOrReoptimisation() throws {
        func page(_ b: RunBuilder) -> String {
            let acc = RunAccumulator()
            for e in b.events { acc.record(e) }
            return acc.reportHTML(tables: acc.tables(), serviceArea: [])
        }
        let prebooked = page(DispatchRuns.prebookingRun())
        #expect(prebooked.contains("<section id=\"dispatch\"><h2>Dispatch: prebooking and re-optimisation</h2>"))
        #expect(prebooked.contains("Orders per hour of desired departure: prebooked and on the spot"))
        #expect(prebooked.contains("<td>rejected at booking: PREBOOKING_CAPACITY_REACHED</td><td>1</td>"))
        #expect(prebooked.contains("terminated (vehicle breakdown, prebooking unassignable)"))
        #expect(!prebooked.contains("Re-optimisation rounds"))
        let reoptimised = page(DispatchRuns.reoptimisationRun())
        #expect(reoptimised.contains("<section id=\"dispatch\">") && !reoptimised.contains("<h3>Prebooked trips</h3>"))
        for title in [
            "Re-optimisation rounds: riders moved and held orders placed",
            "Planned vehicle-km saved by re-optimisation, cumulative",
            "<td>planned vehicle-km saved</td><td>1.2 km</td>"
        ] {
            #expect(reoptimised.contains(title), "\(title)")
        }
        #expect(!reoptimised.contains("wall-clock"))
        var round = DispatchRuns.firstRound
        round.outcome = .timeLimit
        #expect(page(DispatchRuns.reoptimisationRun(round: round)).contains("may differ on another machine"))
        let plain = page(SampleRuns.pooledRun())
        #expect(!plain.contains("id=\"dispatch\"") && plain.contains("terminated (vehicle breakdown)</td>"))
        #expect(!prebooked.contains(">no data</text>") && !reoptimised.contains(">no data</text>"))
    }
}
