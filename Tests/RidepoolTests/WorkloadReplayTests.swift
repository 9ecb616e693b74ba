import DataFiles
import Foundation
import Reports
import Scenario
import TestSupport
import Testing

@testable import Ridepool

@Suite("Replaying the peer RidePy's workloads")
struct WorkloadReplayTests {
    /// RidePy 2.10.1's outcome per request of the tiny workload (made by the peer, not by ridepool).
    struct PeerOutcome { var accepted: Bool; var vehicle: String; var pickup: Double? }

    static func peerOutcomes() throws -> [String: PeerOutcome] {
        let table = try CSVTable(path: Fixtures.scenario("examples/workload/tiny_workload.peer.csv"))
        var out: [String: PeerOutcome] = [:]
        for r in table.records {
            out[r.fields[0]] = PeerOutcome(
                accepted: r.fields[1] == "1", vehicle: r.fields[2], pickup: Double(r.fields[3]))
        }
        return out
    }

    @Test("the replay makes the peer's decision for every request: accepted, vehicle and pickup time")
    func replayMatchesThePeerRequestByRequest() throws {
        let out = try Fixtures.scratch()
        let run = try RunScenario.run(
            scenarioPath: Fixtures.scenario("examples/workload/tiny_workload.yaml"),
            options: RunOptions(outputRoot: out, runID: "r"))
        let peer = try Self.peerOutcomes()
        let trips = try CSVTable(path: run.directory + "/trips.csv")
        let id = trips.column("trip_id")!, state = trips.column("final_state")!
        let vehicle = trips.column("vehicle_id")!, pickup = trips.column("pickup_time_s")!
        #expect(trips.records.count == peer.count && peer.count == 400)
        var diverted = 0
        for r in trips.records {
            let p = try #require(peer[r.fields[id]])
            #expect((r.fields[state] == "Fulfilled") == p.accepted, "request \(r.fields[id])")
            guard p.accepted else { continue }
            #expect(r.fields[vehicle] == p.vehicle, "request \(r.fields[id])")
            // 1 plane unit = 1,000 s; rounding to the millisecond allows a few ms.
            let ours = try #require(Double(r.fields[pickup])) / 1000
            #expect(abs(ours - (p.pickup ?? .nan)) < 5e-6, "request \(r.fields[id])")
        }
        // Vehicles were turned off their legs (an arrival that is neither a pickup nor a drop-off).
        let log = try String(contentsOfFile: run.directory + "/events.jsonl", encoding: .utf8)
        let count = { (t: String) in log.components(separatedBy: "\"type\":\"\(t)\"").count - 1 }
        diverted = count("vehicle_arrive") - count("pickup") - count("dropoff")
        #expect(diverted > 0)
        let report = try Verifier.verify(runDirectory: run.directory)
        #expect(report.violations.isEmpty, "\(report.violations.prefix(3))")
    }

    @Test("a replayed request is ordered the instant it is requested, by no customer")
    func replayedRequestsBookAtOnce() throws {
        let out = try Fixtures.scratch()
        let run = try RunScenario.run(
            scenarioPath: Fixtures.scenario("examples/workload/tiny_workload.yaml"),
            options: RunOptions(outputRoot: out, runID: "r"))
        let trips = try CSVTable(path: run.directory + "/trips.csv")
        let requested = trips.column("request_time_s")!, ordered = trips.column("order_time_s")!
        let state = trips.column("final_state")!, flags = trips.column("customer_flags")!
        var booked = 0
        for r in trips.records {
            #expect(r.fields[flags].isEmpty)
            // Every request is either booked at once or has no offer: no rider declines or waits.
            if r.fields[state] == "Fulfilled" {
                #expect(r.fields[ordered] == r.fields[requested], "request at \(r.fields[requested])")
                booked += 1
            } else {
                #expect(r.fields[state] == "NoOffer" && r.fields[ordered].isEmpty)
            }
        }
        #expect(booked > 0)
    }

    @Test("a workload scenario rejects the city sections it does not use")
    func workloadScenarioRejectsCitySections() throws {
        let yaml = """
            schemaVersion: 1
            name: w
            serviceArea: data/tiny_area.geojson
            workload: {requests: workload/tiny_workload.requests.csv, fleet: workload/tiny_workload.fleet.csv}
            """
        let file = Fixtures.scenario("examples/w.yaml")
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: yaml, file: file) }
        let valid = try ScenarioLoader.load(
            yaml: yaml.replacingOccurrences(of: "serviceArea: data/tiny_area.geojson\n", with: ""),
            file: file)
        #expect(valid.workload?.secondsPerUnit == 1000 && valid.doorToDoor)
    }

    @Test("validate reads a workload's files")
    func validateChecksWorkloadFiles() {
        #expect(
            ValidateScenario.problems(scenarioPath: Fixtures.scenario("examples/workload/tiny_workload.yaml")).isEmpty)
    }
}
