/// What loading a network kept and dropped, for the run's log and the user.
public struct NetworkLoadReport: Sendable, Hashable, CustomStringConvertible {
    /// Nodes and links in the file.
    public var nodesRead: Int, linksRead: Int
    /// Links left out because cars may not use them (their `modes` lack `car`).
    public var nonCarLinks: Int
    /// Nodes and car links left out because they lie outside the largest strongly connected component.
    public var droppedNodes: Int, droppedEdges: Int
    /// How many strongly connected components the car network had.
    public var components: Int
    /// Nodes and edges kept.
    public var nodes: Int, edges: Int

    public var description: String {
        "\(nodes) nodes and \(edges) edges kept of \(nodesRead) nodes and \(linksRead) links read; "
            + "\(nonCarLinks) links without car; \(droppedNodes) nodes and \(droppedEdges) edges dropped "
            + "outside the largest of \(components) strongly connected components"
    }
}
