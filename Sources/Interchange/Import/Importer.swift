/// Reads graph files (GraphML, GEXF, node-link JSON, CSV) into actors and relations.
public enum Importer {
    /// Reads one graph file.
    ///
    /// - Parameters:
    ///   - bytes: The file's content (UTF-8).
    ///   - format: Its format.
    ///   - file: Its name, for messages.
    ///   - nodes: For CSV, the node table and its name (nil: actors are the edges' ends).
    ///   - defaults: The actor and relation types for elements that give none.
    /// - Returns: The actors and relations, in file order.
    /// - Throws: ``ImportError`` naming the line and element of the first problem.
    public static func read(
        _ bytes: [UInt8], format: ImportFormat, file: String, nodes: (bytes: [UInt8], file: String)? = nil,
        defaults: ImportDefaults = .init()
    ) throws(ImportError) -> ImportedGraph {
        let raw: RawGraph
        switch format {
        case .graphml, .gexf:
            let root: XMLElement
            do {
                root = try XMLReader.parse(bytes)
            } catch {
                throw .syntax(file: file, line: error.line, message: error.message)
            }
            raw = format == .graphml ? try GraphMLReader.read(root, file: file) : try GEXFReader.read(root, file: file)
        case .json:
            let root: JSONNode
            do {
                root = try JSONReader.parse(bytes)
            } catch {
                throw .syntax(file: file, line: error.line, message: error.message)
            }
            raw = try NodeLinkJSONReader.read(root, file: file)
        case .csv:
            raw = try CSVGraphReader.read(edges: bytes, edgeFile: file, nodes: nodes?.bytes, nodeFile: nodes?.file)
        }
        return try raw.resolve(defaults)
    }
}
