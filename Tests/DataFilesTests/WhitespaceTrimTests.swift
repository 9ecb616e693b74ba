import DataFiles
import Foundation
import Testing

/// `trimmingWhitespace` is the fast path of CSV fields; Foundation's `.whitespaces` trim is its reference.
@Suite struct WhitespaceTrimTests {
    static let pieces = [
        "", " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", "\r", "a", "Z", "7", "-", "\"", "é", "日", "🚐",
        "\u{200B}", "x y"
    ]

    @Test func agreesWithFoundationOnManySeededStrings() {
        var rng = SplitMix(seed: 20_261_206)
        for _ in 0..<5_000 {
            let text = (0..<Int(rng.next() % 7)).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }
                .joined()
            #expect(
                text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func keepsInnerWhitespaceAndLineBreaks() {
        #expect(" \t a b \u{A0}".trimmingWhitespace == "a b")
        #expect("\n1\n".trimmingWhitespace == "\n1\n")
        #expect(" \t ".trimmingWhitespace.isEmpty)
    }
}

/// A small seeded generator (SplitMix64) for the cases above.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
