import Foundation
import Testing

@testable import Scenario

/// A peer workload's requests file, read record by record: good rows become requests, every bad row
/// is reported at its line and column, and a file without the columns or rows says so.
@Suite struct WorkloadFileTests {
    static let header =
        "request_id,request_time,origin_x,origin_y,destination_x,destination_y,"
        + "pickup_timewindow_min,pickup_timewindow_max,delivery_timewindow_min,delivery_timewindow_max\n"

    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "workload-\(UUID().uuidString).requests.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func goodRowsBecomeRequestsInOrder() throws {
        let path = try write(Self.header + "0,0.5,1,2,3,4,0.5,3.5,0.5,9\n\n 1 ,1.5,5,6,7,8,1.5,4.5,1.5,10\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let requests = try WorkloadFile.readRequests(path: path)
        #expect(requests.map(\.id) == ["0", "1"])
        #expect(requests[1].originX == 5 && requests[1].pickupLatest == 4.5 && requests[1].dropoffLatest == 10)
    }

    @Test func everyBadRowIsReportedAtItsLineAndColumn() throws {
        let path = try write(
            Self.header + "0,0.5,1,2,3,4,0.5,3.5,0.5,9\n" + "1,x,1,2,3,4,0.5,3.5,0.5,9\n"
                + "2,0.5,1,2,3,4,3.5,0.5,0.5,9\n" + "3,0.5,1,2\n" + "4,0.5,1,2,3,4,0.5,3.5,0.5,9\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: ScenarioError.self) { try WorkloadFile.readRequests(path: path) }
        let found = error.diagnostics.map { ($0.line, $0.field) }
        #expect(found.map(\.0) == [3, 4, 5])
        #expect(found.map(\.1) == ["request_time", "pickup_timewindow_max", ""])
    }

    @Test func missingColumnsOrRowsAreErrors() throws {
        let noColumn = try write("request_id,request_time\n")
        let noRows = try write(Self.header)
        defer { for p in [noColumn, noRows] { try? FileManager.default.removeItem(atPath: p) } }
        let columns = try #require(throws: ScenarioError.self) { try WorkloadFile.readRequests(path: noColumn) }
        #expect(columns.diagnostics.contains { $0.field == "origin_x" && $0.line == 1 })
        let rows = try #require(throws: ScenarioError.self) { try WorkloadFile.readRequests(path: noRows) }
        #expect(rows.diagnostics.map(\.message) == ["the file has no rows"])
    }
}
