import Foundation
import Testing

@testable import Ridepool

/// Seeded mutations of the tiny scenarios and their files, end to end through `validate` and `run`
/// (issue 14): whatever the numbers and bytes, each mutant ends in a run or a typed error with a fix.
@Suite("mutated scenarios and files end in a run or a typed error, never a trap", .serialized)
struct MutationTests {
    static let tinyFiles = [
        "data/tiny_area.geojson", "data/tiny_stops.csv", "data/tiny_demand.csv", "data/tiny_fleet.csv"
    ]

    /// The tiny scenario with fewer requests (the first 8 rows), so that each mutant runs in milliseconds.
    static func tiny(_ name: String) throws -> Mutant {
        let m = try Mutant(copying: "examples/tiny.yaml", files: tinyFiles, name: name)
        let demand = try m.text("data/tiny_demand.csv").split(separator: "\n", omittingEmptySubsequences: false)
        try m.write("data/tiny_demand.csv", demand.prefix(9).joined(separator: "\n") + "\n")
        return m
    }

    @Test("every number of tiny.yaml replaced by each of 1e308, -1e308, nan, inf, 0, -1, 2^63, 1e-300, empty, text")
    func everyNumberByEveryWildValue() throws {
        let m = try Self.tiny("wild")
        let original = try m.text("tiny.yaml")
        let numbers = original.yamlNumberRanges
        #expect(numbers.count > 60, "found only \(numbers.count) numbers in tiny.yaml")
        var runs = 0
        for (k, range) in numbers.enumerated() {
            let line = original[..<range.lowerBound].filter { $0 == "\n" }.count + 1
            for value in Mutant.core where value != String(original[range]) {
                var text = original
                text.replaceSubrange(range, with: value)
                try m.write("tiny.yaml", text)
                if m.check("tiny.yaml line \(line): \(original[range]) → '\(value)'", run: "w\(k)") { runs += 1 }
            }
        }
        #expect(runs > 0)
    }

    @Test("numbers of tiny.yaml replaced by values on and near the documented bounds, seeded")
    func numbersOnTheBounds() throws {
        let m = try Self.tiny("edges")
        let original = try m.text("tiny.yaml")
        let numbers = original.yamlNumberRanges
        var random = MutationRandom(seed: 14)
        var runs = 0
        for k in 0..<120 {
            var text = original
            // One to three numbers at once, replaced back to front so that earlier ranges stay valid.
            let picked = Set((0..<(1 + random.below(3))).map { _ in random.below(numbers.count) }).sorted(by: >)
            var changes: [String] = []
            for i in picked {
                let value = random.pick(Mutant.edges)
                changes.append("\(original[numbers[i]]) → \(value)")
                text.replaceSubrange(numbers[i], with: value)
            }
            try m.write("tiny.yaml", text)
            if m.check("tiny.yaml: \(changes.joined(separator: ", "))", run: "e\(k)") { runs += 1 }
        }
        #expect(runs > 10, "only \(runs) of 120 bound values ran: the bounds may be tighter than documented")
    }

    @Test("lines of tiny.yaml deleted, duplicated or truncated, seeded")
    func structuralMutations() throws {
        let m = try Self.tiny("structure")
        let original = try m.text("tiny.yaml")
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var random = MutationRandom(seed: 1414)
        for k in 0..<60 {
            var mutated = lines
            let i = random.below(lines.count)
            let what: String
            switch random.below(3) {
            case 0: mutated.remove(at: i); what = "line \(i + 1) deleted"
            case 1: mutated.insert(lines[i], at: i); what = "line \(i + 1) duplicated"
            default: mutated = Array(lines.prefix(i)); what = "truncated after line \(i)"
            }
            try m.write("tiny.yaml", mutated.joined(separator: "\n"))
            m.check("tiny.yaml \(what)", run: "s\(k)")
        }
    }

