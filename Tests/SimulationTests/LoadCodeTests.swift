import Simulation
import Testing

/// The compact text form of loads used in CSV files and the event log.
@Suite("Load codes")
struct LoadCodeTests {
    static let all: [Load] =
        WheelchairNeed.allCases.map { Load.adult(wheelchair: $0) }
        + WheelchairNeed.allCases.flatMap { w in ChildSeat.allCases.map { Load.child(wheelchair: w, childSeat: $0) } }

    @Test("every load survives code → parse", arguments: all)
    func roundTrip(load: Load) {
        #expect(Load(code: load.code) == load)
        #expect(Load(code: load.code.uppercased()) == load)
    }

    @Test("every load has its own code")
    func distinctCodes() {
        #expect(Self.all.count == 10)
        #expect(Set(Self.all.map(\.code)).count == Self.all.count)
    }

    @Test("codes are the documented spellings")
    func spellings() {
        #expect(Load.adult.code == "adult")
        #expect(Load.adult(wheelchair: .needed).code == "adult:wheelchair")
        #expect(Load.child(wheelchair: .notNeeded, childSeat: .notNeeded).code == "child")
        #expect(Load.child(wheelchair: .notNeeded, childSeat: .booster).code == "child:booster")
        #expect(Load.child(wheelchair: .needed, childSeat: .backwards).code == "child:wheelchair:backwards")
    }

    @Test(
        "text that is not a load is rejected",
        arguments: [
            "", "baby", "adult:booster", "adult:forwards", "child:sunroof", "adult:wheelchair:x", "child;adult",
            " adult"
        ])
    func rejects(code: String) {
        #expect(Load(code: code) == nil)
    }

    @Test("a child asking for two different child seats is not a load")
    func twoSeatKinds() {
        #expect(Load(code: "child:booster:forwards") == nil)
        #expect(Load(code: "adult:wheelchair:wheelchair") == nil)
    }

    @Test("groups parse from `;`-separated codes and print back the same way")
    func groups() throws {
        let group = try #require(Load.parseGroup("adult; child:booster;adult:wheelchair"))
        #expect(group == [.adult, .child(wheelchair: .notNeeded, childSeat: .booster), .adult(wheelchair: .needed)])
        #expect(group.code == "adult;child:booster;adult:wheelchair")
        #expect(Load.parseGroup(group.code) == group)
        #expect(Load.parseGroup("") == nil)
        #expect(Load.parseGroup(";") == nil)
        #expect(Load.parseGroup("adult;pony") == nil)
    }
}
