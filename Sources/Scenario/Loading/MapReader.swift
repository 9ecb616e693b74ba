import Yams

/// Reads one YAML mapping by hand: reports unknown keys (with "did you mean"), missing required
/// keys (at the mapping's line) and wrong values (at the value's line) into a `DiagnosticSink`.
///
/// Getters never throw: they record the problem and return `nil`, so parsing goes on and every
/// problem of the file is reported at once.
struct MapReader {
    let sink: DiagnosticSink
    /// Dotted path of this mapping (`""` for the root).
    let path: String
    /// Where the mapping is (or, when it is missing, where its parent is).
    let mark: Mark?
    private let entries: [String: (key: Node, value: Node)]

    /// Wraps `node` (which must be a mapping) and reports keys not in `known`.
    /// A `nil` or null node gives an empty reader, so that defaults apply.
    init(_ node: Node?, path: String, known: [String], sink: DiagnosticSink, parentMark: Mark? = nil) {
        self.sink = sink; self.path = path
        var entries: [String: (key: Node, value: Node)] = [:]
        switch node {
        case .mapping(let m)?:
            mark = m.mark
            for (k, v) in m {
                let name = k.scalar?.string ?? "\(k)"
                if !known.contains(name) {
                    sink.add(
                        at: k.mark, MapReader.join(path, name), "unknown key '\(name)'",
                        fix: Suggestion.fix(for: name, allowed: known))
                } else {
                    entries[name] = (k, v)
                }
            }
        case nil:
            mark = parentMark
        case .scalar(_)? where node!.isNull:
            mark = node?.mark ?? parentMark
        case let other?:
            mark = other.mark
            sink.add(
                at: other.mark, path, "must be a mapping of keys to values, got \(other.kindName)",
                fix: "write it as `key: value` lines indented under '\(path)'")
        }
        self.entries = entries
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The dotted path of `key` in this mapping.
    func field(_ key: String) -> String { MapReader.join(path, key) }

    /// Whether `key` is present with a non-null value.
    func has(_ key: String) -> Bool { value(key) != nil }

    /// Whether `key`'s value is a mapping (a `{min, max}` range rather than one number, say).
    func isMapping(_ key: String) -> Bool { if case .mapping = value(key) { true } else { false } }

    /// The value node of `key`; `nil` when missing or null.
    func value(_ key: String) -> Node? {
        guard let v = entries[key]?.value, !v.isNull else { return nil }
        return v
    }

    /// The mark of `key`'s value, or of the mapping when the key is missing.
    func markOf(_ key: String) -> Mark? { value(key)?.mark ?? mark }

    /// Reports a missing required key at this mapping's line.
    func missing(_ key: String, fix: String) {
        sink.add(at: mark, field(key), "missing required key '\(key)'", fix: fix)
    }

    /// Reports a problem with `key`'s value, at its line.
    func problem(_ key: String, _ message: String, fix: String) {
        sink.add(at: markOf(key), field(key), message, fix: fix)
    }

    /// A nested mapping reader (empty when the key is missing).
    func map(_ key: String, known: [String]) -> MapReader {
        MapReader(value(key), path: field(key), known: known, sink: sink, parentMark: mark)
    }

    /// The items of a sequence value with their field paths; `nil` (and a diagnostic) when not a sequence.
    func sequence(_ key: String) -> [(node: Node, path: String)]? {
        guard let v = value(key) else { return nil }
        guard case .sequence(let s) = v else {
            problem(key, "must be a list, got \(v.kindName)", fix: "write one `- item` per line under '\(key)'")
            return nil
        }
        return s.enumerated().map { ($0.element, field(key) + "[\($0.offset)]") }
    }

    /// The items of a list that must not be empty; `nil` (and a diagnostic) when it is not a list or is
    /// empty. A missing key is the caller's to handle (required, or a default).
    func nonEmptySequence(_ key: String, of what: String, fix: String) -> [(node: Node, path: String)]? {
        guard let items = sequence(key) else { return nil }
        if items.isEmpty {
            problem(key, "must list at least one \(what)", fix: fix)
            return nil
        }
        return items
    }

    /// Reports a list item's `name` that an earlier item already used, then records it (`seen`: each
    /// name's latest line).
    func checkUniqueName(_ name: String?, _ what: String, seen: inout [String: Int], fix: String) {
        guard let name else { return }
        if let line = seen[name] {
            problem("name", "duplicate \(what) '\(name)' (first on line \(line))", fix: fix)
        }
        seen[name] = markOf("name")?.line ?? 0
    }
}

extension Node {
    var isNull: Bool {
        guard case .scalar(let s) = self else { return false }
        return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// "a mapping", "a list", or the scalar's text, for messages.
    var kindName: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let s): "'\(s.string)'"
        case .alias: "an alias"
        }
    }
}
