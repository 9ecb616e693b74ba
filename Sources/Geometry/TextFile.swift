import DataFiles

/// Reads a whole UTF-8 text file, turning every failure into a `DataFileError` that names the file.
enum TextFile {
    /// The file's text (gzip inflated, a byte-order mark dropped); see `DataFile.text(path:)`.
    static func read(_ path: String) throws(DataFileError) -> String {
        try try DataFile.text(path: path)
    }
}
