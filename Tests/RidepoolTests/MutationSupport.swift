import Foundation
import TestSupport
import Testing

@testable import Ridepool

/// A small deterministic generator for the mutation tests (SplitMix64): the same seed, the same mutants.
struct MutationRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// One mutated copy of a scenario and its files in a scratch folder, run through `validate` and `run`.
///
/// The contract under test: every mutant ends in success or a typed error that says how to fix it,
/// never a trap (a trap kills the test process, so the whole suite fails loudly).
struct Mutant {
    /// Numbers that are valid doubles or integers with no meaning once converted, and text that is no number:
    /// `core` replaces every number of a scenario, the rest are drawn.
    static let core = ["1e308", "-1e308", "nan", ".inf", "0", "-1", "9223372036854775808", "1e-300", "", "abc"]
    static let wild = core + ["-.inf", "inf", "-0.5", "9223372036854775807", "18446744073709551616", "2e9", "0x1p1023"]
    /// Large and small values that sit on or near the documented bounds: they must validate and run, or be refused.
    static let edges = [
        "1000000", "100000", "86400", "8760", "10080", "1440", "3600", "600", "300", "168", "100",
        "32767", "10", "1", "0.1", "0.01", "0.001", "1e-9"
    ]

    let folder: String
    let scenario: String

    /// Copies `scenario` (a path under `scenarios/`) and the files it names to a fresh scratch folder.
    init(copying scenario: String, files: [String], name: String) throws {
        folder = try Fixtures.scratch(name)
        let source = Fixtures.scenario(scenario)
        let sourceFolder = (source as NSString).deletingLastPathComponent
        for file in files {
            let target = folder + "/" + file
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: sourceFolder + "/" + file, toPath: target)
        }
        self.scenario = folder + "/" + (scenario as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: source, toPath: self.scenario)
    }

    func text(_ file: String) throws -> String { try String(contentsOfFile: folder + "/" + file, encoding: .utf8) }
    func write(_ file: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
    }
    func write(_ file: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + file))
    }
    func bytes(_ file: String) throws -> [UInt8] { [UInt8](try Fixtures.bytes(folder + "/" + file)) }

    /// Validates, then runs; returns whether the run finished. Records an issue naming `situation` when
    /// validate and run disagree or an error cannot say how to fix it.
    @discardableResult
    func check(_ situation: String, run runID: String) -> Bool {
        let problems = ValidateScenario.problems(scenarioPath: scenario)
        for p in problems { #expect(p.contains("Fix:"), "\(situation): \(p)") }
        do {
            _ = try RunScenario.run(
                scenarioPath: scenario,
                options: RunOptions(
                    outputRoot: folder + "/out", runID: runID,
                    writesEventLog: false))
            #expect(problems.isEmpty, "\(situation): validate reported \(problems), yet the run finished")
            return true
        } catch {
            #expect(!problems.isEmpty, "\(situation): validate found no problem, yet the run failed: \(error)")
            #expect("\(error)".contains("Fix:"), "\(situation): the error names no fix: \(error)")
            return false
        }
    }
}

extension String {
    /// The ranges of the numbers written as YAML values (after `:`, `-`, `[`, `,` or `{`), outside quotes and comments.
    var yamlNumberRanges: [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var i = startIndex, quoted = false, comment = false, previous: Character = "\n"
        let numberCharacters = Set("0123456789.-+eE_")
        while i < endIndex {
            let c = self[i]
            if c == "\n" {
                quoted = false; comment = false
            } else if c == "\"" && !comment {
                quoted.toggle()
            } else if c == "#" && !quoted {
                comment = true
            }
            if !quoted && !comment && (c.isNumber || c == "-") && ":[,{-".contains(previous) {
                var j = i
                while j < endIndex && numberCharacters.contains(self[j]) { j = index(after: j) }
                let token = self[i..<j]
                if token.contains(where: \.isNumber) && (j == endIndex || " ,}]\n".contains(self[j])) {
                    found.append(i..<j)
                    i = j; previous = "0"; continue
                }
            }
            if c != " " { previous = c }
            i = index(after: i)
        }
        return found
    }

    /// The ranges of the comma-separated cells of every line after the header.
    var csvCellRanges: [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = startIndex, line = 0
        for i in indices where self[i] == "," || self[i] == "\n" {
            if line > 0 { found.append(start..<i) }
            if self[i] == "\n" { line += 1 }
            start = index(after: i)
        }
        return found
    }
}
