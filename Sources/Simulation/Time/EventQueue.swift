import HeapModule

/// A priority queue of simulation events ordered by (time, insertion sequence).
///
/// Equal-time events come out in the order they were scheduled, which is what makes a run
/// deterministic whatever the heap's internal layout.
///
/// An event scheduled no earlier than every event scheduled so far into the *lane* (a sorted array
/// read from its front) skips the heap: a run's requests, scheduled in time order at its start, wait
/// there, and the heap holds only the few events vehicles and riders schedule as the run goes.
/// - Complexity: O(log h) to schedule and to pop, for h events in the heap; O(1) via the lane.
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
    /// Events in (time, sequence) order; those before `laneStart` have been popped.
    @usableFromInline var lane: [Entry] = []
    @usableFromInline var laneStart = 0
    @usableFromInline var nextSequence: UInt64 = 0

    public init() {}

    public var isEmpty: Bool { heap.isEmpty && laneStart == lane.count }
    public var count: Int { heap.count + lane.count - laneStart }
    /// The time of the next event, if any.
    @inlinable public var nextTime: SimTime? {
        guard laneStart < lane.count else { return heap.min?.time }
        return heap.min.map { min($0.time, lane[laneStart].time) } ?? lane[laneStart].time
    }

    /// Schedules `payload` at `time`, after everything already scheduled for that time.
    @inlinable public mutating func schedule(_ payload: Payload, at time: SimTime) {
        let entry = Entry(time: time, sequence: nextSequence, payload: payload)
        nextSequence += 1
        // Its sequence is the highest yet: no earlier than the lane's last event, it keeps the lane sorted.
        if lane.last.map({ $0.time <= time }) ?? true { lane.append(entry) } else { heap.insert(entry) }
    }

    /// Removes and returns the earliest event.
    @inlinable public mutating func pop() -> (time: SimTime, payload: Payload)? {
        if laneStart < lane.count, heap.min.map({ lane[laneStart] < $0 }) ?? true {
            let e = lane[laneStart]
            laneStart += 1
            if laneStart == lane.count {
                lane.removeAll(keepingCapacity: true)
                laneStart = 0
            } else if laneStart >= 4096 && laneStart * 2 >= lane.count {
                lane.removeFirst(laneStart)
                laneStart = 0
            }
            return (e.time, e.payload)
        }
        guard let e = heap.popMin() else { return nil }
        return (e.time, e.payload)
    }
}
