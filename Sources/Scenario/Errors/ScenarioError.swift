/// Every problem found while reading a scenario or one of its data files.
///
/// Loaders collect all problems before throwing, so one run shows the whole list.
public struct ScenarioError: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
