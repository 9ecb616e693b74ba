import Simulation

/// A uniform grid over the local plane listing, per cell, the vehicles whose points lie in it, with
/// the time each leaves that point; and, for a vehicle that may be turned off the leg it drives,
/// every cell that leg crosses (points with place -1, see `appendCellsCrossed`). Which points a
/// vehicle has is the matcher's choice (`PoolingMatcher.refreshGrid`): where it is next free, and its
/// planned stops only when the travel model's lower bound can rule out what the straight line cannot.
///
/// A vehicle can reach a pickup by `latest` only from some point of its plan it leaves at `d` with
/// `d + distance / maxSpeed ≤ latest`, or (turned off its leg) from where it is at `now`, with
/// `now + distance / maxSpeed ≤ latest`; the grid finds those without looking at every vehicle.
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
    /// Per vehicle: the query (stamp) that found its position on its leg too far (see `legs`).
    @usableFromInline var ruledOut: [UInt32]
    /// The leg each driving vehicle may be turned off, if any: its points along the leg (place -1)
    /// only say where to look; a query tests where the vehicle is on the leg at its `now`.
    @usableFromInline var legs: [DrivenLeg?]
    @usableFromInline var stamp: UInt32 = 0
    /// Metres added to every query's reach: 1 m, so that rounding in a leg's cell walk (see
    /// `appendCellsCrossed`) never hides a vehicle on the border of its reach.
    @usableFromInline let reachMargin = 1.0

    /// A grid covering `min…max` (local metres) with square cells; points outside fall in the border cells.
    init(min: PlanePoint, max: PlanePoint, cellSize: Double, vehicles: Int) {
        self.cellSize = cellSize
        originX = min.x; originY = min.y
        columns = Swift.max(1, Int(((max.x - min.x) / cellSize).rounded(.up)))
        rows = Swift.max(1, Int(((max.y - min.y) / cellSize).rounded(.up)))
        cells = Array(repeating: [], count: columns * rows)
        counts = Array(repeating: 0, count: columns * rows)
        slotsOfVehicle = Array(repeating: [], count: vehicles)
        seen = Array(repeating: 0, count: vehicles)
        ruledOut = Array(repeating: 0, count: vehicles)
        legs = Array(repeating: nil, count: vehicles)
    }

    @usableFromInline func cell(_ x: Double, _ y: Double) -> (Int, Int) {
        (
            Swift.min(columns - 1, Swift.max(0, Int((x - originX) / cellSize))),
            Swift.min(rows - 1, Swift.max(0, Int((y - originY) / cellSize)))
        )
    }

    /// Appends, for every cell the segment `a → b` crosses, a point inside that cell (its centre), in
    /// order from `a` (a cell-by-cell walk, Amanatides and Woo 1987): points that index a segment.
    func appendCellsCrossed(
        from a: PlanePoint, to b: PlanePoint, leaves: SimTime,
        into points: inout [(place: PlaceID, point: PlanePoint, leaves: SimTime)]
    ) {
        func rawCell(_ p: PlanePoint) -> (Int, Int) {
            (Int(((p.x - originX) / cellSize).rounded(.down)), Int(((p.y - originY) / cellSize).rounded(.down)))
        }
        var (cx, cy) = rawCell(a)
        let (ex, ey) = rawCell(b)
        let dx = b.x - a.x, dy = b.y - a.y
        let stepX = ex > cx ? 1 : -1, stepY = ey > cy ? 1 : -1
        // The segment's parameter (0…1) at the next vertical and horizontal cell border, and per cell.
        var nextX = dx == 0 ? Double.infinity : (originX + Double(cx + (stepX > 0 ? 1 : 0)) * cellSize - a.x) / dx
        var nextY = dy == 0 ? Double.infinity : (originY + Double(cy + (stepY > 0 ? 1 : 0)) * cellSize - a.y) / dy
        let perX = dx == 0 ? Double.infinity : cellSize / Swift.abs(dx)
        let perY = dy == 0 ? Double.infinity : cellSize / Swift.abs(dy)
        var last = -1
        for _ in 0...(Swift.abs(ex - cx) + Swift.abs(ey - cy)) {
            // Cells beyond the grid fold into its border cells (as `cell` does).
            let (gx, gy) = (Swift.min(columns - 1, Swift.max(0, cx)), Swift.min(rows - 1, Swift.max(0, cy)))
            if gy * columns + gx != last {
                last = gy * columns + gx
                points.append(
                    (
                        -1,
                        PlanePoint(
                            x: originX + (Double(gx) + 0.5) * cellSize,
                            y: originY + (Double(gy) + 0.5) * cellSize), leaves
                    ))
            }
            // Step across the nearer border; an axis already at the end cell never steps (rounding).
            if cy == ey || (cx != ex && nextX < nextY) {
                cx += stepX; nextX += perX
            } else {
                cy += stepY; nextY += perY
            }
        }
    }

    /// Replaces `vehicle`'s points (and its leg, when it may be turned off it).
    /// - Complexity: O(old points + new points): each old point is swap-removed from its cell.
    mutating func update(
        vehicle: Int32, points: [(place: PlaceID, point: PlanePoint, leaves: SimTime)], leg: DrivenLeg?
    ) {
        let v = Int(vehicle)
        legs[v] = leg
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

    /// How much the local plane may stretch a distance within a region: far less than 0.1 %. Reaches
    /// are divided by it, so that no vehicle within reach on the sphere is missed on the plane.
    @inlinable static var planeStretch: Double { 0.999 }
    /// Found vehicles are sorted when they are fewer than one in this many of the fleet; past that,
    /// reading every vehicle's mark in order is cheaper than sorting.
    @inlinable static var sortBelowOneIn: Int { 8 }

    /// Vehicles that could reach `place` (at `target`) by `latest`, in ascending vehicle order: by
    /// straight-line distance at `travel`'s top speed, then by its lower bound on travel time.
    ///
    /// Steps: mark a new query; for each row of cells within reach, the span of its cells that the
    /// reach circle touches; in each non-empty cell, the points that can still make it; finally the
    /// vehicles found in ascending order.
    @inlinable
    mutating func candidates(
        near target: PlanePoint, place: PlaceID, latest: SimTime, now: SimTime,
        travel: some TravelTimeModel
    ) -> [Int32] {
        let maxSpeed = travel.maxStraightLineSpeed
        let reachPerSecond = maxSpeed / Self.planeStretch
        let reach = Swift.max(0, (latest - now).seconds) * maxSpeed + reachMargin
        let radius = reach / Self.planeStretch  // the stretch allowance of the per-point test below
        let (x0, y0) = cell(target.x - reach, target.y - reach)
        let (x1, y1) = cell(target.x + reach, target.y + reach)
        beginQuery()
        let reachNow = Swift.max(0, (latest - now).seconds) * reachPerSecond
        var found: [Int32] = []
        for cy in y0...y1 {
            guard let span = cellsTouched(row: cy, around: target, radius: radius, within: x0...x1) else { continue }
            for cx in span where counts[cy * columns + cx] > 0 {
                collect(
                    cell: cy * columns + cx, target: target, place: place, latest: latest, now: now,
                    reachNow: reachNow, reachPerSecond: reachPerSecond, travel: travel, into: &found)
            }
        }
        putInVehicleOrder(&found)
        return found
    }

    /// Starts a query: a new stamp marks the vehicles it finds (and rules out), without clearing the marks.
    @inlinable @inline(__always)
    mutating func beginQuery() {
        stamp &+= 1
        if stamp == 0 {
            seen = Array(repeating: 0, count: seen.count); ruledOut = seen; stamp = 1
        }
    }

    /// The columns of row `cy` (within `bounds`) whose cells the circle of `radius` around `target`
    /// touches, or nil if it misses the row. The border rows also hold the points beyond the grid:
    /// unbounded outwards.
    @inlinable @inline(__always)
    func cellsTouched(row cy: Int, around target: PlanePoint, radius: Double, within bounds: ClosedRange<Int>)
        -> ClosedRange<Int>?
    {
        let rowLow = cy == 0 ? -Double.infinity : originY + Double(cy) * cellSize
        let rowHigh = cy == rows - 1 ? Double.infinity : originY + Double(cy + 1) * cellSize
        let dy = Swift.max(0, rowLow - target.y, target.y - rowHigh)
        guard dy <= radius else { return nil }
        let halfWidth = (radius * radius - dy * dy).squareRoot()
        let (left, _) = cell(target.x - halfWidth, target.y), (right, _) = cell(target.x + halfWidth, target.y)
        return Swift.max(bounds.lowerBound, left)...Swift.min(bounds.upperBound, right)
    }

    /// Appends to `found` the vehicles of cell `c` not yet seen in this query that can reach `place`
    /// by `latest`: from a planned point, or (a point along a leg) from where the vehicle is now.
    @inlinable @inline(__always)
    mutating func collect(
        cell c: Int, target: PlanePoint, place: PlaceID, latest: SimTime, now: SimTime,
        reachNow: Double, reachPerSecond: Double, travel: some TravelTimeModel, into found: inout [Int32]
    ) {
        // Points left after `latest` cannot help (checked first: it is the cheapest test).
        for e in cells[c] where e.leaves <= latest && seen[Int(e.vehicle)] != stamp {
            if e.place < 0 {
                // A point along a leg: where the vehicle is now must be within reach.
                guard ruledOut[Int(e.vehicle)] != stamp, let leg = legs[Int(e.vehicle)] else { continue }
                let p = leg.position(at: now)
                let dx = p.x - target.x, dy = p.y - target.y
                if dx * dx + dy * dy <= reachNow * reachNow {
                    seen[Int(e.vehicle)] = stamp
                    found.append(e.vehicle)
                } else {
                    ruledOut[Int(e.vehicle)] = stamp
                }
                continue
            }
            let dx = e.x - target.x, dy = e.y - target.y
            // Squared, no division: |d| × planeStretch / v ≤ slack ⇔ d² ≤ (slack × v / planeStretch)².
            // A vehicle at a place (an idle one, too) leaves it no earlier than now.
            let leaves = Swift.max(e.leaves, now)
            let metres = (latest - leaves).seconds * reachPerSecond
            if dx * dx + dy * dy <= metres * metres, leaves + travel.lowerBound(from: e.place, to: place) <= latest {
                seen[Int(e.vehicle)] = stamp
                found.append(e.vehicle)
            }
        }
    }

    /// Puts `found` in ascending vehicle order: sorts a few, or reads this query's marks in order when many matched.
    @inlinable @inline(__always)
    func putInVehicleOrder(_ found: inout [Int32]) {
        if found.count * Self.sortBelowOneIn < seen.count {
            found.sort()
        } else {
            // The found vehicles are exactly those with this query's mark: rewritten in order, in place.
            var k = 0
            for v in seen.indices where seen[v] == stamp {
                found[k] = Int32(truncatingIfNeeded: v)
                k += 1
            }
        }
    }
}

/// A straight leg a vehicle drives (local metres), left at `start` and ended at `end`.
@usableFromInline
struct DrivenLeg {
    @usableFromInline let from: PlanePoint, to: PlanePoint
    @usableFromInline let start: SimTime, end: SimTime
    /// The share of the leg driven per millisecond (0 for a leg of no duration), and the leg's vector:
    /// a query multiplies instead of dividing.
    @usableFromInline let perMs: Double
    @usableFromInline let dx: Double, dy: Double

    @usableFromInline init(from: PlanePoint, to: PlanePoint, start: SimTime, end: SimTime) {
        self.from = from; self.to = to; self.start = start; self.end = end
        perMs = end > start ? 1 / Double((end - start).ms) : 0
        dx = to.x - from.x; dy = to.y - from.y
    }

    /// Where the vehicle is at `time` (at an end outside the leg's times). Only the grid's reach test
    /// reads it, and that test has a metre of margin: the rounding of `perMs` cannot matter.
    @inlinable func position(at time: SimTime) -> PlanePoint {
        let f = end > start ? Swift.min(1, Swift.max(0, Double((time - start).ms) * perMs)) : 1
        return PlanePoint(x: from.x + f * dx, y: from.y + f * dy)
    }
}
