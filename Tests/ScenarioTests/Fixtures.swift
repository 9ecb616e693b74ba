import Foundation

/// Paths of the repository's scenario fixtures, found from this file's location.
enum Fixtures {
    /// The package root: the first folder above this file that holds `Package.swift`.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let examples = root + "/scenarios/examples"
    static let invalid = examples + "/invalid"
    static let data = examples + "/data"

    /// The Cottbus data that ships in the repository (`data/cottbus/`).
    static let cottbus = root + "/data/cottbus"

    /// Writes `text` to a fresh temporary folder and returns the file's path.
    static func temporary(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
