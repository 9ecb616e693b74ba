import Foundation
import Simulation
import TestSupport
import Testing

@testable import Reports

@Suite struct EventLogTests {
    /// The keys every event type carries, in order (as documented in results/README.md).
    static let keys: [String: [String]] = [
        "run_started": [
            "scenario", "seed", "request_count", "travel_model", "service_classes", "customer_flags",
            "vehicles", "stops"
        ],
        "vehicle_ready": ["vehicle_id", "stop_id", "lat", "lon"],
        "request": [
            "trip_id", "customer_id", "origin_lat", "origin_lon", "destination_lat", "destination_lon",
            "loads", "approach_speed", "visual_impairment", "desired_departure_s", "customer_flags"
        ],
        "offers": ["trip_id", "offers"],
        "order": ["trip_id", "offer"],
        "accept": ["trip_id", "vehicle_id"],
        "vehicle_depart": ["vehicle_id", "stop_id", "lat", "lon", "occupancy"],
        "vehicle_arrive": ["vehicle_id", "stop_id", "lat", "lon", "occupancy", "driven_m", "drive_time_s"],
        "pickup": ["trip_id", "vehicle_id", "stop_id", "lat", "lon"],
        "dropoff": ["trip_id", "vehicle_id", "stop_id", "lat", "lon"],
        "run_ended": ["unfinished"],
        "reject": ["trip_id", "reason"],
        "reassign": ["trip_id", "from_vehicle_id", "vehicle_id"],
        "boarding_auth_ready": ["trip_id", "vehicle_id", "stop_id", "lat", "lon"],
        "boarding_auth_completed": ["trip_id", "vehicle_id"],
        "no_show": ["trip_id", "vehicle_id", "stop_id", "lat", "lon"],
        "terminate": ["trip_id", "vehicle_id", "stop_id", "lat", "lon", "reason"],
        "vehicle_breakdown": ["vehicle_id", "stop_id", "lat", "lon"],
        "vehicle_repaired": ["vehicle_id"],
        "cancel": ["trip_id", "actor"],
        "assign": ["trip_id", "vehicle_id"],
        "reoptimised": [
            "method", "outcome", "movable", "held", "reassigned", "resequenced", "placed_held", "cost_before_s",
            "cost_after_s", "drive_before_s", "drive_after_s", "metres_before", "metres_after"
        ]
    ]

    /// The lines without vehicle: a prebooking's `accept` and the `terminate` of one no vehicle could take.
    static let withoutVehicle: [String: [String]] = [
        "accept": ["trip_id", "prebooked"], "terminate": ["trip_id", "stop_id", "lat", "lon", "reason"]
    ]

