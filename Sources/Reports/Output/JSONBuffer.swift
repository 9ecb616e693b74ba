import Simulation

/// A hand-rolled JSON writer: fixed key order, no dictionaries, no `JSONEncoder`.
///
/// Keys and values are appended in call order, so the same calls always give the same bytes.
/// In `pretty` mode every member goes on its own line, indented by two spaces.
package struct JSONBuffer {
    package private(set) var bytes: [UInt8] = []
    package let pretty: Bool
    /// One entry per open object or array: whether it has no member yet.
    private var empty: [Bool] = []

    package init(pretty: Bool = false, capacity: Int = 256) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer for reuse (keeps its storage).
    package mutating func reset() { bytes.removeAll(keepingCapacity: true); empty.removeAll(keepingCapacity: true) }

    package var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: structure

    package mutating func openObject() { bytes.append(UInt8(ascii: "{")); empty.append(true) }
    package mutating func closeObject() { close(UInt8(ascii: "}")) }
    package mutating func openArray() { bytes.append(UInt8(ascii: "[")); empty.append(true) }
    package mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member `"key":` of the innermost object.
    package mutating func key(_ k: String) {
        separator()
        appendString(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    /// Starts an element of the innermost array.
    package mutating func element() { separator() }

    // MARK: values

    package mutating func string(_ s: String) { appendString(s) }
    package mutating func int<I: BinaryInteger>(_ v: I) { raw(String(v)) }
    package mutating func bool(_ v: Bool) { raw(v ? "true" : "false") }
    package mutating func null() { raw("null") }
    /// Shortest round-trip text of `v` (`null` if not finite).
    package mutating func double(_ v: Double) { v.isFinite ? raw(v.description) : null() }
    /// `v` rounded to `decimals` places (`null` if nil or not finite).
    package mutating func fixed(_ v: Double?, _ decimals: Int) {
        if let v, v.isFinite { NumberFormat.appendFixed(v, decimals: decimals, to: &bytes) } else { null() }
    }
    /// Seconds with millisecond precision.
    package mutating func seconds(_ t: SimTime) { NumberFormat.appendSeconds(t, to: &bytes) }
    /// Pre-formatted number text.
    package mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    // MARK: members (key + value)

    package mutating func field(_ k: String, _ v: String) { key(k); string(v) }
    package mutating func field(_ k: String, int v: Int64) { key(k); int(v) }
    package mutating func field(_ k: String, int v: Int) { key(k); int(v) }
    package mutating func field(_ k: String, bool v: Bool) { key(k); bool(v) }
    package mutating func field(_ k: String, raw v: String) { key(k); raw(v) }
    package mutating func field(_ k: String, seconds v: SimTime) { key(k); seconds(v) }
    package mutating func field(_ k: String, fixed v: Double?, _ decimals: Int) { key(k); fixed(v, decimals) }

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
