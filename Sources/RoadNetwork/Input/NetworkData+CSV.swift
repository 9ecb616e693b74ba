import DataFiles
import Simulation

/// The CSV format: a nodes file (`node_id,lat,lon,…`) and an edges file
/// (`edge_id,from_node,to_node,length_m,freespeed_mps,…,modes,…`), as in `data/cottbus/`.
extension NetworkData {
    /// Reads the two CSV files. `edge_id` and `modes` are optional columns (the line number, and car).
    /// - Throws: `DataFileError` naming the file, line and field of the first problem.
    public static func readCSV(nodes nodesPath: String, edges edgesPath: String) throws(DataFileError) -> NetworkData {
        func text(_ path: String) throws(DataFileError) -> String {
            try try DataFile.text(path: path)
        }
        return try readCSV(
            nodesText: text(nodesPath), nodesFile: nodesPath, edgesText: text(edgesPath), edgesFile: edgesPath)
    }

    /// Parses CSV text; errors name `nodesFile` or `edgesFile`.
    public static func readCSV(nodesText: String, nodesFile: String, edgesText: String, edgesFile: String)
        throws(DataFileError) -> NetworkData
    {
        var data = NetworkData(file: edgesFile)
        let nodes = try NetworkCSV(text: nodesText, file: nodesFile, required: ["node_id", "lat", "lon"])
        let (id, lat, lon) = (nodes.column("node_id")!, nodes.column("lat")!, nodes.column("lon")!)
        data.file = nodesFile
        for row in nodes.records {
            let point = GeoPoint(
                lat: try nodes.number(row, lat, "lat", example: "51.7563"),
                lon: try nodes.number(row, lon, "lon", example: "14.3329"))
            try data.addNode(id: try nodes.text(row, id, "node_id"), point: point, line: row.line, field: "node_id")
        }
        data.file = edgesFile
        let edges = try NetworkCSV(
            text: edgesText, file: edgesFile,
            required: ["from_node", "to_node", "length_m", "freespeed_mps"])
        let (from, to) = (edges.column("from_node")!, edges.column("to_node")!)
        let (length, speed) = (edges.column("length_m")!, edges.column("freespeed_mps")!)
        let edgeID = edges.column("edge_id"), modes = edges.column("modes")
        for row in edges.records {
            try data.addLink(
                id: try edgeID.map { c throws(DataFileError) in try edges.text(row, c, "edge_id") }
                    ?? "line \(row.line)",
                from: try edges.text(row, from, "from_node"), to: try edges.text(row, to, "to_node"),
                length: try edges.number(row, length, "length_m", example: "148.5"),
                freeSpeed: try edges.number(row, speed, "freespeed_mps", example: "13.889"),
                modes: try modes.map { c throws(DataFileError) in try edges.text(row, c, "modes") },
                line: row.line, fields: ("from_node", "to_node", "length_m", "freespeed_mps"))
        }
        return data
    }
}
