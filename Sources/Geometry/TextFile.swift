import Foundation

/// Reads a whole UTF-8 text file, turning every failure into a `GeometryError` that names the file.
enum TextFile {
    static func read(_ path: String) throws(GeometryError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GeometryError(file: path, message: "file not found", fix: "check the path and the file name")
        }
        guard !isDirectory.boolValue else {
            throw GeometryError(file: path, message: "is a directory, not a file", fix: "name the file inside it")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GeometryError(file: path, message: "cannot read the file: \(error.localizedDescription)",
                                fix: "check the file's permissions")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw GeometryError(file: path, message: "the file is not UTF-8 text", fix: "save the file as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
