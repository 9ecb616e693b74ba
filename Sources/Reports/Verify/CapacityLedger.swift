/// Capacity per dimension of one vehicle and what is on board, re-derived from the log's text
/// (load codes and the `run_started` vehicle records), not from the engine's types.
struct CapacityLedger {
    /// seats, wheelchairs, forwards, backwards, booster.
    typealias Counts = [Int]
    static let dimensions = ["seats", "wheelchairs", "forwards", "backwards", "booster"]

    let seats: Int, wheelchairPlaces: Int, folded: Int, forwards: Int, backwards: Int, booster: Int
    var onBoard: Counts = [0, 0, 0, 0, 0]
    var trips: [String] = []

    init(record v: LogLine) {
        func i(_ k: String) -> Int { Int(v.int(k) ?? 0) }
        seats = i("seats"); wheelchairPlaces = i("wheelchair_places"); folded = i("seats_folded_per_wheelchair")
        forwards = i("forwards_seats"); backwards = i("backwards_seats"); booster = i("booster_seats")
    }

    /// What a `;`-separated load code (`adult;child:wheelchair;child:booster`) takes on board:
    /// a wheelchair place if it says `wheelchair`, else a seat; plus the named child seat.
    static func demand(ofLoads code: String) -> Counts {
        var d: Counts = [0, 0, 0, 0, 0]
        for load in code.split(separator: ";") {
            let parts = load.split(separator: ":").map { $0.lowercased() }
            if parts.contains("wheelchair") { d[1] += 1 } else { d[0] += 1 }
            if parts.contains("forwards") { d[2] += 1 }
            if parts.contains("backwards") { d[3] += 1 }
            if parts.contains("booster") { d[4] += 1 }
        }
        return d
    }

    /// Dimensions over capacity right now, as `seats 5 > 4` texts.
    var exceeded: [String] {
        let limits = [seats - onBoard[1] * folded, wheelchairPlaces, forwards, backwards, booster]
        return (0..<5).compactMap { k in
            onBoard[k] > limits[k]
                ? "\(CapacityLedger.dimensions[k]) \(onBoard[k]) > \(limits[k])"
                    + (k == 0 && folded > 0 && onBoard[1] > 0
                        ? " (\(seats) seats − \(onBoard[1] * folded) folded)" : "") : nil
        }
    }

    mutating func board(_ trip: String, _ d: Counts) {
        for k in 0..<5 { onBoard[k] += d[k] }
        trips.append(trip)
    }

    mutating func alight(_ trip: String, _ d: Counts) {
        guard let i = trips.firstIndex(of: trip) else { return }
        trips.remove(at: i)
        for k in 0..<5 { onBoard[k] -= d[k] }
    }
}
