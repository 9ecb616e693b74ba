/// The tag rule (the customer extension's free-form tags, ours): 1 to 64 characters, each a letter or
/// digit (any script) or one of `_ - . :`; no whitespace. Tags are compared exactly (`VIP` ≠ `vip`)
/// and carry no effect of their own (the priority tier does).
public enum CustomerTag {
    public static let maxLength = 64
    /// The most tags one customer carries.
    public static let maxPerCustomer = 50

    /// Why `tag` is not an acceptable tag, or nil.
    public static func problem(_ tag: String) -> String? {
        if tag.isEmpty { return "is empty; give a tag such as vip, night-shift or cost:4711" }
        if tag.count > maxLength { return "is \(tag.count) characters long; use at most \(maxLength)" }
        guard tag.allSatisfy({ $0.isLetter || $0.isNumber || "_-.:".contains($0) }) else {
            return "\"\(tag)\" has characters other than letters, digits and _ - . : (no spaces)"
        }
        return nil
    }
}
