import HeapModule

/// A priority queue of simulation events ordered by (time, insertion sequence).
///
/// Equal-time events come out in the order they were scheduled, which is what makes a run
/// deterministic whatever the heap's internal layout.
/// - Complexity: O(log n) to schedule and to pop.
public struct EventQueue<Payload> {
    @usableFromInline struct Entry: Comparable {
        @usableFromInline let time: SimTime
        @usableFromInline let sequence: UInt64
        @usableFromInline let payload: Payload
        @usableFromInline init(time: SimTime, sequence: UInt64, payload: Payload) {
            self.time = time; self.sequence = sequence; self.payload = payload
        }
        @usableFromInline static func < (a: Entry, b: Entry) -> Bool {
            a.time != b.time ? a.time < b.time : a.sequence < b.sequence
        }
        @usableFromInline static func == (a: Entry, b: Entry) -> Bool {
            a.time == b.time && a.sequence == b.sequence
        }
    }

    @usableFromInline var heap = Heap<Entry>()
    @usableFromInline var nextSequence: UInt64 = 0

    public init() {}

    public var isEmpty: Bool { heap.isEmpty }
    public var count: Int { heap.count }
    /// The time of the next event, if any.
    public var nextTime: SimTime? { heap.min?.time }

    /// Schedules `payload` at `time`, after everything already scheduled for that time.
    @inlinable public mutating func schedule(_ payload: Payload, at time: SimTime) {
        heap.insert(Entry(time: time, sequence: nextSequence, payload: payload))
        nextSequence += 1
    }

    /// Removes and returns the earliest event.
    @inlinable public mutating func pop() -> (time: SimTime, payload: Payload)? {
        guard let e = heap.popMin() else { return nil }
        return (e.time, e.payload)
    }
}
