import Testing

@testable import RoadNetwork

/// The two-way set-associative route cache.
struct RouteCacheTests {
    @Test("a set keeps its two most recently stored pairs and drops the older ones")
    func eviction() throws {
        var cache = RouteCache(capacity: 16)
        // Find three (s, t) pairs that fall into the same set.
        let first = cache.slot(RouteCache.key(0, 1))
        var same: [(Int32, Int32)] = [(0, 1)]
        var t: Int32 = 2
        while same.count < 3 {
            if cache.slot(RouteCache.key(0, t)) == first { same.append((0, t)) }
            t += 1
        }
        for (k, pair) in same.enumerated() { cache.store(pair.0, pair.1, time: Int64(k), mm: Int64(10 * k)) }
        #expect(cache.lookup(same[0].0, same[0].1) == nil)
        #expect(cache.lookup(same[1].0, same[1].1)! == (1, 10))
        #expect(cache.lookup(same[2].0, same[2].1)! == (2, 20))
        cache.store(same[2].0, same[2].1, time: 5, mm: 50)  // re-storing a present pair keeps the other
        #expect(cache.lookup(same[1].0, same[1].1)! == (1, 10))
        #expect(cache.lookup(same[2].0, same[2].1)! == (5, 50))
        #expect(cache.hits == 4 && cache.misses == 1)
    }
}
