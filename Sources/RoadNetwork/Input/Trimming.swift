/// Trimming without Foundation's CharacterSet overloads (which make literals ambiguous).
extension Substring {
    /// The substring without leading and trailing characters from `set`.
    func trimming(_ set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        String(Substring(self).trimming(set))
    }
}
