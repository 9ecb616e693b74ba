import DataFiles
import Testing

/// Reading record by record gives what the whole table gives: the same records in order, the same
/// header, the same errors before any record.
@Suite struct CSVStreamingTests {
    static let texts = [
        "a,b,c,d,e\n" + #"a,"b, c","say ""hi""",,d"#,
        "id,note\r\n1,\"two\r\nlines\"\r\n2,x\n3,\"a\nb\nc\"\r4,y",
        "\u{FEFF}\n Stop_ID , Lat\n\n  \na,1\n\n",
        "a,b\n1,\n", "only,a,header\n"
    ]

    @Test func recordsAndHeaderAreTheTables() throws {
        for text in Self.texts {
            let table = try CSVTable(bytes: Array(text.utf8), file: "t.csv", lowercasingHeader: true)
            var seen: [CSVTable.Record] = []
            let header = try CSVTable.forEachRecord(bytes: Array(text.utf8), file: "t.csv", lowercasingHeader: true) {
                head, record in
                #expect(head.header == table.header && head.records.isEmpty)
                seen.append(record)
            }
            #expect(seen == table.records)
            #expect(header.header == table.header && header.headerLine == table.headerLine)
        }
    }

    @Test func anEmptyFileOrMissingColumnIsTheTablesErrorAndNoRecordIsSeen() throws {
        for (text, required) in [(" \r\n\n", ["x"]), ("y,z\n1,2\n", ["x", "y"])] {
            let expected = try #require(throws: DataFileError.self) {
                try CSVTable(bytes: Array(text.utf8), file: "t.csv", required: required)
            }
            var records = 0
            let streamed = try #require(throws: DataFileError.self) {
                try CSVTable.forEachRecord(bytes: Array(text.utf8), file: "t.csv", required: required) { _, _ in
                    records += 1
                }
            }
            #expect(streamed.message == expected.message && streamed.line == expected.line && records == 0)
        }
    }
}
