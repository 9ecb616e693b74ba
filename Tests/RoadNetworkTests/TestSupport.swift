import Foundation
import Simulation

@testable import RoadNetwork

/// A small network as plain values, written to any of the input formats by the tests.
struct TinyNetwork {
    struct Node { var id: String; var point: GeoPoint }
    struct Link {
        var id: String; var from: String; var to: String; var length: Double; var speed: Double;
        var modes: String = "car"
    }
    var nodes: [Node] = []
    var links: [Link] = []

    var nodesCSV: String {
        "node_id,lat,lon\n" + nodes.map { "\($0.id),\($0.point.lat),\($0.point.lon)\n" }.joined()
    }
    var edgesCSV: String {
        "edge_id,from_node,to_node,length_m,freespeed_mps,modes\n"
            + links.map { "\($0.id),\($0.from),\($0.to),\($0.length),\($0.speed),\"\($0.modes)\"\n" }.joined()
    }

    /// MATSim network_v2 XML with node coordinates in `crs` (and, if `nameCRS`, the CRS attribute).
    func matsimXML(crs: CoordinateSystem, nameCRS: Bool = true) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        s += #"<!DOCTYPE network SYSTEM "http://www.matsim.org/files/dtd/network_v2.dtd">"# + "\n<network>\n"
        if nameCRS {
            s +=
                #"  <attributes><attribute name="coordinateReferenceSystem" class="java.lang.String">\#(crs)</attribute></attributes>"#
                + "\n"
        }
        s += "  <nodes>\n"
        for n in nodes {
            let (x, y) = crs.coordinates(of: n.point)
            s += #"    <node id="\#(n.id)" x="\#(x)" y="\#(y)"/>"# + "\n"
        }
        s += "  </nodes>\n  <links capperiod=\"01:00:00\">\n"
        for l in links {
            s +=
                #"    <link id="\#(l.id)" from="\#(l.from)" to="\#(l.to)" length="\#(l.length)" freespeed="\#(l.speed)" capacity="600" permlanes="1" oneway="1" modes="\#(l.modes)"/>"#
                + "\n"
        }
        return s + "  </links>\n</network>\n"
    }

    /// A GeoJSON FeatureCollection of straight LineString edges.
    var geoJSON: String {
        let position = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0.point) })
        let features = links.map { l -> String in
            let a = position[l.from]!, b = position[l.to]!
            return
                #"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[\#(a.lon),\#(a.lat)],[\#(b.lon),\#(b.lat)]]},"properties":{"edge_id":"\#(l.id)","from_node":"\#(l.from)","to_node":"\#(l.to)","length_m":\#(l.length),"freespeed_mps":\#(l.speed),"modes":"\#(l.modes)"}}"#
        }
        return #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}"
    }

    func data() throws -> NetworkData {
        try NetworkData.readCSV(
            nodesText: nodesCSV, nodesFile: "nodes.csv", edgesText: edgesCSV, edgesFile: "edges.csv")
    }

    func graph(speeds: SpeedSettings = SpeedSettings()) throws -> RoadGraph { try RoadGraph(data(), speeds: speeds) }

    /// A seeded random network of `n` nodes in a ~3 km square around Cottbus, with two-way and one-way links.
    static func random(seed: UInt64, nodes n: Int, links m: Int) -> TinyNetwork {
        var rng = SplitMix64(seed: seed)
        var net = TinyNetwork()
        for i in 0..<n {
            net.nodes.append(
                Node(id: "n\(i)", point: GeoPoint(lat: 51.74 + rng.unit() * 0.03, lon: 14.30 + rng.unit() * 0.04)))
        }
        for k in 0..<m {
            let a = Int(rng.next() % UInt64(n)), b = Int(rng.next() % UInt64(n))
            // Integer-ish lengths and few speeds make equal-time ties common: the (time, length) order must break them.
            let length = Double(1 + rng.next() % 40) * 25, speed = [5.0, 10, 12.5, 25][Int(rng.next() % 4)]
            net.links.append(Link(id: "e\(k)", from: "n\(a)", to: "n\(b)", length: length, speed: speed))
            if rng.next() % 3 != 0 {
                net.links.append(Link(id: "r\(k)", from: "n\(b)", to: "n\(a)", length: length, speed: speed))
            }
        }
        return net
    }
}

/// A tiny seeded generator (S. Vigna's SplitMix64), so that the random instances are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// The textbook O(n²) Dijkstra over an adjacency matrix, by (time, length): the reference for the searches.
func textbookDijkstra(_ g: RoadGraph, from s: Int) -> [(time: Int64, mm: Int64)?] {
    let n = g.nodeCount
    var w = [[(Int64, Int64)?]](repeating: [(Int64, Int64)?](repeating: nil, count: n), count: n)
    for u in 0..<n {
        for e in Int(g.offsets[u])..<Int(g.offsets[u + 1]) {
            let v = Int(g.targets[e]), c = (Int64(g.milliseconds[e]), Int64(g.millimetres[e]))
            if let old = w[u][v], old <= c { continue }
            w[u][v] = c
        }
    }
    var dist = [(time: Int64, mm: Int64)?](repeating: nil, count: n)
    var done = [Bool](repeating: false, count: n)
    dist[s] = (0, 0)
    for _ in 0..<n {
        var u = -1
        for v in 0..<n where !done[v] {
            guard let d = dist[v] else { continue }
            if u < 0 || d < dist[u]! { u = v }
        }
        guard u >= 0 else { break }
        done[u] = true
        for v in 0..<n {
            guard let c = w[u][v] else { continue }
            let cand = (time: dist[u]!.time + c.0, mm: dist[u]!.mm + c.1)
            if dist[v] == nil || cand < dist[v]! { dist[v] = cand }
        }
    }
    return dist
}

/// (time, mm) of a node path, taking the best edge between consecutive nodes; nil if an edge is missing.
func cost(of path: [Int32], in g: RoadGraph) -> (time: Int64, mm: Int64)? {
    var t: Int64 = 0, d: Int64 = 0
    for k in path.indices.dropLast() {
        guard let e = g.edge(from: path[k], to: path[k + 1]) else { return nil }
        t += Int64(g.milliseconds[Int(e)]); d += Int64(g.millimetres[Int(e)])
    }
    return (t, d)
}

/// The nearest node by a scan over great-circle distances: the brute-force snapper.
func bruteForceSnapper(_ g: RoadGraph) -> NetworkTravelTime.Snapper {
    let points = g.points
    return { p in
        var best: (node: Int32, metres: Double)?
        for (i, q) in points.enumerated() {
            let d = p.distance(to: q)
            if best == nil || d < best!.metres { best = (Int32(i), d) }
        }
        return best
    }
}

/// Gzips `path` to `path.gz` with the system's gzip, and returns the new path.
func gzip(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-k", "-f", path]
    try process.run()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "gzip failed")
    return path + ".gz"
}
