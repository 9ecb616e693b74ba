import Simulation

/// A hand-rolled JSON writer: fixed key order, no dictionaries, no `JSONEncoder`.
///
/// Keys and values are appended in call order, so the same calls always give the same bytes.
/// In `pretty` mode every member goes on its own line, indented by two spaces.
struct JSONBuffer {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// One entry per open object or array: whether it has no member yet.
    private var empty: [Bool] = []

    init(pretty: Bool = false, capacity: Int = 256) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer for reuse (keeps its storage).
    mutating func reset() { bytes.removeAll(keepingCapacity: true); empty.removeAll(keepingCapacity: true) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: structure

    mutating func openObject() { bytes.append(UInt8(ascii: "{")); empty.append(true) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { bytes.append(UInt8(ascii: "[")); empty.append(true) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member `"key":` of the innermost object.
    mutating func key(_ k: String) {
        separator()
        appendString(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    /// Starts an element of the innermost array.
    mutating func element() { separator() }

    // MARK: values

    mutating func string(_ s: String) { appendString(s) }
    mutating func int<I: BinaryInteger>(_ v: I) { raw(String(v)) }
    mutating func bool(_ v: Bool) { raw(v ? "true" : "false") }
    mutating func null() { raw("null") }
    /// Shortest round-trip text of `v` (`null` if not finite).
    mutating func double(_ v: Double) { v.isFinite ? raw(v.description) : null() }
    /// `v` rounded to `decimals` places (`null` if not finite).
    mutating func fixed(_ v: Double, _ decimals: Int) {
        v.isFinite ? NumberFormat.appendFixed(v, decimals: decimals, to: &bytes) : null()
    }
    /// Seconds with millisecond precision.
    mutating func seconds(_ t: SimTime) { NumberFormat.appendSeconds(t, to: &bytes) }
    /// Pre-formatted number text.
    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    // MARK: members (key + value)

    mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    mutating func field(_ k: String, int v: Int64) { key(k); int(v) }
    mutating func field(_ k: String, int v: Int) { key(k); int(v) }
    mutating func field(_ k: String, bool v: Bool) { key(k); bool(v) }
    mutating func field(_ k: String, raw v: String) { key(k); raw(v) }
    mutating func field(_ k: String, seconds v: SimTime) { key(k); seconds(v) }
    mutating func field(_ k: String, fixed v: Double, _ decimals: Int) { key(k); fixed(v, decimals) }

    // MARK: private

    private mutating func separator() {
        if empty.last == false { bytes.append(UInt8(ascii: ",")) }
        if !empty.isEmpty { empty[empty.count - 1] = false }
        if pretty { newline() }
    }

    private mutating func close(_ c: UInt8) {
        let wasEmpty = empty.removeLast()
        if pretty && !wasEmpty { newline() }
        bytes.append(c)
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<empty.count { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func appendString(_ s: String) {
        // Ids and codes rarely need escaping: copy them in one go.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: s.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(b >> 4)]); bytes.append(hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
