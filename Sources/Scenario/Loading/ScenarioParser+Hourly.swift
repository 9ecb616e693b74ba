import Yams

extension ScenarioParser {
    /// 24 values, one per hour of the day: a list of 24 numbers, or a mapping from hour ("07") to
    /// value with unmentioned hours at `unmentioned`.
    func hourlyValues(
        _ r: MapReader, _ key: String, plural: String, what: String, unmentioned: Double,
        _ rule: Bound
    ) -> [Double]? {
        guard let v = r.value(key) else {
            r.missing(key, fix: "add `\(key):` as 24 numbers or a mapping such as {\"07\": 120}")
            return nil
        }
        var values = Array(repeating: unmentioned, count: 24), ok = true
        func value(_ node: Node, _ path: String) -> Double? {
            guard case .scalar(let s) = node else {
                sink.add(at: node.mark, path, "must be a number, got \(node.kindName)", fix: "write \(what)")
                return nil
            }
            return MapReader.check(s.string, rule) { sink.add(at: node.mark, path, $0, fix: $1) }
        }
        switch v {
        case .sequence(let s):
            guard s.count == 24 else {
                r.problem(
                    key, "must list exactly 24 hourly \(plural), got \(s.count)",
                    fix:
                        "write one value per hour 00…23, or a mapping such as {\"07\": 120} (other hours \(MapReader.format(unmentioned)))"
                )
                return nil
            }
            for (i, n) in s.enumerated() {
                if let x = value(n, r.field(key) + "[\(i)]") { values[i] = x } else { ok = false }
            }
        case .mapping(let m):
            for (k, n) in m {
                let text = k.scalar?.string ?? ""
                guard let h = Int(text), (0...23).contains(h) else {
                    sink.add(
                        at: k.mark, r.field(key) + "." + text, "must be an hour 00…23, got '\(text)'",
                        fix: "use hours \"00\" to \"23\" as keys")
                    ok = false; continue
                }
                if let x = value(n, r.field(key) + "." + text) { values[h] = x } else { ok = false }
            }
        default:
            r.problem(
                key, "must be a list of 24 numbers or a mapping from hour to value, got \(v.kindName)",
                fix: "write e.g. {\"07\": 120, \"08\": 90}")
            return nil
        }
        return ok ? values : nil
    }
}
