import Testing

@testable import Simulation

/// `SparseColumn` reads and writes like an array of optionals: held to one over seeded sequences of
/// writes (values, nil, overwrites) and appended requests.
@Suite struct SparseColumnTests {
    @Test func behavesLikeAnArrayOfOptionalsOverSeededOperations() {
        for seed in UInt64(1)...200 {
            var random = SeededGenerator(seed: seed)
            let start = Int.random(in: 0...20, using: &random)
            var column = SparseColumn<String>(count: start)
            var reference = [String?](repeating: nil, count: start)
            for step in 0..<200 {
                switch Int.random(in: 0..<10, using: &random) {
                case 0:
                    column.appendEmpty()
                    reference.append(nil)
                case 1 where !reference.isEmpty:
                    let i = Int.random(in: reference.indices, using: &random)
                    column[i] = nil
                    reference[i] = nil
                case 2 where !reference.isEmpty:
                    // A change through optional chaining, as the engine updates a booked offer.
                    let i = Int.random(in: reference.indices, using: &random)
                    column[i]? += "+"
                    reference[i]? += "+"
                case _ where !reference.isEmpty:
                    let i = Int.random(in: reference.indices, using: &random)
                    column[i] = "s\(seed)-\(step)"
                    reference[i] = "s\(seed)-\(step)"
                default: break
                }
                #expect(column.count == reference.count)
            }
            #expect(reference.indices.map { column[$0] } == reference, "seed \(seed)")
        }
    }
}
