import Foundation

/// Whether a rider travels in their own wheelchair.
public enum WheelchairNeed: String, Sendable, Hashable, CaseIterable {
    case notNeeded = "NOT_NEEDED", needed = "NEEDED"
}

/// The child seat a child needs.
public enum ChildSeat: String, Sendable, Hashable, CaseIterable {
    case notNeeded = "NOT_NEEDED", forwards = "FORWARDS", backwards = "BACKWARDS", booster = "BOOSTER"
}

/// One rider and what rides with them, as the integration API's `Load`.
///
/// A child in a wheelchair travels in the wheelchair place; asking for a child seat as well is a
/// load that no vehicle can carry (`INVALID_LOAD`), because a child seat is fixed to a seat.
public enum Load: Hashable, Sendable {
    case adult(wheelchair: WheelchairNeed)
    case child(wheelchair: WheelchairNeed, childSeat: ChildSeat)

    public static let adult = Load.adult(wheelchair: .notNeeded)

    public var isChild: Bool { if case .child = self { true } else { false } }

    public var wheelchair: WheelchairNeed {
        switch self {
        case .adult(let w), .child(let w, _): w
        }
    }

    public var childSeat: ChildSeat {
        switch self {
        case .adult: .notNeeded;
        case .child(_, let s): s
        }
    }

    /// The capacity this load takes while on board.
    public var demand: Occupancy {
        var o = Occupancy()
        if wheelchair == .needed { o.wheelchairs = 1 } else { o.seats = 1 }
        switch childSeat {
        case .notNeeded: break
        case .forwards: o.forwardsSeats = 1
        case .backwards: o.backwardsSeats = 1
        case .booster: o.boosterSeats = 1
        }
        return o
    }

    /// The compact text form used in CSV files and the event log:
    /// `adult`, `adult:wheelchair`, `child`, `child:booster`, `child:wheelchair`, …
    public var code: String {
        switch self {
        case .adult(let w): w == .needed ? "adult:wheelchair" : "adult"
        case .child(let w, let s):
            "child" + (w == .needed ? ":wheelchair" : "") + (s == .notNeeded ? "" : ":" + s.rawValue.lowercased())
        }
    }

    /// Parses `code`; `nil` for text that is not a load.
    public init?(code: String) {
        let parts = code.lowercased().split(separator: ":").map(String.init)
        guard let kind = parts.first else { return nil }
        var wheelchair = WheelchairNeed.notNeeded, seat = ChildSeat.notNeeded
        for p in parts.dropFirst() {
            switch p {
            case "wheelchair" where wheelchair == .notNeeded: wheelchair = .needed
            case "forwards" where seat == .notNeeded: seat = .forwards
            case "backwards" where seat == .notNeeded: seat = .backwards
            case "booster" where seat == .notNeeded: seat = .booster
            default: return nil  // an unknown word, or a second wheelchair or child seat
            }
        }
        switch kind {
        case "adult" where seat == .notNeeded: self = .adult(wheelchair: wheelchair)
        case "child": self = .child(wheelchair: wheelchair, childSeat: seat)
        default: return nil
        }
    }

    /// Parses a `;`-separated group such as `adult;child:booster`.
    public static func parseGroup(_ text: String) -> [Load]? {
        let items = text.split(separator: ";", omittingEmptySubsequences: true)
        guard !items.isEmpty else { return nil }
        var loads: [Load] = []
        for i in items {
            guard let l = Load(code: i.trimmingCharacters(in: .whitespaces)) else { return nil }
            loads.append(l)
        }
        return loads
    }
}

extension Array where Element == Load {
    /// Total capacity the group takes.
    public var demand: Occupancy { reduce(into: Occupancy()) { $0 += $1.demand } }
    /// `adult;child:booster`
    public var code: String { map(\.code).joined(separator: ";") }
}
