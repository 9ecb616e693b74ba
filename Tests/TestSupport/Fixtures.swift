import Foundation

/// The repository's files and fresh temporary files, for every test target.
///
/// Paths are found from this file's location (no environment variable), so a test reads exactly
/// what the repository ships; a missing file fails the test that reads it.
public enum Fixtures {
    /// The package root: the first folder above this file that holds `Package.swift`.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// A scenario file under `scenarios/`, e.g. `examples/tiny.yaml`.
    public static func scenario(_ relative: String) -> String { root + "/scenarios/" + relative }

    /// The example scenarios (`scenarios/examples/`).
    public static let examples = root + "/scenarios/examples"

    /// The Cottbus data that ships in the repository (`data/cottbus/`).
    public static let cottbus = root + "/data/cottbus"

    /// A fresh empty directory under the system's temporary folder, named after the test.
    public static func scratch(_ name: String = #function) throws -> String {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        let dir = NSTemporaryDirectory() + "ridepool-tests/" + clean + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `text` to a file named exactly `name` in a fresh temporary directory; returns its path.
    public static func temporary(_ name: String, _ text: String) throws -> String {
        let path = try scratch(name) + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The bytes of the file at `path`.
    public static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
}
