import Yams

/// Collects the diagnostics of one load, so that parsing goes on after a problem.
final class DiagnosticSink {
    /// The file that diagnostics without their own file refer to.
    let file: String
    private(set) var items: [Diagnostic] = []

    init(file: String) { self.file = file }

    var isEmpty: Bool { items.isEmpty }

    /// Records a problem at a YAML node (its line and column), or at no position.
    func add(at mark: Mark?, _ field: String, _ message: String, fix: String) {
        items.append(
            Diagnostic(
                file: file, line: mark?.line, column: mark?.column,
                field: field, message: message, fix: fix))
    }

    /// Records diagnostics found in another file (a CSV the scenario references).
    func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    /// Throws every recorded diagnostic, if there is one.
    func throwIfAny() throws {
        if !items.isEmpty { throw ScenarioError(diagnostics: items) }
    }
}
