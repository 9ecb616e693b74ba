import Simulation

/// A vehicle group's shift as read: its hours, depot and break.
struct ShiftSpec {
    var start: SimTime
    var end: SimTime
    var depot: String?
    var shiftBreak: ShiftBreak?
}

/// `fleet.vehicles[].shift:` — `{start, end, depot, break: {earliestStart, latestEnd, minutes}}`.
extension ScenarioParser {
    func parseShift(_ group: MapReader, defaultShift: (SimTime, SimTime), operations: OperationsContext)
        -> ShiftSpec?
    {
        let r = group.map("shift", known: ["start", "end", "depot", "break"])
        let start = r.time("start", default: defaultShift.0)
        let end = r.time("end", default: defaultShift.1)
        var hoursOK = true
        if let start, let end, end <= start {
            r.problem(
                "end", "must be later than the shift start (\(TimeOfDay.format(start)))",
                fix: "make shift.end later than shift.start")
            hoursOK = false
        }
        let depot = parseShiftDepot(r, operations)
        var shiftBreak: ShiftBreak?
        if r.has("break") {
            var hours: (start: SimTime, end: SimTime)?
            if hoursOK, let start, let end { hours = (start, end) }
            shiftBreak = parseBreak(r, within: hours)
            if !r.has("depot") {
                r.problem(
                    "break",
                    "needs the group's shift.depot: breaks are taken at the depot (with "
                        + "operations.breaks.place 'stop', there when no stop keeps every promise)",
                    fix: "add `depot:` to the shift, or remove the break")
                shiftBreak = nil
            }
        }
        guard let start, let end, hoursOK, depot != nil || !r.has("depot"), shiftBreak != nil || !r.has("break")
        else { return nil }
        return ShiftSpec(start: start, end: end, depot: depot, shiftBreak: shiftBreak)
    }

    /// The shift's depot id, checked against `operations.depots`; `nil` when absent or bad.
    private func parseShiftDepot(_ shift: MapReader, _ operations: OperationsContext) -> String? {
        guard shift.has("depot") else {
            if operations.strategy == .depot {
                shift.missing(
                    "depot",
                    fix: "operations.rebalancing.strategy 'depot' sends idle vehicles to their depot: give every "
                        + "group `shift: {depot: …}`, or choose another strategy")
            }
            return nil
        }
        guard let id = shift.string("depot", default: nil), let depots = operations.depots else { return nil }
        if !operations.depotsGiven {
            shift.problem(
                "depot", "names depot '\(id)', but the scenario has no depots",
                fix: "add `operations: {depots: depots.csv}` (columns depot_id,lat,lon,parking,plugs,plug_kw), "
                    + "or give the group a start instead")
            return nil
        }
        guard depots.contains(where: { $0.id == id }) else {
            let ids = depots.map(\.id)
            let hint = Suggestion.closest(to: id, in: ids).map { "did you mean '\($0)'? " } ?? ""
            shift.problem(
                "depot", "no depot has the id '\(id)'",
                fix: "\(hint)name a depot_id of operations.depots: \(ids.joined(separator: ", "))")
            return nil
        }
        return id
    }

    /// `break: {earliestStart, latestEnd, minutes}`, inside `shift` (when the shift's hours are readable).
    private func parseBreak(_ shift: MapReader, within hours: (start: SimTime, end: SimTime)?) -> ShiftBreak? {
        let r = shift.map("break", known: ["earliestStart", "latestEnd", "minutes"])
        let earliest = r.time("earliestStart", default: nil)
        let latest = r.time("latestEnd", default: nil)
        let length = r.duration("minutes", default: nil, unit: 60, .above(0, upTo: 1440))
        guard let earliest, let latest, let length else { return nil }
        func hm(_ t: SimTime) -> String { TimeOfDay.format(t) }
        func minutes(_ t: SimTime) -> String { MapReader.format(t.seconds / 60) }
        guard latest > earliest else {
            r.problem(
                "latestEnd", "must be later than earliestStart (\(hm(earliest))), got \(hm(latest))",
                fix: "give the break a window: latestEnd later than earliestStart by at least its minutes")
            return nil
        }
        var ok = true
        if let hours, length > hours.end - hours.start {
            r.problem(
                "minutes",
                "a break of \(minutes(length)) minutes is longer than its shift (\(hm(hours.start))–\(hm(hours.end)), "
                    + "\(minutes(hours.end - hours.start)) minutes)",
                fix: "shorten the break or lengthen the shift")
            ok = false
        } else if length > latest - earliest {
            r.problem(
                "minutes",
                "a break of \(minutes(length)) minutes does not fit its window \(hm(earliest))–\(hm(latest)) "
                    + "(\(minutes(latest - earliest)) minutes)",
                fix: "make minutes at most latestEnd − earliestStart, or widen the window")
            ok = false
        }
        if let hours, earliest < hours.start {
            r.problem(
                "earliestStart", "\(hm(earliest)) is before the shift starts (\(hm(hours.start)))",
                fix: "the break's window lies inside the shift: make earliestStart \(hm(hours.start)) or later")
            ok = false
        }
        if let hours, latest > hours.end {
            r.problem(
                "latestEnd", "\(hm(latest)) is after the shift ends (\(hm(hours.end)))",
                fix: "the break's window lies inside the shift: make latestEnd \(hm(hours.end)) or earlier")
            ok = false
        }
        return ok ? ShiftBreak(earliestStart: earliest, latestEnd: latest, duration: length) : nil
    }
}
