import Simulation

/// A uniform grid over the local plane listing, per cell, the vehicles whose anchor or planned
/// stops lie in it, with the time each leaves that point (a point may also stand for a vehicle on
/// its way, with place -1: see `PoolingMatcher.legSamples`).
///
/// A vehicle can reach a pickup by `latest` only from some point of its plan it leaves at `d` with
/// `d + distance / maxSpeed ≤ latest`; the grid finds those points without looking at every vehicle.
/// - Complexity: a query visits the cells within `(latest − now) × maxSpeed` of the pickup.
@usableFromInline
struct VehicleGrid {
    @usableFromInline struct Entry {
        @usableFromInline var vehicle: Int32
        @usableFromInline var place: PlaceID
        @usableFromInline var x: Double, y: Double
        @usableFromInline var leaves: SimTime
    }

    // `@usableFromInline` so that `candidates` specialises for the run's travel model.
    @usableFromInline let cellSize: Double
    @usableFromInline let originX: Double, originY: Double
    @usableFromInline let columns: Int, rows: Int
    @usableFromInline var cells: [[Entry]]
    @usableFromInline var cellsOfVehicle: [[Int]]
    @usableFromInline var seen: [UInt32]
    @usableFromInline var stamp: UInt32 = 0
    /// Metres added to every query's reach (points standing in for a vehicle lie up to this far from it).
    @usableFromInline let reachMargin: Double

    /// A grid covering `min…max` (local metres) with square cells; points outside fall in the border cells.
    init(min: PlanePoint, max: PlanePoint, cellSize: Double, vehicles: Int, reachMargin: Double = 0) {
        self.cellSize = cellSize
        self.reachMargin = reachMargin
        originX = min.x; originY = min.y
        columns = Swift.max(1, Int(((max.x - min.x) / cellSize).rounded(.up)))
        rows = Swift.max(1, Int(((max.y - min.y) / cellSize).rounded(.up)))
        cells = Array(repeating: [], count: columns * rows)
        cellsOfVehicle = Array(repeating: [], count: vehicles)
        seen = Array(repeating: 0, count: vehicles)
    }

    @usableFromInline func cell(_ x: Double, _ y: Double) -> (Int, Int) {
        (Swift.min(columns - 1, Swift.max(0, Int((x - originX) / cellSize))),
         Swift.min(rows - 1, Swift.max(0, Int((y - originY) / cellSize))))
    }

    /// Replaces `vehicle`'s points.
    mutating func update(vehicle: Int32, points: [(place: PlaceID, point: PlanePoint, leaves: SimTime)]) {
        let v = Int(vehicle)
        for c in cellsOfVehicle[v] { cells[c].removeAll { $0.vehicle == vehicle } }
        cellsOfVehicle[v].removeAll(keepingCapacity: true)
        for (place, p, t) in points {
            let (cx, cy) = cell(p.x, p.y)
            let c = cy * columns + cx
            cells[c].append(Entry(vehicle: vehicle, place: place, x: p.x, y: p.y, leaves: t))
            if !cellsOfVehicle[v].contains(c) { cellsOfVehicle[v].append(c) }
        }
    }

    /// Vehicles that could reach `place` (at `target`) by `latest`, in ascending vehicle order: by
    /// straight-line distance at `travel`'s top speed, then by its lower bound on travel time.
    @inlinable
    mutating func candidates(near target: PlanePoint, place: PlaceID, latest: SimTime, now: SimTime,
                             travel: some TravelTimeModel) -> [Int32] {
        let maxSpeed = travel.maxStraightLineSpeed
        let reachPerSecond = maxSpeed / 0.999
        let reach = Swift.max(0, (latest - now).seconds) * maxSpeed + reachMargin
        let (x0, y0) = cell(target.x - reach, target.y - reach)
        let (x1, y1) = cell(target.x + reach, target.y + reach)
        stamp &+= 1
        if stamp == 0 { seen = Array(repeating: 0, count: seen.count); stamp = 1 }
        var found: [Int32] = []
        for cy in y0...y1 {
            for cx in x0...x1 {
                // Points left after `latest` cannot help (checked first: it is the cheapest test).
                for e in cells[cy * columns + cx] where e.leaves <= latest && seen[Int(e.vehicle)] != stamp {
                    let dx = e.x - target.x, dy = e.y - target.y
                    // 0.999: the local plane stretches distances by far less than 0.1 % within a region.
                    // (Squared, no division: |d| × 0.999 / v ≤ slack ⇔ d² ≤ (slack × v / 0.999)².)
                    let metres = (latest - e.leaves).seconds * reachPerSecond
                    // A point without a place (`place < 0`) has no lower-bound look-up.
                    if dx * dx + dy * dy <= metres * metres,
                       e.place < 0 || e.leaves + travel.lowerBound(from: e.place, to: place) <= latest {
                        seen[Int(e.vehicle)] = stamp
                        found.append(e.vehicle)
                    }
                }
            }
        }
        // Ascending vehicle order: sort a few, or read the marks in order when many matched.
        if found.count * 8 < seen.count { found.sort() } else {
            found.removeAll(keepingCapacity: true)
            for v in seen.indices where seen[v] == stamp { found.append(Int32(v)) }
        }
        return found
    }
}
