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
            throw DataFileError(
                file: path, message: "cannot read the file: \(error.localizedDescription)",
                fix: "check the file's permissions")
        }
        return try read(data: [UInt8](data), file: path)
    }

    /// `bytes` as read from a file named `file`: inflated when the name ends in `.gz` or the bytes start
    /// with the gzip magic bytes, else as they are.
    /// - Throws: `DataFileError` naming `file` when the gzip data is corrupt or truncated.
    public static func read(data bytes: [UInt8], file: String) throws(DataFileError) -> [UInt8] {
        guard file.lowercased().hasSuffix(".gz") || bytes.starts(with: Gzip.magic) else { return bytes }
        return try Gzip.inflate(bytes, file: file)
    }

    /// The file as UTF-8 text (gzip inflated, a byte-order mark dropped).
    /// - Throws: `DataFileError` as `read(path:)` does, and when the bytes are not UTF-8.
    public static func text(path: String) throws(DataFileError) -> String {
        try text(data: read(path: path), file: path)
    }

    /// `bytes` (already inflated) as UTF-8 text, a byte-order mark dropped; errors name `file`.
    /// - Throws: `DataFileError` when the bytes are not UTF-8.
    public static func text(data bytes: [UInt8], file: String) throws(DataFileError) -> String {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw DataFileError(file: file, message: "the file is not UTF-8 text", fix: "save the file as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
