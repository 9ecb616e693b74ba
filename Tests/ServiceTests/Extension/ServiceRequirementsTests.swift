import Service
import Simulation
import Testing

/// Default service requirements fill in what a request leaves unspecified, and nothing else.
@Suite("Default service requirements")
struct ServiceRequirementsTests {
    static let adult = LoadRequest(kind: .adult), child = LoadRequest(kind: .child)
    static let both = ServiceRequirements(wheelchair: .needed, childSeat: .booster)

    @Test(
        "unspecified fields get the defaults: the wheelchair on the first load, the seat on children not in a wheelchair",
        arguments: [
            (
                ServiceRequirements(), [adult, child],
                [Load.adult, .child(wheelchair: .notNeeded, childSeat: .notNeeded)]
            ),
            (both, [adult, child], [.adult(wheelchair: .needed), .child(wheelchair: .notNeeded, childSeat: .booster)]),
            (both, [child], [.child(wheelchair: .needed, childSeat: .notNeeded)]),
            (
                both,
                [LoadRequest(kind: .adult, wheelchair: .notNeeded), LoadRequest(kind: .child, childSeat: .notNeeded)],
                [.adult, .child(wheelchair: .notNeeded, childSeat: .notNeeded)]
            ),
            (
                ServiceRequirements(childSeat: .forwards), [LoadRequest(kind: .child, childSeat: .backwards), child],
                [
                    .child(wheelchair: .notNeeded, childSeat: .backwards),
                    .child(wheelchair: .notNeeded, childSeat: .forwards)
                ]
            )
        ])
    func resolve(requirements: ServiceRequirements, loads: [LoadRequest], resolved: [Load]) {
        #expect(requirements.resolve(loads) == resolved)
    }

    @Test("a demand load's child seat counts as specified, its absence as unspecified")
    func demandLoads() {
        #expect(LoadRequest(Load(code: "child:booster")!).childSeat == .booster)
        #expect(LoadRequest(Load(code: "child")!).childSeat == nil)
        #expect(LoadRequest(Load(code: "adult")!).wheelchair == nil)
    }
}
