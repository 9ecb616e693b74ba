import DataFiles
import Foundation
import Testing

/// `trimmingWhitespace` is the fast path of CSV fields; Foundation's `.whitespaces` trim is its reference.
@Suite struct WhitespaceTrimTests {
    static let pieces = [
        "", " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", "\r", "a", "Z", "7", "-", "\"", "é", "日", "🚐",
        "\u{200B}", "x y"
    ]

    /// Every string of up to three pieces (about 6,200).
    static var strings: [String] {
        let p = pieces
        return p + p.flatMap { a in p.map { a + $0 } } + p.flatMap { a in p.flatMap { b in p.map { a + b + $0 } } }
    }

    @Test func agreesWithFoundationOnEveryStringOfUpToThreePieces() {
        for text in Self.strings {
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
