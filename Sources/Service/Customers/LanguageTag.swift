/// The language rule: a well-formed BCP-47 language tag (RFC 5646, section 2.1, the `langtag` and
/// `privateuse` productions), checked by grammar only, case-insensitively.
///
/// `language` is 2–3 letters (with up to three 3-letter extended subtags), then optionally
/// `script` (4 letters), `region` (2 letters or 3 digits), `variant`s (5–8 letters or digits, or a digit and
/// 3 letters or digits), `extension`s (a singleton other than `x` and subtags of 2–8) and a private-use part
/// (`x` and subtags of 1–8). A tag of only a private-use part (`x-whatever`) is accepted too.
/// Stricter than the grammar: a primary language subtag of 4 letters (reserved) or 5–8 letters (allowed
/// for registration, none ever registered) is rejected, so that `english` or `German` is caught as the
/// mistake it is; the grandfathered tags (`i-klingon`, `zh-min-nan`) are not accepted; nor are
/// underscores (`pt_BR`). Whether a subtag is registered is not checked (`qq` is well-formed).
/// Valid: `en`, `de`, `pt-BR`, `zh-Hant-TW`, `es-419`, `sl-rozaj-biske`, `de-DE-u-co-phonebk`.
public enum LanguageTag {
    /// Why `text` is not a well-formed tag, or nil when it is.
    public static func problem(_ text: String) -> String? {
        if text.isEmpty { return "is required: give a BCP-47 language tag such as en, de or pt-BR" }
        return isWellFormed(text)
            ? nil
            : "\"\(text)\" is not a well-formed BCP-47 language tag; use the 2- or 3-letter ISO 639 code, "
                + "optionally with script and region joined by '-', e.g. en, de, pt-BR, zh-Hant-TW"
    }

    /// Whether `text` matches the grammar.
    public static func isWellFormed(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map { Array($0.utf8) }
        guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(isAlphanumeric) }) else {
            return false
        }
        if isPrivateUseSingleton(subtags[0]) { return privateUse(subtags[...]) }
        var rest = subtags[...]
        // language
        let language = rest.removeFirst()
        guard language.allSatisfy(isLetter), (2...3).contains(language.count) else { return false }
        // extlang: up to three 3-letter subtags
        var extlangs = 0
        while extlangs < 3, let next = rest.first, next.count == 3, next.allSatisfy(isLetter) {
            rest.removeFirst(); extlangs += 1
        }
        // script
        if let next = rest.first, next.count == 4, next.allSatisfy(isLetter) { rest.removeFirst() }
        // region
        if let next = rest.first,
            (next.count == 2 && next.allSatisfy(isLetter)) || (next.count == 3 && next.allSatisfy(isDigit))
        {
            rest.removeFirst()
        }
        // variants
        while let next = rest.first, (5...8).contains(next.count) || (next.count == 4 && isDigit(next[0])) {
            rest.removeFirst()
        }
        // extensions
        while let next = rest.first, next.count == 1, !isPrivateUseSingleton(next) {
            rest.removeFirst()
            var count = 0
            while let sub = rest.first, (2...8).contains(sub.count) { rest.removeFirst(); count += 1 }
            guard count > 0 else { return false }
        }
        if rest.isEmpty { return true }
        return isPrivateUseSingleton(rest[rest.startIndex]) && privateUse(rest)
    }

    /// `x` followed by one or more subtags of 1–8 alphanumerics (lengths already checked).
    private static func privateUse(_ subtags: ArraySlice<[UInt8]>) -> Bool { subtags.count >= 2 }

    private static func isPrivateUseSingleton(_ s: [UInt8]) -> Bool {
        s == [UInt8(ascii: "x")] || s == [UInt8(ascii: "X")]
    }
    private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
}
