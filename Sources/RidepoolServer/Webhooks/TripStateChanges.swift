import Simulation
import Synchronization

/// A trip's move into a new state, as the event log tells it.
struct TripStateChange: Sendable {
    /// The trip's request index (the engine's, as events name it).
    let request: Int32
    let state: TripState
    let time: SimTime
}

/// Collects the trip state changes of a live run as its events pass (an `EventSink` beside the log),
/// until the sandbox takes them between two simulation steps (`drain`): the trips' views can only be
/// read once a step is over.
public final class TripStateChanges: EventSink, Sendable {
    private let pending = Mutex<[TripStateChange]>([])

    public init() {}

    public func record(_ event: SimEvent) {
        guard let change = event.kind.tripStateChange else { return }
        pending.withLock {
            $0.append(TripStateChange(request: change.request, state: change.state, time: event.time))
        }
    }

    /// The changes since the last call, in the order they happened.
    func drain() -> [TripStateChange] {
        pending.withLock { changes in
            defer { changes.removeAll(keepingCapacity: true) }
            return changes
        }
    }
}
