/// "Did you mean" help for misspelt keys and enum values.
enum Suggestion {
    /// Levenshtein edit distance (case-insensitive).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[y.count]
    }

    /// The closest candidate within edit distance 2, if any (ties: the first in `candidates`).
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = distance(word, c)
            if d <= 2, best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    /// `Did you mean 'x'? Allowed: a, b, c`-style fix text.
    static func fix(for word: String, allowed: [String]) -> String {
        let list = "allowed keys: " + allowed.joined(separator: ", ")
        if let c = closest(to: word, in: allowed) { return "did you mean '\(c)'? Otherwise remove it (\(list))" }
        return "remove it or use one of the \(list)"
    }
}
