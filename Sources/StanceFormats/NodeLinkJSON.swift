import Foundation
import StanceModel

/// The graph as node-link JSON, the form networkx's `node_link_graph` and
/// d3's force layouts read:
///
///     {"directed": true, "multigraph": true, "graph": {...},
///      "nodes": [{"id", "label", "kind"}, ...],
///      "edges": [{"source", "target", "key", "relation", "weight",
///                 "articles", "stories", "sources", "first_seen",
///                 "last_seen", "evidence"}, ...]}
///
/// (`stories`, `sources`, and the dates only where the edge has them.)
///
/// Why this shape: `node_link_graph(data)` (networkx 3.4 and later reads
/// "edges" by default) gives a `MultiDiGraph` whose parallel edges are told
/// apart by `key`, the relation, as in the GraphML; d3 takes `nodes` and
/// `edges` as its nodes and links. Keys are sorted and nodes and edges in
/// the writers' order, so the bytes are deterministic. Evidence items carry
/// every field they have, as in the GraphML evidence JSON.
public enum NodeLinkJSON {
    struct Document: Encodable {
        var directed = true
        var multigraph = true
        var graph: [String: String]
        var nodes: [Node]
        var edges: [Link]
    }

    struct Node: Encodable {
        var id: String
        var label: String
        var kind: String
    }

    struct Link: Encodable {
        var source: String
        var target: String
        var key: String
        var relation: String
        var weight: Int
        var articles: Int
        var stories: Int?
        var sources: Int?
        var firstSeen: String?
        var lastSeen: String?
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case source, target, key, relation, weight, articles, stories, sources, evidence
            case firstSeen = "first_seen", lastSeen = "last_seen"
        }
    }

    /// The document's bytes.
    public static func data(_ graph: StanceGraph) throws -> [UInt8] {
        let document = Document(
            graph: ["name": "stancegraph", "relations": Relation.allCases.map(\.rawValue).joined(separator: " ")],
            nodes: graph.sortedActors.map { Node(id: $0.id, label: $0.label, kind: $0.kind) },
            edges: graph.sortedEdges.map { edge in
                Link(source: edge.source, target: edge.target, key: edge.relation.rawValue,
                     relation: edge.relation.rawValue, weight: edge.weight, articles: edge.articles,
                     stories: edge.stories.isEmpty ? nil : edge.stories.stories,
                     sources: edge.stories.isEmpty ? nil : edge.stories.sources, firstSeen: edge.firstSeen, lastSeen: edge.lastSeen, evidence: edge.evidence)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(document))
        bytes.append(0x0A)
        return bytes
    }

    /// Writes the document to `path` (`-`: standard output) the way every
    /// output is written (`AtomicFile`).
    public static func write(_ graph: StanceGraph, to path: String) throws {
        try AtomicFile.write(try data(graph), to: path)
    }
}
