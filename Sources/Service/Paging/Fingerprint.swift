/// A 64-bit FNV-1a hash of a few strings, for page-token fingerprints and checksums.
///
/// Source: G. Fowler, L. C. Noll, K.-P. Vo, the FNV hash (http://www.isthe.com/chongo/tech/comp/fnv/).
/// Stable across runs and machines (unlike `Hasher`), not cryptographic.
public enum Fingerprint {
    public static func of(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for (i, part) in parts.enumerated() {
            if i > 0 { hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01B3 }  // unit separator between parts
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return hash
    }
}
