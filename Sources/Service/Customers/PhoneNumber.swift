/// The phone number rule: E.164 once the usual punctuation is removed.
///
/// Whitespace (spaces, also non-breaking), dashes, parentheses and dots are removed; what remains must
/// be `+` and 8…15 ASCII digits, the first not 0 (a country code never starts with 0). So
/// `+49 30 726-219941` and `+49 (30) 726.219941` are both stored as `+4930726219941`.
/// A national number (`030 726219941`) or an international prefix (`0049…`) is not accepted: the
/// country code cannot be guessed.
public enum PhoneNumber {
    /// The fewest and most digits after the `+`.
    public static let digitRange = 8...15

    /// The number without separators, as the customer record stores it (it may still be invalid).
    public static func stripped(_ text: String) -> String {
        // ASCII without a carriage return (which joins "\r\n" into one character): one byte, one
        // character, so the separators can be dropped byte by byte, much faster than by character.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return String(decoding: text.utf8.filter { !isSeparator($0) }, as: UTF8.self)
        }
        return String(text.filter { !($0.isWhitespaceFast || $0 == "-" || $0 == "(" || $0 == ")" || $0 == ".") })
    }

    /// An ASCII separator: whitespace (as `Character.isWhitespaceFast` reads ASCII), `-`, `(`, `)` or `.`.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ".")
    }

    /// The E.164 form of `text`, or nil when it is not a valid number.
    public static func normalised(_ text: String) -> String? {
        problem(text) == nil ? stripped(text) : nil
    }

    /// Why `text` is not an acceptable number, or nil when it is.
    public static func problem(_ text: String) -> String? {
        let e164 = "in E.164 form: '+', the country code and the number, e.g. +4930726219941"
        let number = stripped(text)
        if number.isEmpty { return "is required: give the customer's phone number \(e164)" }
        guard number.first == "+" else { return "must start with '+' and the country code; write it \(e164)" }
        let digits = number.dropFirst()
        guard digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return
                "may contain only digits after the '+' (spaces, dashes, parentheses and dots are removed); write it \(e164)"
        }
        guard digitRange.contains(digits.count) else {
            return
                "has \(digits.count) digits; E.164 numbers have \(digitRange.lowerBound) to \(digitRange.upperBound) after the '+'"
        }
        guard digits.first != "0" else { return "has a country code starting with 0; write it \(e164)" }
        return nil
    }
}
