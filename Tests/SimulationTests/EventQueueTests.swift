import Simulation
import Testing

/// Events come out by (time, insertion sequence).
@Suite("Event queue")
struct EventQueueTests {
    @Test("equal-time events come out in scheduling order")
    func equalTimesKeepOrder() {
        var q = EventQueue<Int>()
        for i in 0..<500 { q.schedule(i, at: .seconds(7)) }
        var out: [Int] = []
        while let e = q.pop() {
            #expect(e.time == .seconds(7))
            out.append(e.payload)
        }
        #expect(out == Array(0..<500))
    }

    @Test("seeded random times come out as a stable sort of the schedule", arguments: UInt64(1)...40)
    func randomTimesStable(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        var q = EventQueue<Int>()
        var scheduled: [(time: SimTime, id: Int)] = []
        // Few distinct times, so that ties are common; interleave pops with schedules.
        var out: [(time: SimTime, id: Int)] = []
        var popped: [(time: SimTime, id: Int)] = []
        for id in 0..<300 {
            let t = SimTime(ms: Int64(g.uniform(0...20)))
            q.schedule(id, at: t)
            scheduled.append((t, id))
            #expect(q.count == scheduled.count - popped.count)
            if g.unit() < 0.1, let e = q.pop() { popped.append((e.time, e.payload)) }
        }
        #expect(q.nextTime != nil)
        while let e = q.pop() { out.append((e.time, e.payload)) }
        #expect(q.isEmpty && q.nextTime == nil)
        // The remaining events: a stable sort by time of what was not popped early.
        let early = Set(popped.map(\.id))
        let rest = scheduled.filter { !early.contains($0.id) }
        let want = rest.enumerated().sorted { a, b in
            a.element.time != b.element.time ? a.element.time < b.element.time : a.offset < b.offset
        }.map(\.element)
        #expect(out.map(\.id) == want.map(\.id))
        #expect(out.map(\.time) == want.map(\.time))
        #expect(popped.count + out.count == 300)
    }

    @Test("a pop-only run is a stable sort of all inputs, and nextTime previews the pop", arguments: UInt64(100)...120)
    func stableSortAll(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        var q = EventQueue<Int>()
        let times = (0..<1000).map { _ in SimTime(ms: Int64(g.uniform(-50...50))) }
        for (i, t) in times.enumerated() { q.schedule(i, at: t) }
        let want = times.indices.sorted { times[$0] != times[$1] ? times[$0] < times[$1] : $0 < $1 }
        var got: [Int] = []
        while let t = q.nextTime {
            let e = q.pop()!
            #expect(e.time == t)
            got.append(e.payload)
        }
        #expect(got == want)
    }

    @Test("an event scheduled later for a time already in the queue goes after the earlier ones")
    func laterScheduledGoesLast() {
        var q = EventQueue<String>()
        q.schedule("b", at: .seconds(2))
        q.schedule("a", at: .seconds(1))
        q.schedule("c", at: .seconds(2))
        #expect(q.pop()?.payload == "a")
        q.schedule("d", at: .seconds(2))
        q.schedule("z", at: .seconds(1))
        #expect([q.pop(), q.pop(), q.pop(), q.pop()].map { $0?.payload } == ["z", "b", "c", "d"])
        #expect(q.pop() == nil)
    }
}
