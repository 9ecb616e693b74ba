import Foundation

/// Reads data files whole: plain, or gzip-compressed (inflated on the way in).
public enum DataFile {
    /// The bytes of the file at `path`, inflated when its name ends in `.gz` or it starts with the gzip
    /// magic bytes.
    /// - Throws: `DataFileError` when the file is missing, a directory, unreadable, or corrupt or truncated gzip.
    public static func read(path: String) throws(DataFileError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataFileError(file: path, message: "file not found", fix: "check the path and the file name")
        }
        guard !isDirectory.boolValue else {
            throw DataFileError(file: path, message: "is a directory, not a file", fix: "name the file inside it")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DataFileError(file: path, message: "cannot read the file: \(error.localizedDescription)",
                                fix: "check the file's permissions")
        }
        let bytes = [UInt8](data)
        guard path.lowercased().hasSuffix(".gz") || bytes.starts(with: Gzip.magic) else { return bytes }
        return try Gzip.inflate(bytes, file: path)
    }

    /// The file as UTF-8 text (gzip inflated, a byte-order mark dropped).
    /// - Throws: `DataFileError` as `read(path:)` does, and when the bytes are not UTF-8.
    public static func text(path: String) throws(DataFileError) -> String {
        let bytes = try read(path: path)
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw DataFileError(file: path, message: "the file is not UTF-8 text", fix: "save the file as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
