import Simulation

/// Forwards every event to several sinks, in the order given (e.g. the log writer and the accumulator).
public final class EventFanOut: EventSink {
    public let sinks: [any EventSink]

    public init(_ sinks: [any EventSink]) { self.sinks = sinks }

    public func record(_ event: SimEvent) {
        for s in sinks { s.record(event) }
    }
}
