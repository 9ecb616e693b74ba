import DataFiles
import Foundation
import Testing

/// Whole-file reading: plain, gzip (by name or by magic bytes), and the errors for bad files.
@Suite struct DataFileTests {
    static let text = "node_id,lat,lon\na,51.75,14.33\nb,51.751,14.33\n"
    /// `text` as `gzip -n` writes it.
    static let gzipped: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xcb, 0xcb, 0x4f, 0x49, 0x8d, 0xcf, 0x4c, 0xd1,
        0xc9,
        0x49, 0x2c, 0xd1, 0xc9, 0xc9, 0xcf, 0xe3, 0x4a, 0xd4, 0x31, 0x35, 0xd4, 0x33, 0x37, 0xd5, 0x31, 0x34, 0xd1,
        0x33,
        0x36, 0xe6, 0x4a, 0x82, 0xf0, 0x0c, 0xa1, 0x5c, 0x00, 0x10, 0x16, 0xe0, 0x81, 0x2d, 0x00, 0x00, 0x00
    ]

    /// Writes `bytes` to a fresh file whose name ends in `name` and returns its path.
    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "datafiles-\(UUID().uuidString)-" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func gzipIsInflatedByNameAndByMagicBytes() throws {
        let gz = try write(Self.gzipped, "nodes.csv.gz")
        #expect(try DataFile.read(path: gz) == Array(Self.text.utf8))
        #expect(try DataFile.text(path: try write(Self.gzipped, "nodes.bin")) == Self.text)
        #expect(try CSVTable(path: gz).records.map(\.line) == [2, 3])
        #expect(try DataFile.read(path: try write(Array(Self.text.utf8), "nodes.csv")) == Array(Self.text.utf8))
    }

    @Test func truncatedGzipAndMissingFilesAreErrors() throws {
        let gz = try write(Array(Self.gzipped.prefix(Self.gzipped.count / 2)), "nodes.csv.gz")
        let truncated = try #require(throws: DataFileError.self) { try DataFile.read(path: gz) }
        #expect(
            truncated.file == gz && truncated.message.hasPrefix("cannot inflate the gzip data: the data ends too early")
        )
        let missing = try #require(throws: DataFileError.self) { try DataFile.read(path: "/nonexistent/x.csv") }
        #expect(missing.message == "file not found" && missing.line == nil)
        let directory = try #require(throws: DataFileError.self) { try DataFile.read(path: NSTemporaryDirectory()) }
        #expect(directory.message == "is a directory, not a file")
    }

    @Test func textMustBeUTF8() throws {
        let path = try write([0x61, 0xE4, 0x0A], "latin1.csv")
        #expect(throws: DataFileError(file: path, message: "the file is not UTF-8 text", fix: "save the file as UTF-8"))
        {
            try DataFile.text(path: path)
        }
    }
}
