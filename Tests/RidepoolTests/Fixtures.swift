import Foundation

/// Paths to the repository's scenarios and a scratch directory per test.
enum Fixtures {
    /// The package root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static func scenario(_ relative: String) -> String { root + "/scenarios/" + relative }

    /// A fresh empty directory under the system's temporary folder.
    static func scratch(_ name: String = #function) throws -> String {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        let dir = NSTemporaryDirectory() + "ridepool-tests/" + clean + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
}
