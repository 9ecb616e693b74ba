import Foundation
import Simulation
import TestSupport
import Testing

@testable import Reports

/// The fleet-operations rules: a valid run passes; each rule fails on a run doctored in what it checks.
@Suite struct OperationsVerifierTests {
    let verifier = VerifierTests()

    @Test func aValidRunWithOperationsPasses() throws {
        #expect(try verifier.verify(OperationsRun.build()).violations == [])
    }

    @Test func chargingStillGoingWhenTheRunEndsPasses() throws {
        let b = OperationsRun.build()
        b.removeEvents { e in
            e.time > .seconds(27000) && RunLog.vehicle(of: e.kind) == 1
        }
        #expect(try verifier.verify(b).violations == [])
    }

    @Test func stateOfChargeBelowZeroIsReported() throws {
        // v1 leaves the charger with 6000 Wh; 30 km and 340 s use 6340 Wh.
        let b = OperationsRun.build()
        b.mapEvents { e in
            guard case .vehicleArrived(1, let at, let occ, 3336, let drive) = e.kind, e.time == .seconds(27950) else {
                return [e]
            }
            return [
                SimEvent(
                    time: e.time,
                    kind: .vehicleArrived(vehicle: 1, at: at, occupancy: occ, drivenMetres: 30_000, driveTime: drive))
            ]
        }
        verifier.expectOnly(
            "energy: vehicle v1 arrives at S2 (52.54, 13.4) at t=27950s with a state of charge of -340 Wh, below zero",
            in: try verifier.verify(b))
    }

    @Test func aPlugIndexBeyondTheDepotsPlugsIsReported() throws {
        let r = try verifier.verify(OperationsRun.build(v1Plug: 1))
        verifier.expectOnly(
            "charging: vehicle v1 at t=27000s: charging_start at depot D0 plug 1, but the depot has plugs 0..<1", in: r)
    }

    @Test func aPlugUsedByTwoVehiclesAtOnceIsReported() throws {
        let r = try verifier.verify(OperationsRun.build(plugs: 2, v1PlugsInAt: 26500))
        verifier.expectOnly(
            "charging: vehicle v1 at t=26500s: charging_start at depot D0 plug 0, in use by vehicle v0", in: r)
    }

    @Test func moreVehiclesPluggedInThanPlugsIsReported() throws {
        // With one plug, a second vehicle plugged in also uses a plug that does not exist.
        let r = try verifier.verify(OperationsRun.build(v1PlugsInAt: 26500, v1Plug: 1))
        #expect(
            r.violations == [
                "charging: vehicle v1 at t=26500s: charging_start at depot D0 plug 1, but the depot has plugs 0..<1",
                "charging: depot D0 at t=26500s: 2 vehicles plugged in (v0, v1), more than its 1 plug(s)"
            ])
    }

    @Test func chargingWithoutAMatchingEndIsReported() throws {
        let b = OperationsRun.build()
        b.removeEvents { if case .operation(1, .chargingEnded) = $0.kind { true } else { false } }
        verifier.expectOnly(
            "charging: vehicle v1 departs at t=27610s while plugged in at depot D0 plug 0 since t=27000s (no charging_end)",
            in: try verifier.verify(b))
    }

    @Test func aBreakBeforeItsWindowIsReported() throws {
        let r = try verifier.verify(OperationsRun.build(breakWindow: Self.window(27200, 27800, 600)))
        verifier.expectOnly("break: vehicle v0 starts its break at t=27120s, before its earliest start 27200s", in: r)
    }

    @Test func aBreakEndingAfterItsWindowIsReported() throws {
        let r = try verifier.verify(OperationsRun.build(breakWindow: Self.window(26000, 27700, 600)))
        verifier.expectOnly("break: vehicle v0 ends its break at t=27720s, after its latest end 27700s", in: r)
    }

    @Test func aBreakShorterThanItsDurationIsReported() throws {
        let r = try verifier.verify(OperationsRun.build(breakWindow: Self.window(26000, 27800, 601)))
        verifier.expectOnly(
            "break: vehicle v0 breaks 600s (t=27120s → 27720s), shorter than its duration 601s", in: r)
    }

    @Test func workingPastTheBreaksLatestEndWithoutABreakIsReported() throws {
        let b = OperationsRun.build()
        b.removeEvents {
            switch $0.kind {
            case .operation(0, .breakStarted), .operation(0, .breakEnded): true
            default: false
            }
        }
        verifier.expectOnly(
            "break: vehicle v0 worked past its break's latest end 27800s (on shift t=25200s → 27850s) without taking its break",
            in: try verifier.verify(b))
    }

    @Test func aDropOffAfterTheShiftsEndIsReported() throws {
        let r = try verifier.verify(OperationsRun.build(v0ShiftEnd: 25500))
        verifier.expectOnly("shift: vehicle v0 drops off trip A at t=25600s, after its shift end 25500s", in: r)
    }

    @Test func aDropOffAfterTheVehiclesShiftEndEventIsReported() throws {
        let b = OperationsRun.build()
        b.mapEvents { e in
            guard case .droppedOff = e.kind else { return [e] }
            return [
                SimEvent(time: .seconds(25595), kind: .operation(vehicle: 0, .shiftEnded(depot: 0, overtime: .zero))), e
            ]
        }
        verifier.expectOnly(
            "shift: vehicle v0 drops off trip A at t=25600s, after its shift_end at t=25595s",
            in: try verifier.verify(b))
    }

    static func window(_ earliest: Double, _ latestEnd: Double, _ duration: Double) -> ShiftBreak {
        ShiftBreak(earliestStart: .seconds(earliest), latestEnd: .seconds(latestEnd), duration: .seconds(duration))
    }
}
