import Foundation
import Simulation
import Testing

@testable import Reports

/// Corporate accounts in the outputs: the log's records, trips.csv's extra columns, summary.json's
/// `per_account`, the report's section; and none of it in a run without accounts.
@Suite struct AccountReportTests {
    static let account = CorporateAccount(
        id: "acc-1", name: "Acme \"GmbH\"", departments: [.init(id: "dep-1", name: "Sales")])

    /// The pooled sample run with trip A billed to Acme's Sales department and B to no account.
    static func billedRun() -> RunBuilder {
        let b = SampleRuns.pooledRun()
        b.mapEvents { e in
            switch e.kind {
            case .runStarted: return [e, SimEvent(time: e.time, kind: .accountCreated(account))]
            case .requested(0, var q):
                q.account = TripAccount(accountID: account.id, departmentID: "dep-1")
                return [SimEvent(time: e.time, kind: .requested(request: 0, q))]
            default: return [e]
            }
        }
        return b
    }

    @Test func onBoardKilometresAreSplitAmongTheTripsOnBoardAndEmptyOnesAttributedToNone() throws {
        // Empty 1000 m to S0 (no one), 1500 m with A alone, 2000 m with A and B: A 2500 m, B 1000 m.
        let tables = Self.billedRun().tables()
        #expect(tables.trips.map(\.attributedMetres) == [2500, 1000])
        #expect(tables.accounts == [Self.account])
        let totals = tables.summary.perAccount
        #expect(totals.map(\.id) == ["acc-1", "none"])
        #expect(totals.map(\.requests) == [1, 1] && totals.map(\.fulfilled) == [1, 1])
        #expect(totals.map(\.fareCents) == [350, 350] && totals.map(\.attributedMetres) == [2500, 1000])
        #expect(
            tables.summary.json.contains(
                """
                  "per_account": {
                    "acc-1": {
                      "name": "Acme \\"GmbH\\"",
                      "requests": 1,
                      "fulfilled": 1,
                      "fares_cents": 350,
                      "vehicle_km": 2.5
                    },
                """))
    }

    @Test func filesCarryTheAccountAndTheVerifierAcceptsThem() throws {
        let dir = try Self.billedRun().writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let csv = try String(contentsOfFile: dir + "/trips.csv", encoding: .utf8).split(separator: "\n")
        #expect(csv[0].hasSuffix(",reassignments,account_id,department_id,attributed_km"))
        #expect(csv[1].hasSuffix(",acc-1,dep-1,2.5") && csv[2].hasSuffix(",,,1"))
        let log = try String(contentsOfFile: dir + "/events.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(
            log[1]
                == #"{"t_ms":25200000,"type":"account_created","account_id":"acc-1","name":"Acme \"GmbH\"","departments":[{"id":"dep-1","name":"Sales"}]}"#
        )
        #expect(log.contains { $0.contains(#""customer_flags":"","account_id":"acc-1","department_id":"dep-1"}"#) })
        #expect(try Verifier.verify(runDirectory: dir).violations == [])
    }

    @Test func aRunWithoutAccountsWritesNoneOfIt() throws {
        let tables = SampleRuns.pooledRun().tables()
        #expect(tables.accounts.isEmpty && tables.summary.perAccount.isEmpty)
        #expect(!tables.summary.json.contains("per_account"))
        let dir = try SampleRuns.pooledRun().writeRun()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let header = try String(contentsOfFile: dir + "/trips.csv", encoding: .utf8).split(separator: "\n")[0]
        #expect(header == TripRow.csvColumns.joined(separator: ","))
        let log = try String(contentsOfFile: dir + "/events.jsonl", encoding: .utf8)
        #expect(!log.contains("account"))
    }

    @Test func theReportHasAnAccountSectionOnlyWithAccounts() {
        func html(_ b: RunBuilder) -> String {
            RunReport(header: b.header, tables: b.tables(), series: RunSeries(), serviceArea: []).html
        }
        let page = html(Self.billedRun())
        #expect(page.contains("id=\"accounts\"") && page.contains("Acme &quot;GmbH&quot;") && page.contains("2.5"))
        #expect(!html(SampleRuns.pooledRun()).contains("id=\"accounts\""))
    }
}
