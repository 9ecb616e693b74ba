/// The e-mail address rule: reasonable, not the whole of RFC 5322.
///
/// Accepted: `local@domain`, at most 250 characters, with
/// - exactly one `@`;
/// - a local part of 1…64 characters without whitespace or control characters, not starting or ending
///   with a dot and without two dots in a row (quoted local parts are not accepted);
/// - a domain of at least two dot-separated labels, each 1…63 letters (any script), digits or hyphens,
///   not starting or ending with a hyphen, the last label (the top-level domain) not all digits.
/// An IP-literal domain (`user@[192.0.2.1]`) is not accepted.
public enum EmailAddress {
    /// The longest address accepted, in characters.
    public static let maxLength = 250
    /// RFC 5321's limit on the local part.
    public static let maxLocalLength = 64

    /// Why `text` is not an acceptable address, or nil when it is.
    public static func problem(_ text: String) -> String? {
        if text.isEmpty { return "is required: give the customer's e-mail address, e.g. jane.doe@example.com" }
        // ASCII without a carriage return (which joins "\r\n" into one character): one byte, one
        // character, so the rules can read bytes, which is much faster than walking characters.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return problem(units: text.utf8) }
        return problem(units: text)
    }

    /// The rules over the address's characters (or, for plain ASCII, its bytes).
    static func problem<Units: BidirectionalCollection>(units text: Units) -> String?
    where Units.Element: AddressCharacter {
        if text.count > maxLength {
            return "is \(text.count) characters long; use at most \(maxLength)"
        }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == .at })
        guard parts.count == 2 else {
            return "needs exactly one '@' between a local part and a domain, e.g. jane.doe@example.com"
        }
        let local = parts[0], domain = parts[1]
        if local.isEmpty { return "has nothing before the '@'; write it as local@domain, e.g. jane.doe@example.com" }
        if local.count > maxLocalLength {
            return "has a local part (before '@') of \(local.count) characters; use at most \(maxLocalLength)"
        }
        if local.contains(where: \.isWhitespaceOrControl) {
            return "contains whitespace or control characters; remove them"
        }
        if local.first == .dot || local.last == .dot
            || zip(local, local.dropFirst()).contains(where: { $0 == .dot && $1 == .dot })
        {
            return "has a local part (before '@') that starts or ends with a dot or has two dots in a row"
        }
        if domain.isEmpty { return "has no domain after the '@'; write it as local@domain, e.g. jane.doe@example.com" }
        let labels = domain.split(omittingEmptySubsequences: false, whereSeparator: { $0 == .dot })
        guard labels.count >= 2 else {
            return "has a domain without a dot; give a full domain such as example.com"
        }
        for label in labels {
            if label.isEmpty { return "has an empty label in its domain (two dots in a row, or a dot at an end)" }
            if label.count > 63 { return "has a domain label of \(label.count) characters; use at most 63" }
            if !label.allSatisfy({ $0.isLetterOrNumber || $0 == .hyphen }) {
                return "has a domain with characters other than letters, digits, hyphens and dots"
            }
            if label.first == .hyphen || label.last == .hyphen {
                return "has a domain label that starts or ends with a hyphen"
            }
        }
        if labels[labels.count - 1].allSatisfy(\.isNumber) {
            return "ends in an all-digit top-level domain; give a domain name such as example.com, not an IP address"
        }
        return nil
    }
}

/// What the e-mail rule asks of a character: a `Character`, or a byte of plain ASCII text.
protocol AddressCharacter: Equatable {
    static var at: Self { get }
    static var dot: Self { get }
    static var hyphen: Self { get }
    var isWhitespaceOrControl: Bool { get }
    var isLetterOrNumber: Bool { get }
    var isNumber: Bool { get }
}

extension Character: AddressCharacter {
    static var at: Character { "@" }
    static var dot: Character { "." }
    static var hyphen: Character { "-" }
    var isWhitespaceOrControl: Bool {
        isWhitespace || unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
    var isLetterOrNumber: Bool { isLetter || isNumber }
}

extension UInt8: AddressCharacter {
    static var at: UInt8 { UInt8(ascii: "@") }
    static var dot: UInt8 { UInt8(ascii: ".") }
    static var hyphen: UInt8 { UInt8(ascii: "-") }
    /// ASCII whitespace (tab … carriage return, space) and controls (below space, delete).
    var isWhitespaceOrControl: Bool { self <= 0x20 || self == 0x7F }
    var isLetterOrNumber: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") || isNumber }
    var isNumber: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
