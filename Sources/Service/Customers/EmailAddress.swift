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
        if text.count > maxLength {
            return "is \(text.count) characters long; use at most \(maxLength)"
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            return "needs exactly one '@' between a local part and a domain, e.g. jane.doe@example.com"
        }
        let local = parts[0], domain = parts[1]
        if local.isEmpty { return "has nothing before the '@'; write it as local@domain, e.g. jane.doe@example.com" }
        if local.count > maxLocalLength { return "has a local part (before '@') of \(local.count) characters; use at most \(maxLocalLength)" }
        if local.contains(where: { $0.isWhitespaceFast || $0.hasControlScalar }) {
            return "contains whitespace or control characters; remove them"
        }
        if local.first == "." || local.last == "." || local.contains("..") {
            return "has a local part (before '@') that starts or ends with a dot or has two dots in a row"
        }
        if domain.isEmpty { return "has no domain after the '@'; write it as local@domain, e.g. jane.doe@example.com" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else {
            return "has a domain without a dot; give a full domain such as example.com"
        }
        for label in labels {
            if label.isEmpty { return "has an empty label in its domain (two dots in a row, or a dot at an end)" }
            if label.count > 63 { return "has a domain label of \(label.count) characters; use at most 63" }
            if !label.allSatisfy({ $0.isLetterFast || $0.isNumberFast || $0 == "-" }) {
                return "has a domain with characters other than letters, digits, hyphens and dots"
            }
            if label.first == "-" || label.last == "-" { return "has a domain label that starts or ends with a hyphen" }
        }
        if labels[labels.count - 1].allSatisfy(\.isNumberFast) {
            return "ends in an all-digit top-level domain; give a domain name such as example.com, not an IP address"
        }
        return nil
    }
}
