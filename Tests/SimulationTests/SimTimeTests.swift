import Simulation
import Testing

/// Integer-millisecond simulated time.
@Suite("SimTime")
struct SimTimeTests {
    @Test("constructors round to the nearest millisecond")
    func constructors() {
        #expect(SimTime.seconds(1.5).ms == 1500)
        #expect(SimTime.seconds(0.0004).ms == 0)
        #expect(SimTime.seconds(0.0006).ms == 1)
        #expect(SimTime.minutes(2).ms == 120_000)
        #expect(SimTime.hours(1.5).ms == 5_400_000)
        #expect(SimTime.seconds(-2.5).ms == -2500)
        #expect(SimTime(ms: 2500).seconds == 2.5)
    }

    @Test("arithmetic and order")
    func arithmetic() {
        var t = SimTime.seconds(10)
        #expect(t + .seconds(5) == .seconds(15))
        #expect(t - .seconds(15) == .seconds(-5))
        t += .minutes(1)
        #expect(t == .seconds(70))
        #expect(SimTime.seconds(10) * 1.5 == .seconds(15))
        #expect(SimTime(ms: 3) * 0.5 == SimTime(ms: 2))  // 1.5 ms rounds away from zero
        #expect(SimTime(ms: 1) < SimTime(ms: 2))
        #expect(SimTime.zero < .distantFuture)
        #expect(SimTime.hours(1000) < .distantFuture)
        // distantFuture leaves room to add spans without overflow.
        #expect(SimTime.distantFuture + .distantFuture > .distantFuture)
    }

    @Test(
        "description is HH:MM:SS",
        arguments: [
            (SimTime.zero, "00:00:00"), (.seconds(59.999), "00:00:59"), (.seconds(60), "00:01:00"),
            (.hours(7) + .minutes(5) + .seconds(3), "07:05:03"), (.hours(26.5), "26:30:00"),
            (.seconds(-61), "-00:01:01"), (.hours(100), "100:00:00")
        ])
    func description(time: SimTime, text: String) {
        #expect(time.description == text)
    }

    @Test("description truncates to the whole second")
    func truncates() {
        #expect(SimTime(ms: 1999).description == "00:00:01")
        #expect(SimTime(ms: -1999).description == "-00:00:01")
    }
}
