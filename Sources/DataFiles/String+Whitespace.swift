/// Trimming as Foundation's `trimmingCharacters(in: .whitespaces)` does (tab, the Unicode space
/// separators of category Zs, and the zero-width space U+200B, which Foundation counts too), without
/// its bridging to `NSString`: CSV loading trims every field, and Foundation's trim was most of the
/// time spent reading a road network.
extension String {
    /// The string without leading and trailing whitespace.
    /// - Complexity: O(1) when neither end is whitespace (the usual field); else O(n).
    public var trimmingWhitespace: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Most fields start and end with a visible ASCII character: nothing to trim.
        if Self.isVisibleASCII(first) && Self.isVisibleASCII(last) { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !Self.isWhitespace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !Self.isWhitespace($0) })!
        return String(scalars[start...end])
    }

    @inline(__always) private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }

    /// Tab, a space separator (Zs) or U+200B: the set Foundation calls `.whitespaces`.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
}
