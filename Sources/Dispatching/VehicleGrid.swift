import Simulation

/// A uniform grid over the local plane listing, per cell, the vehicles whose anchor or planned
/// stops lie in it, with the time each leaves that point (a point may also stand for a vehicle on
/// its way, with place -1: see `PoolingMatcher.appendLegSamples`).
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
        /// Which of its vehicle's points this is (an index into `slotsOfVehicle[vehicle]`).
        @usableFromInline var slot: Int32
    }

    // `@usableFromInline` so that `candidates` specialises for the run's travel model.
    @usableFromInline let cellSize: Double
    @usableFromInline let originX: Double, originY: Double
    @usableFromInline let columns: Int, rows: Int
    @usableFromInline var cells: [[Entry]]
    /// Entries per cell, contiguous: a query skips empty cells without touching their storage.
    @usableFromInline var counts: [Int32]
    /// Where each vehicle's points lie: cell and index in the cell (kept exact by swap-removal).
    @usableFromInline var slotsOfVehicle: [[(cell: Int32, index: Int32)]]
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
        counts = Array(repeating: 0, count: columns * rows)
        slotsOfVehicle = Array(repeating: [], count: vehicles)
        seen = Array(repeating: 0, count: vehicles)
    }

    @usableFromInline func cell(_ x: Double, _ y: Double) -> (Int, Int) {
        (Swift.min(columns - 1, Swift.max(0, Int((x - originX) / cellSize))),
         Swift.min(rows - 1, Swift.max(0, Int((y - originY) / cellSize))))
    }

    /// Replaces `vehicle`'s points.
    /// - Complexity: O(old points + new points): each old point is swap-removed from its cell.
    mutating func update(vehicle: Int32, points: [(place: PlaceID, point: PlanePoint, leaves: SimTime)]) {
        let v = Int(vehicle)
        for k in slotsOfVehicle[v].indices {
            let (c, i) = (Int(slotsOfVehicle[v][k].cell), Int(slotsOfVehicle[v][k].index))
            let last = cells[c].removeLast()
            if i < cells[c].count {
                cells[c][i] = last
                slotsOfVehicle[Int(last.vehicle)][Int(last.slot)].index = Int32(i)
            }
            counts[c] -= 1
        }
        slotsOfVehicle[v].removeAll(keepingCapacity: true)
        for (k, (place, p, t)) in points.enumerated() {
            let (cx, cy) = cell(p.x, p.y)
            let c = cy * columns + cx
            slotsOfVehicle[v].append((Int32(c), Int32(cells[c].count)))
            cells[c].append(Entry(vehicle: vehicle, place: place, x: p.x, y: p.y, leaves: t, slot: Int32(k)))
            counts[c] += 1
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
        let radius = reach / 0.999  // the stretch allowance of the per-point test below
        let (x0, y0) = cell(target.x - reach, target.y - reach)
        let (x1, y1) = cell(target.x + reach, target.y + reach)
        stamp &+= 1
        if stamp == 0 { seen = Array(repeating: 0, count: seen.count); stamp = 1 }
        var found: [Int32] = []
        for cy in y0...y1 {
            // Only the cells of this row that the reach circle touches (the border rows also hold
            // the points beyond the grid: unbounded outwards).
            let rowLow = cy == 0 ? -Double.infinity : originY + Double(cy) * cellSize
            let rowHigh = cy == rows - 1 ? Double.infinity : originY + Double(cy + 1) * cellSize
            let dy = Swift.max(0, rowLow - target.y, target.y - rowHigh)
            guard dy <= radius else { continue }
            let halfWidth = (radius * radius - dy * dy).squareRoot()
            let (left, _) = cell(target.x - halfWidth, target.y), (right, _) = cell(target.x + halfWidth, target.y)
            for cx in Swift.max(x0, left)...Swift.min(x1, right) where counts[cy * columns + cx] > 0 {
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
