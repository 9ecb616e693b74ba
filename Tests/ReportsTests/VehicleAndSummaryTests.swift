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
                "430", "3170", "0.1194", "0"
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
