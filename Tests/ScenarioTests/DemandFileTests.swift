import Simulation
import TestSupport
import Testing

@testable import Scenario

@Suite struct DemandFileTests {
    @Test func tinyDemandReadsEveryRowWithItsOptionalColumns() throws {
        let rows = try DemandFile.read(path: Fixtures.data + "/tiny_demand.csv")
        #expect(rows.count == 30)
        #expect(
            rows[0]
                == DemandRow(
                    id: "r00", customerID: "c00", time: .seconds(25312),
                    origin: GeoPoint(lat: 52.53164, lon: 13.39516),
                    destination: GeoPoint(lat: 52.50826, lon: 13.41478),
                    loads: nil, approachSpeed: .slow, visualImpairment: false))
        #expect(rows[11].visualImpairment == true)
        #expect(rows.contains { $0.loads == [.adult(wheelchair: .needed)] })
    }

    /// `tiny_demand.csv.gz` is `gzip -n -k -9 tiny_demand.csv`.
    @Test func gzippedDemandReadsTheSameRowsAsThePlainFile() throws {
        let rows = try DemandFile.read(path: Fixtures.data + "/tiny_demand.csv.gz")
        let plain = try DemandFile.read(path: Fixtures.data + "/tiny_demand.csv")
        #expect(rows.count == 30 && rows == plain)
    }

    /// (line, column, key phrase) for each bad row of `bad_demand.csv`.
    static let badRows: [(Int, String, String)] = [
        (3, "request_time_s", "got 'seven'"),
        (4, "origin_lat", "latitude"),
        (5, "approach_speed", "unknown approach speed 'JOGGING'"),
        (6, "loads", "'adult:booster' is not a list of loads"),
        (7, "request_id", "duplicate request_id 'a1' (first on line 2)"),
        (8, "visual_impairment", "got 'maybe'")
    ]

    @Test func badDemandRowsAreAllReportedWithLineAndColumn() throws {
        let error = try #require(throws: ScenarioError.self) {
            try DemandFile.read(path: Fixtures.data + "/bad_demand.csv")
        }
        #expect(error.diagnostics.count == Self.badRows.count, "\(error)")
        for (line, field, phrase) in Self.badRows {
            #expect(
                error.diagnostics.contains { $0.line == line && $0.field == field && $0.message.contains(phrase) },
                "line \(line) \(field): \(error)")
        }
    }

    @Test func missingRequiredColumnIsReportedAtTheHeader() throws {
        let error = try #require(throws: ScenarioError.self) {
            try DemandFile.read(path: Fixtures.data + "/bad_demand_missing_column.csv")
        }
        #expect(error.diagnostics.map(\.field) == ["destination_lon"])
        #expect(error.diagnostics.first?.line == 1)
        #expect(error.diagnostics.first?.message.contains("missing required column") == true)
    }

    @Test func manyBadRowsAreCappedWithACountOfTheRest() throws {
        var text = "request_id,request_time_s,origin_lat,origin_lon,destination_lat,destination_lon\n"
        for i in 0..<80 { text += "r\(i),x,52.5,13.4,52.5,13.4\n" }
        let path = try Fixtures.temporary("many.csv", text)
        let error = try #require(throws: ScenarioError.self) { try DemandFile.read(path: path) }
        #expect(error.diagnostics.count == 51)
        #expect(error.diagnostics.last?.message == "… and 30 more problems")
    }

    @Test func quotedFieldsAndCRLFLineEndingsAreRead() throws {
        let text =
            "request_id,request_time_s,origin_lat,origin_lon,destination_lat,destination_lon,loads\r\n"
            + "\"q,1\",60,52.5,13.4,52.51,13.41,\"adult;child:booster\"\r\n"
        let rows = try DemandFile.read(path: try Fixtures.temporary("quoted.csv", text))
        #expect(rows.map(\.id) == ["q,1"])
        #expect(rows[0].loads?.count == 2 && rows[0].time == .seconds(60))
    }

    @Test func bookingAndArrivalTimesAreReadAndAnEmptyCellIsNotGiven() throws {
        let rows = try DemandFile.read(path: Fixtures.data + "/tiny_demand_prebooked.csv")
        #expect(rows.count == 12)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        #expect(byID["b00"]?.bookingTime == .seconds(-3600) && byID["b00"]?.arrival == nil)
        #expect(byID["b02"]?.bookingTime == nil && byID["b02"]?.arrival == .seconds(27000))
        #expect(byID["b02"]?.time == .seconds(25682))
        #expect(byID["b04"]?.bookingTime == .seconds(20000) && byID["b04"]?.arrival == .seconds(28000))
        #expect(byID["b08"]?.bookingTime == .seconds(-86400))
        #expect(byID["b05"]?.bookingTime == nil && byID["b05"]?.arrival == nil)
        // Files without the columns: neither is given.
        let plain = try DemandFile.read(path: Fixtures.data + "/tiny_demand.csv")
        #expect(plain.allSatisfy { $0.bookingTime == nil && $0.arrival == nil })
    }

    @Test func theEarliestAndLatestBookingTimesAreAccepted() throws {
        let text =
            "request_id,request_time_s,booking_time_s,arrival_time_s,origin_lat,origin_lon,destination_lat,destination_lon\n"
            + "a,0,-604800,172800,52.5,13.4,52.51,13.41\n" + "b,172799,172800,172800,52.5,13.4,52.51,13.41\n"
            + "c,100,100,,52.5,13.4,52.51,13.41\n"
        let rows = try DemandFile.read(path: try Fixtures.temporary("edges.csv", text))
        #expect(rows.map(\.bookingTime) == [.seconds(-604_800), .seconds(172_800), .seconds(100)])
        #expect(rows.map(\.arrival) == [.seconds(172_800), .seconds(172_800), nil])
    }

    /// (line, column, key phrase) for each bad row of `bad_demand_booking.csv`.
    static let badBookingRows: [(Int, String, String)] = [
        (3, "booking_time_s", "must not be later than request_time_s (25200, the desired departure), got 25300"),
        (4, "booking_time_s", "must not be later than arrival_time_s (25900, the arrival), got 26000"),
        (5, "arrival_time_s", "must be later than request_time_s (25200), got 25200"),
        (6, "booking_time_s", "(-604800 … 172800; negative: booked on an earlier day), got '-700000'"),
        (7, "booking_time_s", "got 'soon'"),
        (8, "arrival_time_s", "must be seconds since midnight (0 … 172800), got '200000'"),
        (11, "arrival_time_s", "got 'later'")
    ]

    @Test func badBookingAndArrivalTimesAreReportedWithLineColumnAndFix() throws {
        let error = try #require(throws: ScenarioError.self) {
            try DemandFile.read(path: Fixtures.data + "/bad_demand_booking.csv")
        }
        #expect(error.diagnostics.count == Self.badBookingRows.count, "\(error)")
        for (line, field, phrase) in Self.badBookingRows {
            #expect(
                error.diagnostics.contains { $0.line == line && $0.field == field && $0.message.contains(phrase) },
                "line \(line) \(field): \(error)")
        }
        #expect(error.diagnostics.allSatisfy { !$0.fix.isEmpty && $0.file.hasSuffix("bad_demand_booking.csv") })
        let late = try #require(error.diagnostics.first { $0.line == 3 })
        #expect(late.fix.contains("leave it empty for a request booked on the spot"))
    }

    @Test func cottbusDemandReadsWithItsExtraColumnsIgnored() throws {
        let dir = Fixtures.cottbus
        let rows = try DemandFile.read(path: dir + "/demand_drt.csv")
        #expect(rows.count == 5214)
        #expect(rows[0].id == "12052000_12052000_29030_0" && rows[0].time == .seconds(18919) && rows[0].loads == nil)
    }
}
