import Foundation
import Simulation
import Testing

@testable import Reports

@Suite struct OperationsTableTests {
    @Test func vehicleRowsSplitEmptyKmByPurposeAndTrackEnergyChargingBreaksAndOvertime() throws {
        let rows = OperationsRun.build().tables().vehicles
        let v0 = try #require(rows.first?.operations), v1 = try #require(rows.last?.operations)
        #expect(v0.metresByPurpose == [1112, 1112, 0, 2224, 1112, 1112])
        #expect(v1.metresByPurpose == [0, 1112 + 3336, 1112, 0, 3336, 0])
        // Loaded km stay as before: the one leg with A on board.
        #expect(rows[0].metresTotal - rows[0].metresEmpty == 2224 && rows[1].metresEmpty == rows[1].metresTotal)
        #expect(abs(v0.energyWh - 2739.2) < 1e-9 && abs(v1.energyWh - 2699.2) < 1e-9)
        #expect(abs(v0.minSocWh! - 2945.6) < 1e-9 && abs(v1.minSocWh! - 3985.6) < 1e-9)
        #expect(v0.chargingSessions == 1 && v0.charging == .seconds(960) && abs(v0.chargedWh - 5054.4) < 1e-9)
        #expect(v1.chargingSessions == 1 && v1.charging == .seconds(600) && abs(v1.chargedWh - 1684.8) < 1e-9)
        #expect(v0.queueEvents == 0 && v1.queueEvents == 1 && v1.queue == .seconds(950))
        #expect(v0.breaks == 1 && v0.breakTime == .seconds(600) && v0.breakScheduled && !v1.breakScheduled)
        #expect(v0.overtime == .zero && v1.overtime == .seconds(240))
        #expect(
            v0.csvFields == [
                "1.112", "1.112", "0", "2.224", "1.112", "1.112", "2.739", "0.2946", "2945.6", "1", "960", "5.054",
                "0", "0", "1", "600", "0"
            ])
    }

    @Test func summaryTotalsChargerPeakAndLowestCharge() throws {
        let o = try #require(OperationsRun.build().tables().summary.operations)
        #expect(o.metresByPurpose == [1112, 5560, 1112, 2224, 4448, 1112] && o.metresTotal == 17792)
        #expect(o.chargingSessions == 2 && abs(o.chargedWh - 6739.2) < 1e-9 && o.chargingSeconds == 1560)
        #expect(o.queueEvents == 1 && o.queueSeconds == 950)
        #expect(o.breaksTaken == 1 && o.breaksScheduled == 1 && o.breakSeconds == 600)
        #expect(o.overtimeVehicles == 1 && o.overtimeSeconds == 240)
        #expect(o.lowestCharge?.vehicleID == "v0" && abs(o.lowestCharge!.share - 0.29456) < 1e-12)
        // One plug: v0 26040–27000 s, v1 27000–27600 s (v0 unplugs first): the peak is 1, first at 26040 s;
        // 1560 plug-seconds over the run's 3900 s.
        #expect(
            o.chargers == [
                Summary.ChargerUse(depotID: "D0", plugs: 1, peak: 1, peakAt: .seconds(26040), meanInUse: 0.4)
            ])
    }

    @Test func chargerPeakCountsVehiclesPluggedInAtOnce() throws {
        let o = try #require(OperationsRun.build(plugs: 2, v1PlugsInAt: 26500, v1Plug: 1).tables().summary.operations)
        #expect(o.chargers.map(\.peak) == [2] && o.chargers.first?.peakAt == .seconds(26500))
    }

    @Test func summaryJSONHasTheOperationsObjectLast() throws {
        let json = OperationsRun.build().tables().summary.json
        let tail = try #require(json.range(of: "  \"operations\": {")).lowerBound
        #expect(json[tail...].hasSuffix("      \"vehicle_id\": \"v0\"\n    }\n  }\n}\n"))
        for key in [
            "\"empty_km\": {\n      \"to_pickup\": 1.112,\n      \"rebalancing\": 5.56,",
            "\"empty_km_share\": {\n      \"to_pickup\": 0.0625,", "\"energy_kwh\": 5.438,",
            "\"charging\": {\n      \"sessions\": 2,\n      \"charged_kwh\": 6.739,\n      \"plugged_h\": 0.433,\n      \"queue_events\": 1,\n      \"queue_min\": 15.833\n    }",
            "\"D0\": {\n        \"plugs\": 1,\n        \"peak_in_use\": 1,\n        \"peak_at_s\": 26040,\n        \"mean_in_use\": 0.4\n      }",
            "\"breaks\": {\n      \"taken\": 1,\n      \"scheduled\": 1,\n      \"total_min\": 10\n    }",
            "\"overtime\": {\n      \"vehicles\": 1,\n      \"total_min\": 4\n    }",
            "\"min_soc\": {\n      \"share\": 0.2946,\n      \"wh\": 2945.6,"
        ] {
            #expect(json.contains(key), "\(key)")
        }
    }

    @Test func theSeriesBinsFleetStatesAndPlugsOverTheDay() throws {
        let b = OperationsRun.build()
        let acc = RunAccumulator()
        for e in b.events { acc.record(e) }
        let ops = try #require(acc.operations)
        func total(_ s: FleetState) -> Int64 { ops.stateMs[s.rawValue].reduce(0, +) }
        #expect(FleetState.allCases.map(total).reduce(0, +) == 2 * 3_900_000)
        // v0 drives to the charger 240 s and is plugged in 960 s; v1 queues 950 s and is plugged in 600 s.
        #expect(total(.charging) == 2_750_000)
        #expect(total(.onBreak) == 720_000 && total(.offShift) == 1_310_000)
        #expect(ops.plugsInUse(depot: 0).bins.reduce(0, +) == 1_560_000 && ops.plugsInUse(depot: 0).plugs == 1)
        #expect(ops.rebalancingFlows.count == 3)
        // Electric vehicles on shift are counted in a band all the time they are on shift.
        let inBands: Int64 = ops.socBandMs.map { $0.reduce(0, +) }.reduce(0, +)
        #expect(inBands == 2 * 3_900_000 - 1_310_000)
    }

    @Test func aVehicleWithoutDepotIsOffShiftOnceIdlePastItsShiftsEnd() throws {
        let b = RunBuilder(type: OperationsRun.ev)
        b.add(29100, .runEnded(unfinished: 0))
        let acc = RunAccumulator()
        for e in b.events { acc.record(e) }
        let ops = try #require(acc.operations)
        #expect(ops.stateMs[FleetState.idle.rawValue].reduce(0, +) == 3_600_000)
        #expect(ops.stateMs[FleetState.offShift.rawValue].reduce(0, +) == 300_000)
        #expect(acc.tables().vehicles.first?.operations?.minSoc == 0.5)
    }

    @Test func aRunWithoutOperationsWritesNoNewColumnsOrKeys() throws {
        let b = SampleRuns.pooledRun()
        let tables = b.tables()
        #expect(!b.header.hasOperations && !tables.hasOperations && tables.vehicles.allSatisfy { $0.operations == nil })
        #expect(!tables.summary.json.contains("operations"))
        let dir = try b.writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let header = try String(contentsOfFile: dir + "/vehicles.csv", encoding: .utf8).split(separator: "\n")[0]
        #expect(header == VehicleRow.csvColumns.joined(separator: ","))
        let page = RunReport(header: b.header, tables: tables, series: RunSeries(), serviceArea: []).html
        #expect(!page.contains("id=\"operations\""))
    }

    @Test func aRunWithOperationsAppendsTheColumnsAndReportsThem() throws {
        let b = OperationsRun.build()
        let dir = try b.writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lines = try String(contentsOfFile: dir + "/vehicles.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines[0] == (VehicleRow.csvColumns + VehicleOperations.csvColumns).joined(separator: ","))
        #expect(lines[2].hasSuffix(",0,4.448,1.112,0,3.336,0,2.699,0.3986,3985.6,1,600,1.685,1,950,0,0,240"))
        let acc = RunAccumulator()
        for e in b.events { acc.record(e) }
        let page = acc.reportHTML(tables: acc.tables(), serviceArea: [])
        #expect(page.contains("<section id=\"operations\">"))
        for title in [
            "The fleet&#39;s state over the day", "Electric vehicles on shift by state of charge",
            "Chargers at depot D0: plugs in use", "rebalancing legs (3)"
        ] {
            #expect(page.contains(title), "\(title)")
        }
        #expect(!page.contains(">no data</text>") && !page.contains("<script"))
    }
}
