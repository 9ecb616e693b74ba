import Simulation
import Testing

@testable import Reports

@Suite struct VehicleAndSummaryTests {
    @Test func pooledRunSplitsVehicleKmIntoEmptyAndOccupied() throws {
        let v = try #require(SampleRuns.pooledRun().tables().vehicles.first)
        #expect(v.metresTotal == 4500 && v.metresEmpty == 1000 && v.metresOccupied == 3500)
        #expect(v.passengerMetres == 1500 * 1 + 2000 * 3)
        #expect(v.stops == 3 && v.pickups == 2 && v.dropoffs == 2)
        // 3 legs × 120 s driving + 20 s at S0 (first pickup → departure) + 30 s at S1 (riders on board)
        // + 20 s at S2 (arrival with riders → last drop-off).
        #expect(v.busy == .seconds(430) && v.idle == .seconds(3170))
        #expect(
            v.csvFields == [
                "v0", "minibus", "4", "1", "25200", "28800", "4.5", "1", "3.5", "7.5", "3", "2", "2",
                "430", "3170", "0.1194", "0", "0"
            ])
    }

    @Test func pooledRunSummaryHasSharesMeansAndOccupancy() throws {
        let s = SampleRuns.pooledRun().tables().summary
        #expect(s.requests == 2 && s.offers == 2 && s.offersTotal == 2 && s.ordered == 2 && s.fulfilled == 2)
        #expect(s.servedShare == 1 && s.poolingShare == 1)
        #expect(s.wait.mean == 200 && s.wait.p50 == 130 && s.wait.p95 == 270 && s.wait.max == 270)
        #expect(s.rideTime.mean == 230)
        #expect(s.walk.mean == 112.5)
        let occupancy = try #require(s.occupancyMean)
        #expect(abs(occupancy - 7.5 / 4.5) < 1e-12)
        #expect(
            s.perServiceClass.map { [$0.name, "\($0.requests)", "\($0.fulfilled)", "\($0.wait.count)"] } == [
                ["standard", "2", "2", "2"]
            ])
        #expect(s.perServiceClass[0].wait.mean == s.wait.mean)
        #expect(s.perLoadType.map(\.requests) == [2, 1, 0, 1])
        #expect(s.json.contains("\"occupancy_mean\": 1.6667"))
        #expect(s.json.contains("\"detour_factor\": {\n    \"mean\": 1.2917,\n    \"p95\": 1.3333\n  }"))
        #expect(s.kpiTable().contains("pooling share"))
    }

    @Test func breakdownRunSummaryCountsDispatchTerminationsBreakdownsAndAuthentication() throws {
        let tables = SampleRuns.breakdownRun().tables()
        let v0 = try #require(tables.vehicles.first)
        #expect(v0.breakdowns == 1 && v0.outOfService == .seconds(600))
        #expect(v0.csvFields.suffix(2) == ["1", "600"])
        let s = tables.summary
        #expect(s.ordered == 5 && s.accepted == 4 && s.rejected == 1 && s.rejectedShare == 0.2)
        #expect(s.dispatchLatency.count == 5 && s.dispatchLatency.mean == 3)
        #expect(s.dispatchLatency.p50 == 3 && s.dispatchLatency.p95 == 5)
        #expect(s.terminated == 2 && s.terminatedOnBoard == 1 && s.terminatedBeforePickup == 1)
        #expect(s.reassignedTrips == 1 && s.reassignments == 1)
        #expect(s.breakdowns == 1 && s.outOfServiceSeconds == 600)
        #expect(s.authentication.count == 2 && s.authentication.mean == 22.5 && s.authentication.p95 == 25)
        #expect(s.noShows == 1 && s.authenticationNoShows == 1 && s.fulfilled == 1)
        let json = s.json
        // The new keys come after every existing one, in this order.
        let keys = [
            "\"fleet_utilisation\"", "\"per_load_type\"", "\"rejected_share\": 0.2,", "\"dispatch_latency_s\"",
            "\"terminated\": {\n    \"total\": 2,\n    \"on_board\": 1,\n    \"before_pickup\": 1\n  }",
            "\"reassigned\": {\n    \"trips\": 1,\n    \"moves\": 1\n  }",
            "\"breakdowns\": {\n    \"count\": 1,\n    \"vehicle_hours_out_of_service\": 0.167\n  }",
            "\"boarding_authentication\"", "\"no_shows\": 1\n  }\n}"
        ]
        let positions = try keys.map { try #require(json.range(of: $0), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(json.contains("\"duration_s\": {\n      \"mean\": 22.5,\n      \"p95\": 25\n    }"))
        let line = s.kpiTable().split(separator: "\n").first { $0.hasPrefix("terminated (on board / before pickup)") }
        #expect(line?.hasSuffix("  2 (1 / 1)") == true)
    }

    @Test func summaryOfAnEmptyRunHasNullsNotNaN() {
        let s = Summary(trips: [], vehicles: [], serviceClasses: ["standard"])
        #expect(s.json.contains("\"served_share\": null"))
        #expect(!s.json.contains("nan"))
    }

    @Test(
        arguments: [
            ([1, 2, 3, 4], 50, 2),
            ((1...20).map(Double.init), 95, 19),
            ((1...20).map(Double.init), 100, 20),
            ([5], 95, 5),
            ([7, 9], 0, 7),
            ([], 50, nil)
        ] as [([Double], Double, Double?)])
    func nearestRankPercentileIsAValueAtRankCeilPN(values: [Double], p: Double, expected: Double?) {
        #expect(Percentile.nearestRank(values, p) == expected)
    }
}