    /// The run's events.jsonl lines, each checked against `keys`.
    func linesWithDocumentedKeys(_ run: RunBuilder) throws -> [Substring] {
        let dir = try run.writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = try String(contentsOfFile: dir + "/events.jsonl", encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == run.events.count)
        for line in lines {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let type = try #require(obj["type"] as? String)
            #expect(obj["t_ms"] is NSNumber)
            let expected = try #require(
                obj["vehicle_id"] == nil && Self.withoutVehicle[type] != nil
                    ? Self.withoutVehicle[type] : Self.keys[type],
                "undocumented type \(type)")
            #expect(Set(obj.keys) == Set(["t_ms", "type"] + expected), "\(type)")
            // Fixed key order: keys appear in the line in the documented order.
            let positions = (["t_ms", "type"] + expected).map { line.range(of: "\"\($0)\":")!.lowerBound }
            #expect(positions == positions.sorted(), "\(type)")
        }
        return lines
    }

    @Test func everyJSONLLineParsesWithTheDocumentedKeysInOrder() throws {
        let lines = try linesWithDocumentedKeys(SampleRuns.pooledRun())
        #expect(
            lines.first!.hasPrefix(
                "{\"t_ms\":25200000,\"type\":\"run_started\",\"scenario\":\"tiny \\\"test\\\"\",\"seed\":42,"))
        #expect(
            lines.contains {
                $0.contains(
                    "\"occupancy\":{\"seats\":3,\"wheelchairs\":0,\"forwards\":0,\"backwards\":0,\"booster\":1},\"driven_m\":2000,\"drive_time_s\":120"
                )
            })
    }

    @Test func dispatchAuthenticationAndBreakdownEventsHaveTheDocumentedKeysInOrder() throws {
        let lines = try linesWithDocumentedKeys(SampleRuns.breakdownRun())
        let types = Set(
            lines.compactMap { $0.split(separator: "\"type\":\"").dropFirst().first?.prefix { $0 != "\"" } })
        let new = ["reject", "reassign", "boarding_auth_ready", "boarding_auth_completed", "no_show", "terminate"]
        for type in new + ["vehicle_breakdown", "vehicle_repaired"] {
            #expect(types.contains(Substring(type)), "\(type)")
        }
        // Vehicles whose type needs boarding authentication say so in run_started (others leave the key out).
        #expect(lines[0].contains("\"booster_seats\":0,\"boarding_authentication\":true,\"start_lat\""))
        #expect(
            lines.contains {
                $0.contains("\"type\":\"terminate\"") && $0.hasSuffix(",\"reason\":\"VEHICLE_BREAKDOWN\"}")
            })
    }

    @Test func prebookingLinesNameNoVehicleUntilTheTripIsAssigned() throws {
        let lines = try linesWithDocumentedKeys(DispatchRuns.prebookingRun())
        for line in [
            #"{"t_ms":25200000,"type":"accept","trip_id":"A","prebooked":true}"#,
            #"{"t_ms":25220000,"type":"reject","trip_id":"C","reason":"PREBOOKING_CAPACITY_REACHED"}"#,
            #"{"t_ms":25400000,"type":"assign","trip_id":"A","vehicle_id":"v0"}"#,
            #"{"t_ms":25800000,"type":"terminate","trip_id":"B","stop_id":"S1","lat":52.53,"lon":13.4,"reason":"PREBOOKING_UNASSIGNABLE"}"#,
            #"{"t_ms":25240000,"type":"accept","trip_id":"E","vehicle_id":"v1"}"#
        ] {
            #expect(lines.contains(Substring(line)), "\(line)")
        }
        #expect(!lines.contains { $0.contains("#-1") })
    }

    @Test func aReoptimisationRoundIsOneLineWithItsCountsAndCosts() throws {
        let lines = try linesWithDocumentedKeys(DispatchRuns.reoptimisationRun())
        #expect(
            lines.contains(
                #"{"t_ms":25300000,"type":"reoptimised","method":"localSearch","outcome":"improved","movable":2,"held":1,"reassigned":1,"resequenced":2,"placed_held":1,"cost_before_s":900,"cost_after_s":600,"drive_before_s":600,"drive_after_s":480,"metres_before":6000,"metres_after":4800}"#
            ))
        #expect(
            lines.contains(
                #"{"t_ms":25300000,"type":"reassign","trip_id":"B","from_vehicle_id":"v0","vehicle_id":"v1"}"#))
    }

    @Test func offersCarryEveryOfferFieldInSecondsAndMetres() throws {
        var enc = EventEncoder()
        enc.encode(SimEvent(time: .seconds(25200), kind: .runStarted(RunBuilder().header)))
        enc.encode(SimEvent(time: .seconds(25200), kind: .requested(request: 0, RunBuilder.request("A", at: 25200))))
        enc.encode(
            SimEvent(
                time: .seconds(25200),
                kind: .offered(
                    request: 0,
                    offers: [
                        RunBuilder.offer(earliest: 25260.5, latest: 25500, dropoffLatest: 26100)
                    ])))
        #expect(
            enc.json.text
                == "{\"t_ms\":25200000,\"type\":\"offers\",\"trip_id\":\"A\",\"offers\":[{\"token\":\"tok-0-2-25260\","
                + "\"service_class\":\"standard\",\"pickup_stop_id\":\"S0\",\"pickup_lat\":52.52,\"pickup_lon\":13.4,"
                + "\"dropoff_stop_id\":\"S2\",\"dropoff_lat\":52.54,\"dropoff_lon\":13.4,\"walk_to_pickup_s\":60,"
                + "\"walk_to_pickup_m\":75,\"walk_from_dropoff_s\":90,\"walk_from_dropoff_m\":112.5,"
                + "\"pickup_earliest_s\":25260.5,\"pickup_latest_s\":25500,\"dropoff_latest_s\":26100,"
                + "\"estimated_pickup_s\":25320.5,\"estimated_dropoff_s\":25560.5,\"direct_time_s\":240,\"direct_m\":2400,"
                + "\"max_ride_s\":480,\"price_cents\":350,\"expires_at_s\":25260.5}]}\n")
    }

    @Test func sameEventsTwiceGiveByteIdenticalFiles() throws {
        let one = try SampleRuns.pooledRun().writeRun(), two = try SampleRuns.pooledRun().writeRun()
        defer { for d in [one, two] { try? FileManager.default.removeItem(atPath: d) } }
        for file in ["events.jsonl", "trips.csv", "vehicles.csv", "summary.json"] {
            let a = FileManager.default.contents(atPath: one + "/" + file)
            let b = FileManager.default.contents(atPath: two + "/" + file)
            #expect(a != nil && a == b, "\(file)")
        }
    }

    @Test func eventLogIsPartialUntilFinishedThenRenamed() throws {
        let dir = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = try EventLogWriter(path: dir + "/events.jsonl")
        for e in SampleRuns.pooledRun().events { writer.record(e) }
        #expect(FileManager.default.fileExists(atPath: dir + "/events.jsonl.partial"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/events.jsonl"))
        try writer.finish()
        #expect(!FileManager.default.fileExists(atPath: dir + "/events.jsonl.partial"))
        #expect(FileManager.default.fileExists(atPath: dir + "/events.jsonl"))
    }

    @Test func atomicWriteLeavesNoPartialOnSuccess() throws {
        let dir = try Fixtures.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ResultFiles.writeText("hello\n", to: dir + "/note.txt")
        #expect(try String(contentsOfFile: dir + "/note.txt", encoding: .utf8) == "hello\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["note.txt"])
    }

    @Test func atomicWriteIntoMissingDirectoryThrowsNamingThePath() {
        #expect(throws: ReportsError.self) { try ResultFiles.writeText("x", to: "/nonexistent-dir/x.txt") }
    }

    @Test(
        arguments: [(0, "0"), (1, "0.001"), (25_200_500, "25200.5"), (-1500, "-1.5"), (120000, "120")]
            as [(Int64, String)])
    func secondsAreWrittenWithAtMostThreeTrimmedDecimals(ms: Int64, text: String) {
        #expect(NumberFormat.seconds(SimTime(ms: ms)) == text)
    }

    @Test func coordinatesRoundToSevenDecimalsAndMetresToOne() {
        #expect(NumberFormat.coordinate(52.123456789) == "52.1234568")
        #expect(NumberFormat.coordinate(-0.00000001) == "0")
        #expect(NumberFormat.metres(1234.56) == "1234.6")
    }

    /// The log is encoded on a second thread in batches: a run longer than several batches gives the
    /// same bytes as encoding each event in order, and nothing sits at the final path before `finish()`.
    @Test func batchesWrittenOnTheLogThreadGiveTheBytesOfAnInlineEncoding() throws {
        let dir = NSTemporaryDirectory() + "ridepool-eventlog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let count = 3 * EventLogWriter.batchSize + 17
        let events = (0..<count).map { k in
            SimEvent(time: SimTime(ms: Int64(k) * 250), kind: .vehicleRepaired(vehicle: Int32(k % 97)))
        }
        let writer = try EventLogWriter(path: dir + "/events.jsonl")
        for event in events { writer.record(event) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/events.jsonl"))
        try writer.finish()
        var encoder = EventEncoder()
        var expected: [UInt8] = []
        for event in events {
            encoder.encode(event)
            expected += encoder.json.bytes
        }
        let written = try #require(FileManager.default.contents(atPath: dir + "/events.jsonl"))
        #expect(writer.count == count)
        #expect([UInt8](written) == expected)
    }
}
