import Service
import Testing

/// `PhoneNumber.stripped` drops separators byte by byte for ASCII; removing them character by
/// character is its reference, on every kind of input.
@Suite struct PhoneNumberStripTests {
    static let pieces = [
        "+", "4", "9", "0", " ", "\t", "\n", "\r", "\r\n", "-", "(", ")", ".", "/", "a", "\u{A0}", "٣", "é"
    ]

    @Test func agreesWithRemovingSeparatorCharactersOnSeededStrings() {
        var state: UInt64 = 0x5EED_2026_1206
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<5_000 {
            let text = (0..<(next() % 16)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            let reference = String(
                text.filter { !($0.isWhitespace || $0 == "-" || $0 == "(" || $0 == ")" || $0 == ".") })
            #expect(PhoneNumber.stripped(text) == reference, "\(Array(text.unicodeScalars))")
        }
    }
}
