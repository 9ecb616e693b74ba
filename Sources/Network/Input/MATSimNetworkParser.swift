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
    private weak var parser: XMLParser?

    /// Parses `data`; returns the parser's error and line if the XML is not well-formed.
    func parse(_ data: Data) -> (error: String, line: Int)? {
        let parser = XMLParser(data: data)
        self.parser = parser
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        if parser.parse() { return nil }
        let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown XML error"
        return (message, parser.lineNumber)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        let line = parser.lineNumber
        switch name {
        case "network": sawNetwork = true
        case "node" where depth.last == "nodes":
            nodes.append(RawNode(line: line, id: attributes["id"], x: attributes["x"], y: attributes["y"]))
        case "link" where depth.last == "links":
            links.append(RawLink(line: line, attributes: attributes))
        case "attribute" where depth.count >= 2 && depth[depth.count - 1] == "attributes" && depth[depth.count - 2] == "network":
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
