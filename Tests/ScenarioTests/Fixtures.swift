import TestSupport

extension Fixtures {
    /// The malformed example files, one problem each (`scenarios/examples/invalid/`).
    static let invalid = examples + "/invalid"
    /// The data files the example scenarios reference (`scenarios/examples/data/`).
    static let data = examples + "/data"
}
