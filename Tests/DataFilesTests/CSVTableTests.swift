import DataFiles
import Testing

/// The RFC 4180 parser: quotes, line numbers, line endings, blank lines, header handling and errors.
@Suite struct CSVTableTests {
    func table(_ text: String, required: [String] = [], lowercasing: Bool = false) throws(DataFileError) -> CSVTable {
        try CSVTable(bytes: Array(text.utf8), file: "t.csv", required: required, lowercasingHeader: lowercasing)
    }

    @Test func quotedFieldsAreUnquoted() throws {
        let t = try table("a,b,c,d,e\n" + #"a,"b, c","say ""hi""",,d"#)
        #expect(t.records == [CSVTable.Record(line: 2, fields: ["a", "b, c", #"say "hi""#, "", "d"])])
    }

    @Test func aQuotedLineBreakKeepsTheLineNumbersOfLaterRecords() throws {
        let t = try table("id,note\r\n1,\"two\r\nlines\"\r\n2,x\n3,\"a\nb\nc\"\r4,y")
        #expect(t.records.map(\.line) == [2, 4, 5, 8])
        #expect(t.records[0].fields == ["1", "two\r\nlines"])
        #expect(t.records[3].fields == ["4", "y"])
    }

    @Test func blankLinesAndAByteOrderMarkAreSkippedAndTheHeaderTrimmed() throws {
        let t = try table("\u{FEFF}\n Stop_ID , Lat\n\n  \na,1\n\n", lowercasing: true)
        #expect(t.header == ["stop_id", "lat"] && t.headerLine == 2)
        #expect(t.records == [CSVTable.Record(line: 5, fields: ["a", "1"])])
        #expect(t.column("lon", "lat") == 1 && t.column("x") == nil)
    }

    @Test func aTrailingCommaIsAnEmptyLastField() throws {
        #expect(try table("a,b\n1,").records[0].fields == ["1", ""])
        #expect(try table("a,b\n1,\n").records[0].fields == ["1", ""])
    }

    @Test func anEmptyFileAndMissingColumnsAreErrorsAtTheHeader() throws {
        let empty = try #require(throws: DataFileError.self) { try table(" \r\n\n", required: ["x", "y"]) }
        #expect(
            empty.line == 1 && empty.message == "the file is empty"
                && empty.fix == "start the file with the header line x,y")
        let missing = try #require(throws: DataFileError.self) { try table("y,z\n", required: ["x", "y", "w"]) }
        #expect(missing.message == "missing columns 'x', 'w'; the header has: y, z")
        #expect(
            missing.description == "t.csv line 1: missing columns 'x', 'w'; the header has: y, z. "
                + "Fix: name the columns x, y, w in the header (any order; other columns are ignored)")
    }

    @Test func typedAccessNamesTheLineAndColumn() throws {
        let t = try table("id,len\n a ,12.5\nb\nc,ten\n")
        #expect(try t.text(t.records[0], 0, "id") == "a" && t.number(t.records[0], 1, "len", fix: "f") == 12.5)
        let short = try #require(throws: DataFileError.self) { try t.text(t.records[1], 1, "len") }
        #expect(
            short.line == 3 && short.field == "len"
                && short.message == "missing: the line has 1 fields, but 'len' is column 2")
        let bad = try #require(throws: DataFileError.self) { try t.number(t.records[2], 1, "len", fix: "write 1.5") }
        #expect(bad.line == 4 && bad.message == "\"ten\" is not a number" && bad.fix == "write 1.5")
    }
}
