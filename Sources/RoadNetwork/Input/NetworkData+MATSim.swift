import DataFiles
import Foundation
import Simulation

/// The MATSim format: `network.xml` or `network.xml.gz` (network_v2 DTD) with `<nodes>` (id, x, y) and
/// `<links>` (id, from, to, length, freespeed, modes), in the CRS its `coordinateReferenceSystem`
/// attribute names or the caller gives.
extension NetworkData {
    /// Reads a MATSim network file (gzip-compressed or not).
    /// - Parameter crs: the coordinates' CRS (`EPSG:32633`, …) when the file does not name one;
    ///   if both do, they must agree.
    /// - Throws: `DataFileError` naming the file, line and attribute of the first problem.
    public static func readMATSim(path: String, crs: String? = nil) throws(DataFileError) -> NetworkData {
        let bytes = try try DataFile.read(path: path)
        return try readMATSim(data: Data(bytes), file: path, crs: crs)
    }

    /// Parses MATSim XML bytes (already inflated); errors name `file`.
    public static func readMATSim(data bytes: Data, file: String, crs given: String? = nil) throws(DataFileError)
        -> NetworkData
    {
        if let bad = MATSimNetworkParser.firstBadCharacter(bytes) {
            throw DataFileError(
                file: file, line: bad.line, message: "the file holds \(bad.what)",
                fix: "save the network as UTF-8 XML (as MATSim writes it), without NUL characters")
        }
        if let line = MATSimNetworkParser.firstProcessingInstruction(bytes) {
            throw DataFileError(
                file: file, line: line,
                message: "a processing instruction (<?…?>), which MATSim network files do not have",
                fix: "remove it; only the XML declaration <?xml version=\"1.0\" …?> may start the file")
        }
        let parser = MATSimNetworkParser()
        if let failure = parser.parse(bytes) {
            throw DataFileError(
                file: file, line: failure.line, message: "XML syntax error: \(failure.error)",
                fix: "correct the XML at that line (is an element unclosed or a quote missing?)")
        }
        guard parser.sawNetwork else {
            throw DataFileError(
                file: file, line: 1, field: "network", message: "no <network> element",
                fix: "give a MATSim network file (network_v2.dtd), not a plans or config file")
        }
        let system = try coordinateSystem(file: parser.crs, given: given, path: file)
        var data = NetworkData(file: file)
        for node in parser.nodes {
            func number(_ raw: String?, _ name: String) throws(DataFileError) -> Double {
                guard let raw else {
                    throw DataFileError(
                        file: file, line: node.line, field: name, message: "missing",
                        fix: "give every <node> the attributes id, x and y")
                }
                guard let v = Double(raw.trimming(" ")), v.isFinite else {
                    throw DataFileError(
                        file: file, line: node.line, field: name, message: "\"\(raw)\" is not a number",
                        fix: "write the coordinate as a decimal number with a dot")
                }
                return v
            }
            let x = try number(node.x, "x"), y = try number(node.y, "y")
            try data.addNode(id: node.id ?? "", point: system.point(x: x, y: y), line: node.line, field: "id")
        }
        for link in parser.links {
            func attribute(_ name: String) throws(DataFileError) -> String {
                guard let value = link.attributes[name] else {
                    throw DataFileError(
                        file: file, line: link.line, field: name, message: "missing",
                        fix: "give every <link> the attributes id, from, to, length and freespeed")
                }
                return value
            }
            func number(_ name: String, example: String) throws(DataFileError) -> Double {
                let raw = try attribute(name)
                guard let v = Double(raw.trimming(" ")), v.isFinite else {
                    throw DataFileError(
                        file: file, line: link.line, field: name, message: "\"\(raw)\" is not a number",
                        fix: "write a decimal number with a dot, e.g. \(example)")
                }
                return v
            }
            try data.addLink(
                id: try attribute("id"), from: try attribute("from"), to: try attribute("to"),
                length: try number("length", example: "148.5"),
                freeSpeed: try number("freespeed", example: "13.889"),
                modes: link.attributes["modes"], line: link.line,
                fields: ("from", "to", "length", "freespeed"))
        }
        return data
    }

    /// The CRS from the file's attribute and the caller's; throws if neither is given, one is
    /// unsupported, or they disagree.
    private static func coordinateSystem(file: String?, given: String?, path: String) throws(DataFileError)
        -> CoordinateSystem
    {
        func parse(_ name: String, from source: String) throws(DataFileError) -> CoordinateSystem {
            guard let system = CoordinateSystem(name) else {
                throw DataFileError(
                    file: path, field: "coordinateReferenceSystem",
                    message: "unknown CRS \"\(name)\" (\(source))",
                    fix: "reproject the network to one of \(CoordinateSystem.supported)")
            }
            return system
        }
        switch (file, given) {
        case (nil, nil):
            throw DataFileError(
                file: path, field: "coordinateReferenceSystem",
                message: "the file names no coordinate reference system and none was given",
                fix:
                    "give the network's CRS (e.g. EPSG:32633) in the scenario, or add <attribute name=\"coordinateReferenceSystem\" class=\"java.lang.String\">EPSG:…</attribute> to the file's <network><attributes>"
            )
        case (let f?, nil): return try parse(f, from: "named in the file")
        case (nil, let g?): return try parse(g, from: "given by the scenario")
        case (let f?, let g?):
            let a = try parse(f, from: "named in the file"), b = try parse(g, from: "given by the scenario")
            guard a == b else {
                throw DataFileError(
                    file: path, field: "coordinateReferenceSystem",
                    message: "the file says \(a) but the scenario says \(b)",
                    fix: "drop the scenario's CRS, or correct whichever is wrong")
            }
            return a
        }
    }
}
