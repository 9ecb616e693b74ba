import Foundation

/// Reads input files whole, turning every failure into a `NetworkError` that names the file.
enum InputFile {
    /// The file's bytes, inflated when it is gzip-compressed (it starts with the gzip magic bytes).
    static func data(_ path: String) throws(NetworkError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NetworkError(file: path, message: "file not found", fix: "check the path and the file name")
        }
        guard !isDirectory.boolValue else {
            throw NetworkError(file: path, message: "is a directory, not a file", fix: "name the file inside it")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NetworkError(file: path, message: "cannot read the file: \(error.localizedDescription)",
                               fix: "check the file's permissions")
        }
        guard data.count >= 2, data[data.startIndex] == 0x1f, data[data.startIndex + 1] == 0x8b else { return data }
        return try Gzip.inflate(data, file: path)
    }

    /// The file as UTF-8 text (gzip inflated, a byte-order mark dropped).
    static func text(_ path: String) throws(NetworkError) -> String {
        let bytes = try data(path)
        guard var text = String(data: bytes, encoding: .utf8) else {
            throw NetworkError(file: path, message: "the file is not UTF-8 text", fix: "save the file as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
