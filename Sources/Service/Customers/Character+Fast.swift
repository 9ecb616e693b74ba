/// Character classes with an ASCII fast path: contact data is nearly always ASCII, and the Unicode
/// property look-up behind `Character.isWhitespace` dominated validating it. Same answers as the
/// Unicode property (for ASCII it is these bytes); other characters take the full look-up.
extension Character {
    var isWhitespaceFast: Bool {
        // "\r\n" (one Character) reports 0x0A.
        guard let a = asciiValue else { return isWhitespace }
        return a == 0x20 || (0x09...0x0D).contains(a)
    }
}