    @Test("cells of the demand, stops and fleet-starts CSVs replaced by wild and bound values, seeded")
    func csvCells() throws {
        let m = try Self.tiny("cells")
        var random = MutationRandom(seed: 4242)
        let files = ["data/tiny_demand.csv", "data/tiny_stops.csv", "data/tiny_fleet.csv"]
        let originals = try files.map { try m.text($0) }
        for k in 0..<120 {
            let f = random.below(files.count)
            let cells = originals[f].csvCellRanges
            let cell = cells[random.below(cells.count)]
            let value = random.pick(Mutant.wild + Mutant.edges + ["-90.0001", "180.5", "172801", "52.5e1"])
            var text = originals[f]
            text.replaceSubrange(cell, with: value)
            try m.write(files[f], text)
            m.check("\(files[f]): '\(originals[f][cell])' → '\(value)'", run: "c\(k)")
            try m.write(files[f], originals[f])
        }
    }

    @Test("the CSVs with lines deleted or duplicated, truncated at a byte, or with a byte flipped, seeded")
    func csvBytes() throws {
        let m = try Self.tiny("bytes")
        var random = MutationRandom(seed: 99)
        let files = ["data/tiny_demand.csv", "data/tiny_stops.csv", "data/tiny_fleet.csv"]
        let originals = try files.map { try m.bytes($0) }
        for k in 0..<90 {
            let f = random.below(files.count)
            var bytes = originals[f]
            let i = random.below(bytes.count)
            let what: String
            switch random.below(4) {
            case 0: bytes = Array(bytes.prefix(i)); what = "truncated at byte \(i)"
            case 1: bytes[i] ^= UInt8(1 << random.below(8)); what = "byte \(i) flipped"
            case 2:
                let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                let l = random.below(lines.count)
                bytes = Array(
                    lines.enumerated().filter { $0.offset != l }.map(\.element).joined(separator: [UInt8(ascii: "\n")]))
                what = "line \(l + 1) deleted"
            default:
                let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                let l = random.below(lines.count)
                bytes = Array(
                    (lines.prefix(l + 1) + [lines[l]] + lines.dropFirst(l + 1)).joined(separator: [UInt8(ascii: "\n")]))
                what = "line \(l + 1) duplicated"
            }
            try m.write(files[f], bytes: bytes)
            m.check("\(files[f]) \(what)", run: "b\(k)")
            try m.write(files[f], bytes: originals[f])
        }
    }

    @Test("the workload scenario and its CSVs with numbers replaced by wild and bound values, seeded")
    func workloadCells() throws {
        let files = ["tiny_workload.requests.csv", "tiny_workload.fleet.csv"]
        let m = try Mutant(copying: "examples/workload/tiny_workload.yaml", files: files, name: "workload")
        // The first 20 requests keep every run short.
        let requests = try m.text(files[0]).split(separator: "\n", omittingEmptySubsequences: false)
        try m.write(files[0], requests.prefix(21).joined(separator: "\n") + "\n")
        let originals = try files.map { try m.text($0) }
        let yaml = try m.text("tiny_workload.yaml")
        var random = MutationRandom(seed: 777)
        for k in 0..<80 {
            let value = random.pick(Mutant.wild + Mutant.edges + ["1441", "-721", "1e6", "1000001"])
            let f = random.below(files.count + 1)
            if f == files.count {
                let numbers = yaml.yamlNumberRanges
                var text = yaml
                let range = numbers[random.below(numbers.count)]
                text.replaceSubrange(range, with: value)
                try m.write("tiny_workload.yaml", text)
                m.check("tiny_workload.yaml: \(yaml[range]) → '\(value)'", run: "y\(k)")
                try m.write("tiny_workload.yaml", yaml)
            } else {
                let cells = originals[f].csvCellRanges
                let cell = cells[random.below(cells.count)]
                var text = originals[f]
                text.replaceSubrange(cell, with: value)
                try m.write(files[f], text)
                m.check("\(files[f]): '\(originals[f][cell])' → '\(value)'", run: "x\(k)")
                try m.write(files[f], originals[f])
            }
        }
    }
}
