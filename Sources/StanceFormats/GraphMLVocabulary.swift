/// The GraphML names this package writes and understands, in one place so
/// that the writer and the reader cannot drift apart.
///
/// Key ids equal their `attr.name` where GraphML allows it, because Gephi
/// maps columns by key id as well as by name and networkx's `d0, d1, ...`
/// ids can be misread (shared/conformance/CONVENTIONS.md). The one
/// exception is the edge `label`: key ids are unique across the whole file
/// (the schema's `key_id_key`), and the node `label` already holds the id,
/// so the edge one is `edgelabel`, a name Gephi also recognises.
enum GraphMLVocabulary {
    static let namespaceName: StaticString = "http://graphml.graphdrawing.org/xmlns"
    static let namespace = namespaceName.description
    static let xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance"
    /// The official 1.0 schema, as used by the conformance kit's samples.
    static let schemaLocation =
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    /// The id of the single `<graph>`.
    static let graphID = "G"

    /// Which elements a key applies to (GraphML's `for` attribute).
    enum Domain: String, Sendable {
        case node, edge, graph, all

        /// Whether a key declared for `self` may be used on `element`.
        func covers(_ element: Domain) -> Bool { self == element || self == .all }
    }

    /// One `<key>` declaration.
    struct Key: Sendable, Equatable {
        var id: String
        var domain: Domain
        var name: String
        var type: String
    }

    static let nodeLabel = Key(id: "label", domain: .node, name: "label", type: "string")
    static let nodeKind = Key(id: "kind", domain: .node, name: "kind", type: "string")
    static let relation = Key(id: "relation", domain: .edge, name: "relation", type: "string")
    /// The relation again, under the name visualisers show as edge text.
    static let edgeLabel = Key(id: "edgelabel", domain: .edge, name: "label", type: "string")
    /// Number of evidence sentences. `long` (64 bits), as counts are:
    /// Java readers (Gephi, yEd, Cytoscape) parse `int` as 32 bits, and
    /// merged counts can pass 2^31. Files that declared `int` are read as
    /// before: the reader takes any non-negative integer for a count.
    static let weight = Key(id: "weight", domain: .edge, name: "weight", type: "long")
    static let articles = Key(id: "articles", domain: .edge, name: "articles", type: "long")
    /// The evidence as canonical JSON (see `EvidenceJSON`).
    static let evidence = Key(id: "evidence", domain: .edge, name: "evidence", type: "string")

    /// The days the edge was first and last seen (`YYYY-MM-DD`, see
    /// `SeenDate`); declared only in graphs with dated edges.
    static let firstSeen = Key(id: "first_seen", domain: .edge, name: "first_seen", type: "string")
    static let lastSeen = Key(id: "last_seen", domain: .edge, name: "last_seen", type: "string")

    /// Counts day by day (`DayCounts.text`: `2024-03-05=3/2 ...`), so that
    /// a window of days can be cut from the graph with exact counts;
    /// declared only in graphs with dated counts, and written on the edges
    /// that have some.
    static let days = Key(id: "days", domain: .edge, name: "days", type: "string")

    /// Distinct stories (near-duplicate texts once) and distinct outlets
    /// among the edge's articles (`EdgeStories`), and the sketches they are
    /// counted from (`EdgeStories.encoded`), so that `merge` unites two
    /// files' stories instead of adding them; declared only in graphs with
    /// stories, and written on the edges that have some.
    static let stories = Key(id: "stories", domain: .edge, name: "stories", type: "long")
    static let sources = Key(id: "sources", domain: .edge, name: "sources", type: "long")
    static let storiesSketch = Key(id: "stories_sketch", domain: .edge, name: "stories_sketch", type: "string")
    static let storyKeys: [Key] = [stories, sources, storiesSketch]

    /// Every key, in the order written: node keys first, then edge keys.
    static let keys: [Key] = [nodeLabel, nodeKind, relation, edgeLabel, weight, articles, evidence]
    static let dateKeys: [Key] = [firstSeen, lastSeen]

    /// The `attr.type` values of GraphML 1.0.
    static let types: Set<String> = ["boolean", "int", "long", "float", "double", "string"]

    /// Whether `text` is a value of GraphML type `type` (surrounding
    /// whitespace allowed, as Java and Python readers trim it).
    static func accepts(_ text: String, as type: String) -> Bool {
        let value = text.trimmingWhitespace()
        switch type {
        case "int": return Int32(value) != nil
        case "long": return Int64(value) != nil
        case "float", "double": return Double(value) != nil
        case "boolean": return ["true", "false", "1", "0"].contains(value.lowercased())
        default: return true
        }
    }

    /// A count (`weight`, `articles`): a non-negative integer, also when
    /// another tool wrote it as a double ("3.0", as igraph does).
    static func count(_ text: String) -> Int? {
        let value = text.trimmingWhitespace()
        if let number = Int(value) { return number >= 0 ? number : nil }
        guard let number = Double(value), number >= 0, number < 9e15, number.rounded() == number else { return nil }
        return Int(number)
    }
}
