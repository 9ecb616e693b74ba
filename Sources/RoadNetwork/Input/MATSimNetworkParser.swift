import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An `XMLParser` delegate collecting a MATSim `network.xml`'s CRS attribute, nodes and links as raw
/// strings with their line numbers (values are checked afterwards, once the CRS is known).
final class MATSimNetworkParser: NSObject, XMLParserDelegate {
    struct RawNode { var line: Int; var id: String?; var x: String?; var y: String? }
    struct RawLink { var line: Int; var attributes: [String: String] }

    private(set) var crs: String?
    private(set) var nodes: [RawNode] = []
    private(set) var links: [RawLink] = []
    private(set) var sawNetwork = false
    private var depth: [String] = []
    private var inCRSAttribute = false
    private var crsText = ""

    private var firstError: (error: String, line: Int)?

    /// Parses `data`; returns the first error and its line if the XML is not well-formed.
    /// (FoundationXML's parser recovers from some errors and still returns true, so the delegate's
    /// error callback and `parserError` are checked too.)
    func parse(_ data: Data) -> (error: String, line: Int)? {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let firstError { return firstError }
        if let error = parser.parserError { return (Self.explain(error), parser.lineNumber) }
        return ok ? nil : ("the parser stopped", parser.lineNumber)
    }

    /// The line and kind of the first byte sequence that is not UTF-8, or of the first NUL character.
    ///
    /// Checked before parsing: FoundationXML's parser traps (it force-unwraps the name as UTF-8) when
    /// libxml2 hands it an element name that is not UTF-8, as in `<\u{FF}\0>` (found by the fuzz
    /// target `FuzzMATSimXML`); XML 1.0 allows no NUL anywhere. MATSim writes its files in UTF-8.
    static func firstBadCharacter(_ data: Data) -> (line: Int, what: String)? {
        var line = 1
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == 0 { return (line, "a NUL character") }
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") { line += 1 }
            case .error: return (line, "bytes that are not UTF-8")
            case .emptyInput: return nil
            }
        }
    }

    /// The line of the first processing instruction (`<?target …?>`) other than an XML declaration
    /// at the start, if any: FoundationXML's parser passes a missing instruction body to `strlen`
    /// and crashes (`<?xml?>` after the start; found by the fuzz target `FuzzMATSimXML`). MATSim
    /// network files have none.
    static func firstProcessingInstruction(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        for i in bytes.indices.dropLast() {
            if bytes[i] == UInt8(ascii: "\n") { line += 1 }
            guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "?") else { continue }
            let declaration =
                i == start && bytes.count > i + 5 && bytes[i + 2..<i + 5].elementsEqual("xml".utf8)
                && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i + 5])
            if !declaration { return line }
        }
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstError == nil { firstError = (Self.explain(parseError), parser.lineNumber) }
    }

    /// Words for libxml2's commonest error codes (FoundationXML gives no message of its own).
    private static func explain(_ error: Error) -> String {
        let code = (error as NSError).code
        let words: [Int: String] = [
            4: "the document is empty", 5: "the document ends too early (an element is not closed)",
            9: "an invalid character", 38: "a '<' inside an attribute value",
            39: "an attribute value lacks its opening quote",
            40: "an attribute value lacks its closing quote", 41: "an attribute has no value",
            42: "an attribute is given twice",
            65: "a space is missing (between attributes?)", 73: "a '>' is missing",
            76: "an end tag does not match its start tag"
        ]
        return "\(words[code] ?? "libxml2 error") (code \(code))"
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let line = parser.lineNumber
        switch name {
        case "network": sawNetwork = true
        case "node" where depth.last == "nodes":
            nodes.append(RawNode(line: line, id: attributes["id"], x: attributes["x"], y: attributes["y"]))
        case "link" where depth.last == "links":
            links.append(RawLink(line: line, attributes: attributes))
        case "attribute"
        where depth.count >= 2 && depth[depth.count - 1] == "attributes" && depth[depth.count - 2] == "network":
            // <network><attributes><attribute name="coordinateReferenceSystem" class="java.lang.String">EPSG:32633</attribute>
            inCRSAttribute = attributes["name"] == "coordinateReferenceSystem"
            crsText = ""
        default: break
        }
        depth.append(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inCRSAttribute { crsText += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "attribute" && inCRSAttribute {
            crs = crsText.trimming(" \t\r\n")
            inCRSAttribute = false
        }
        depth.removeLast()
    }
}
