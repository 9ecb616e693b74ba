import Simulation
import Testing

@testable import Reports

/// `takeTables` (the run's end) gives the tables `tables()` gives, and lets go of the trip records.
@Suite struct TakeTablesTests {
    @Test func takingTheTablesGivesTheSameRowsAndSummaryAndLeavesNoTrips() throws {
        let b = RunBuilder(vehicles: 2, requestCount: 4)
        for (r, t) in [(Int32(0), 25_300.0), (1, 25_400), (3, 25_500)] {
            b.book(
                r, RunBuilder.request("r\(r)", at: t),
                RunBuilder.offer(earliest: t, latest: t + 600, dropoffLatest: t + 1200),
                at: t, vehicle: r % 2)
        }
        b.add(25_600, .requested(request: 2, RunBuilder.request("r2", at: 25_600)))
        b.add(25_600, .noOffer(request: 2, reason: .fleetSaturated))
        let read = RunAccumulator(), taken = RunAccumulator()
        for e in b.events {
            read.record(e)
            taken.record(e)
        }
        let expected = read.tables(), got = taken.takeTables()
        #expect(got.trips.count == 4 && got.trips == expected.trips)
        #expect(got.vehicles == expected.vehicles)
        #expect(got.summary.json == expected.summary.json)
        #expect(taken.tables().trips.isEmpty)
        #expect(read.tables().trips == expected.trips)
    }
}
