import Foundation
import Reports
import TestSupport
import Testing

@testable import Ridepool

@Suite("report.html of a run")
struct RunReportTests {
    @Test(
        "a small run's report has every section, axes with units, a scale bar and no empty chart",
        arguments: ["examples/tiny.yaml", "examples/tiny_poisson.yaml", "examples/autonomous.yaml"])
    func reportStructure(scenario: String) throws {
        let result = try RunScenario.run(
            scenarioPath: Fixtures.scenario(scenario),
            options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "r"))
        let html = try String(contentsOfFile: result.directory + "/report.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for id in RunReport.sections { #expect(html.contains("<section id=\"\(id)\">"), "section \(id)") }
        // Self-contained: no scripts, no external resources.
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        let charts = html.components(separatedBy: "<svg class=\"chart").count - 1
        #expect(charts >= 12)
        #expect(!html.contains(">no data</text>"))
        let axisTitles = SVGText.texts(html, class: "atitle")
        #expect(axisTitles.count >= 2 * 3 + 8)
        for title in axisTitles {
            #expect(title.contains("(") && title.contains(")"), "axis title without unit: \(title)")
        }
        // The map: north arrow and a scale bar labelled in m or km.
        #expect(SVGText.texts(html, class: "north") == ["N"])
        #expect(SVGText.texts(html, class: "tick").contains { $0.hasSuffix(" km") || $0.hasSuffix(" m") })
    }

    @Test("the same run gives the same report, byte for byte")
    func reportIsDeterministic() throws {
        let path = Fixtures.scenario("examples/tiny.yaml")
        let a = try RunScenario.run(
            scenarioPath: path, options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "a"))
        let b = try RunScenario.run(
            scenarioPath: path, options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "b"))
        #expect(try Fixtures.bytes(a.directory + "/report.html") == Fixtures.bytes(b.directory + "/report.html"))
    }
}
