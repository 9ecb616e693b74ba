internal import CGEOS
import DataFiles

/// Read-only queries on borrowed GEOS geometries, each checking GEOS's failure convention.
extension GeometryContext {
    /// The geometry's type; throws if GEOS fails (it returns -1).
    func kind(of g: OpaquePointer, file: String?) throws(DataFileError) -> GeometryKind {
        let id = GEOSGeomTypeId_r(handle, g)
        guard let kind = GeometryKind(rawValue: id) else {
            throw error("GEOS could not tell the geometry type", file: file)
        }
        return kind
    }

    /// Whether the geometry is empty; GEOS returns 2 on failure.
    func isEmpty(_ g: OpaquePointer, file: String?) throws(DataFileError) -> Bool {
        let r = GEOSisEmpty_r(handle, g)
        guard r != 2 else { throw error("GEOS could not tell whether the geometry is empty", file: file) }
        return r == 1
    }

    /// The number of parts of a multi-geometry or collection (1 for a simple geometry); -1 on failure.
    func partCount(_ g: OpaquePointer, file: String?) throws(DataFileError) -> Int {
        let n = GEOSGetNumGeometries_r(handle, g)
        guard n >= 0 else { throw error("GEOS could not count the geometry's parts", file: file) }
        return Int(n)
    }

    /// Part `i` of a multi-geometry or collection, borrowed (owned by `g`); NULL on failure.
    func part(_ g: OpaquePointer, _ i: Int, file: String?) throws(DataFileError) -> OpaquePointer {
        guard let p = GEOSGetGeometryN_r(handle, g, Int32(i)) else {
            throw error("GEOS could not get part \(i) of the geometry", file: file)
        }
        return p
    }

    /// The envelope (xmin, ymin, xmax, ymax); `GEOSGeom_getExtent_r` returns 0 on failure.
    func extent(of g: OpaquePointer, file: String?) throws(DataFileError) -> (
        xmin: Double, ymin: Double, xmax: Double, ymax: Double
    ) {
        var xmin = 0.0, ymin = 0.0, xmax = 0.0, ymax = 0.0
        guard GEOSGeom_getExtent_r(handle, g, &xmin, &ymin, &xmax, &ymax) == 1 else {
            throw error("GEOS could not compute the envelope", file: file)
        }
        return (xmin, ymin, xmax, ymax)
    }

    /// `nil` if the geometry is valid, else GEOS's reason (e.g. `Self-intersection[14.3 51.7]`).
    func invalidityReason(_ g: OpaquePointer, file: String?) throws(DataFileError) -> String? {
        guard let cReason = GEOSisValidReason_r(handle, g) else {
            throw error("GEOS could not check the polygon's validity", file: file)
        }
        defer { GEOSFree_r(handle, cReason) }
        let reason = String(cString: cReason)
        return reason == "Valid Geometry" ? nil : reason
    }

    /// The (x, y) coordinates of a ring or line string, borrowed.
    func coordinates(of ring: OpaquePointer, file: String?) throws(DataFileError) -> [(x: Double, y: Double)] {
        guard let seq = GEOSGeom_getCoordSeq_r(handle, ring) else {
            throw error("GEOS could not read a ring's coordinates", file: file)
        }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, seq, &size) == 1 else {
            throw error("GEOS could not read a ring's size", file: file)
        }
        var result: [(x: Double, y: Double)] = []
        result.reserveCapacity(Int(size))
        for i in 0..<size {
            var x = 0.0, y = 0.0
            guard GEOSCoordSeq_getXY_r(handle, seq, i, &x, &y) == 1 else {
                throw error("GEOS could not read coordinate \(i) of a ring", file: file)
            }
            result.append((x, y))
        }
        return result
    }

    /// A polygon's rings, exterior first, then holes (borrowed from the polygon).
    func rings(ofPolygon polygon: OpaquePointer, file: String?) throws(DataFileError) -> [OpaquePointer] {
        guard let exterior = GEOSGetExteriorRing_r(handle, polygon) else {
            throw error("GEOS could not get a polygon's exterior ring", file: file)
        }
        let holes = GEOSGetNumInteriorRings_r(handle, polygon)
        guard holes >= 0 else { throw error("GEOS could not count a polygon's holes", file: file) }
        var rings = [exterior]
        for i in 0..<holes {
            guard let hole = GEOSGetInteriorRingN_r(handle, polygon, i) else {
                throw error("GEOS could not get hole \(i) of a polygon", file: file)
            }
            rings.append(hole)
        }
        return rings
    }
}
