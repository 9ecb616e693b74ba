import Service
import Testing

/// `PhoneNumber.stripped` drops separators byte by byte for ASCII; removing them character by
/// character is its reference, on every kind of input.
@Suite struct PhoneNumberStripTests {
    static let pieces = [
        "+", "4", "9", "0", " ", "\t", "\n", "\r", "\r\n", "-", "(", ")", ".", "/", "a", "\u{A0}", "٣", "é"
    ]

    /// Every string of up to three pieces (about 6,200).
    static var strings: [String] {
        let p = pieces
        return p + p.flatMap { a in p.map { a + $0 } } + p.flatMap { a in p.flatMap { b in p.map { a + b + $0 } } }
    }

    @Test func agreesWithRemovingSeparatorCharactersOnEveryStringOfUpToThreePieces() {
        for text in Self.strings {
            let reference = String(
                text.filter { !($0.isWhitespace || $0 == "-" || $0 == "(" || $0 == ")" || $0 == ".") })
            #expect(PhoneNumber.stripped(text) == reference, "\(Array(text.unicodeScalars))")
        }
    }
}
