/// Character classes with an ASCII fast path: contact data is nearly always ASCII, and the Unicode
/// property look-ups behind `Character.isWhitespace` and friends dominate validating it. Same answers
/// as the Unicode properties (for ASCII they are these ranges); other characters take the full look-up.
extension Character {
    var isWhitespaceFast: Bool {
        // "\r\n" (one Character) reports 0x0A.
        guard let a = asciiValue else { return isWhitespace }
        return a == 0x20 || (0x09...0x0D).contains(a)
    }

    var isLetterFast: Bool {
        guard let a = asciiValue else { return isLetter }
        return (a | 0x20) >= UInt8(ascii: "a") && (a | 0x20) <= UInt8(ascii: "z")
    }

    var isNumberFast: Bool {
        guard let a = asciiValue else { return isNumber }
        return a >= UInt8(ascii: "0") && a <= UInt8(ascii: "9")
    }

    /// Whether any scalar is a control character (general category Cc).
    var hasControlScalar: Bool {
        guard let a = asciiValue else { return unicodeScalars.contains { $0.properties.generalCategory == .control } }
        // "\r\n" (0x0A) is two controls.
        return a < 0x20 || a == 0x7F
    }
}
