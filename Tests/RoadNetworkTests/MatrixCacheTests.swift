import Foundation
import Simulation
import TestSupport
import Testing

@testable import RoadNetwork

/// The on-disk matrix cache: reused when nothing changed, rebuilt when anything did.
struct MatrixCacheTests {
    static let net = TinyNetwork.random(seed: 5, nodes: 40, links: 90)

    /// A model over `net` with places at the given node indices, its matrix precomputed with `cache`.
    static func model(
        _ net: TinyNetwork, places: [Int], speeds: SpeedSettings = SpeedSettings(), cache: String,
        threads: Int = 2
    ) throws -> NetworkTravelTime {
        let g = try net.graph(speeds: speeds)
        let m = NetworkTravelTime(graph: g, snap: bruteForceSnapper(g))
        for i in places { _ = m.addPlace(g.points[i % g.nodeCount]) }
        try m.precomputeMatrix(cacheDirectory: cache, threads: threads)
        return m
    }

    static func matrix(_ m: NetworkTravelTime) -> [[Int64]] {
        (0..<m.placeCount).map { i in
            (0..<m.placeCount).map { j in m.travelTime(from: PlaceID(i), to: PlaceID(j), at: .zero).ms }
        }
    }

    @Test("an unchanged network, places and speeds load the matrix from the cache, identical to the computed one")
    func reused() throws {
        let dir = try Fixtures.scratch()
        let first = try Self.model(Self.net, places: [1, 5, 9, 5, 22], cache: dir)
        #expect(first.matrixOrigin == .computed)
        let second = try Self.model(Self.net, places: [1, 5, 9, 5, 22], cache: dir)
        #expect(second.matrixOrigin == .loadedFromCache)
        #expect(second.matrixCachePath == first.matrixCachePath)
        #expect(Self.matrix(first) == Self.matrix(second))
        #expect(Self.matrix(first).joined().contains { $0 > 0 })
    }

    @Test("changing the network, the places or the speeds rebuilds the matrix")
    func rebuilt() throws {
        let dir = try Fixtures.scratch()
        _ = try Self.model(Self.net, places: [1, 5, 9], cache: dir)
        var longer = Self.net
        longer.links[0].length += 1
        #expect(try Self.model(longer, places: [1, 5, 9], cache: dir).matrixOrigin == .computed)
        #expect(try Self.model(Self.net, places: [1, 5, 10], cache: dir).matrixOrigin == .computed)
        #expect(try Self.model(Self.net, places: [1, 5, 9, 12], cache: dir).matrixOrigin == .computed)
        #expect(
            try Self.model(Self.net, places: [1, 5, 9], speeds: SpeedSettings(factor: 0.9), cache: dir).matrixOrigin
                == .computed)
        #expect(
            try Self.model(Self.net, places: [1, 5, 9], speeds: SpeedSettings(maxSpeed: 8), cache: dir).matrixOrigin
                == .computed)
        // And the original inputs still find their file.
        #expect(try Self.model(Self.net, places: [1, 5, 9], cache: dir).matrixOrigin == .loadedFromCache)
    }

    @Test("a corrupt or truncated cache file is ignored and rewritten", arguments: ["flip", "truncate", "empty"])
    func corrupt(_ damage: String) throws {
        let dir = try Fixtures.scratch()
        let first = try Self.model(Self.net, places: [2, 3, 4], cache: dir)
        let path = try #require(first.matrixCachePath)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        switch damage {
        case "flip": bytes[bytes.count / 2] ^= 0xFF
        case "truncate": bytes = bytes.prefix(bytes.count - 5)
        default: bytes = Data()
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let second = try Self.model(Self.net, places: [2, 3, 4], cache: dir)
        #expect(second.matrixOrigin == .computed)
        #expect(Self.matrix(second) == Self.matrix(first))
        #expect(try Self.model(Self.net, places: [2, 3, 4], cache: dir).matrixOrigin == .loadedFromCache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 1, "no temporary file left behind")
    }

    @Test("the matrix is the same on one thread or two, and without a cache")
    func threadsDoNotMatter() throws {
        let places = Array(0..<30)
        let one = try Self.model(Self.net, places: places, cache: try Fixtures.scratch(), threads: 1)
        let two = try Self.model(Self.net, places: places, cache: try Fixtures.scratch(), threads: 2)
        #expect(
            one.matrixCachePath.flatMap { try? Data(contentsOf: URL(fileURLWithPath: $0)) }
                == two.matrixCachePath.flatMap { try? Data(contentsOf: URL(fileURLWithPath: $0)) })
        let g = try Self.net.graph()
        let none = NetworkTravelTime(graph: g, snap: bruteForceSnapper(g))
        for i in places { _ = none.addPlace(g.points[i % g.nodeCount]) }
        try none.precomputeMatrix()
        #expect(Self.matrix(none) == Self.matrix(one) && none.matrixCachePath == nil)
    }
}
