import Simulation
import Yams

/// `dispatch:` — prebooked trips (when they are assigned, how many an hour) and re-optimisation.
extension ScenarioParser {
    static let dispatchKeys = ["prebooking", "reoptimisation"]
    static let prebookingKeys = ["revealMinutes", "capacityPerHour"]
    static let reoptimisationKeys = [
        "method", "intervalSeconds", "holdUnplacedOrders", "maxTripSize", "maxTripsPerVehicle", "nodeLimit",
        "timeLimitSeconds", "heldOrderValueMinutes"
    ]
    /// The most prebooked trips one hour may take (`capacityPerHour`).
    static let maxCapacityPerHour = 1_000_000

    /// The section (the defaults without it); `nil` when a value is bad.
    func parseDispatch(_ root: MapReader) -> DispatchRules? {
        let r = root.map("dispatch", known: Self.dispatchKeys)
        let prebooking = parsePrebooking(r)
        let reoptimisation = parseReoptimisation(r)
        guard let prebooking, let reoptimisation else { return nil }
        return DispatchRules(prebooking: prebooking, reoptimisation: reoptimisation)
    }

    private func parsePrebooking(_ dispatch: MapReader) -> PrebookingRules? {
        let r = dispatch.map("prebooking", known: Self.prebookingKeys)
        let d = PrebookingRules()
        let reveal = r.duration("revealMinutes", default: d.revealAhead, unit: 60, .closed(1, 1440))
        let capacity = r.has("capacityPerHour") ? capacityPerHour(r) : nil
        guard let reveal, capacity != nil || !r.has("capacityPerHour") else { return nil }
        return PrebookingRules(revealAhead: reveal, capacityPerHour: capacity)
    }

    /// One count for every hour, or a list of 24 counts (hours 0…23); `nil` (and a diagnostic) when bad.
    private func capacityPerHour(_ r: MapReader) -> [Int]? {
        let key = "capacityPerHour", limit = Self.maxCapacityPerHour
        let fix =
            "write one number for every hour (e.g. `capacityPerHour: 40`) or a list of 24 whole numbers "
            + "from 0 to \(limit), one per hour 00…23; remove the key for no limit"
        func count(_ node: Node, _ path: String) -> Int? {
            guard case .scalar(let s) = node, let n = Int(s.string.replacingOccurrences(of: "_", with: "")),
                (0...limit).contains(n)
            else {
                sink.add(
                    at: node.mark, path,
                    "must be a whole number of prebooked trips from 0 to \(limit), got \(node.kindName)", fix: fix)
                return nil
            }
            return n
        }
        switch r.value(key) {
        case .scalar?:
            return r.int(key, default: nil, range: 0...limit, fix: fix).map { Array(repeating: $0, count: 24) }
        case .sequence(let items)?:
            guard items.count == 24 else {
                r.problem(key, "must list exactly 24 hourly counts, got \(items.count)", fix: fix)
                return nil
            }
            let counts = items.enumerated().map { count($0.element, r.field(key) + "[\($0.offset)]") }
            return counts.contains(nil) ? nil : counts.map { $0! }
        case let other?:
            r.problem(key, "must be a number or a list of 24 numbers, got \(other.kindName)", fix: fix)
            return nil
        case nil:
            return nil
        }
    }

    private func parseReoptimisation(_ dispatch: MapReader) -> ReoptimisationRules? {
        let r = dispatch.map("reoptimisation", known: Self.reoptimisationKeys)
        let d = ReoptimisationRules()
        let method = oneOf(
            r, "method", ReoptimisationRules.Method.allCases.map { ($0.rawValue, $0) }, default: d.method)
        let interval = r.duration("intervalSeconds", default: d.interval, unit: 1, .closed(5, 3600))
        let hold = r.bool("holdUnplacedOrders", default: d.holdUnplacedOrders)
        let tripSize = r.int("maxTripSize", default: d.maxTripSize, range: 1...4)
        let trips = r.int("maxTripsPerVehicle", default: d.maxTripsPerVehicle, range: 1...500)
        let nodes = r.int("nodeLimit", default: d.nodeLimit, range: 1...1_000_000)
        let seconds = r.number("timeLimitSeconds", default: d.timeLimitSeconds, .closed(0.1, 600))
        let value = r.duration("heldOrderValueMinutes", default: d.heldOrderValue, unit: 60, .closed(0, 1440))
        guard let method, let interval, let hold, let tripSize, let trips, let nodes, let seconds, let value else {
            return nil
        }
        return ReoptimisationRules(
            method: method, interval: interval, holdUnplacedOrders: hold, maxTripSize: tripSize,
            maxTripsPerVehicle: trips, nodeLimit: nodes, timeLimitSeconds: seconds, heldOrderValue: value)
    }
}
