import Foundation
import StanceModel
import StanceOntology
import StanceFormats

/// One self-contained HTML page to explore a graph offline: nodes where
/// Graphviz put them, edges coloured and styled by relation (the DOT
/// palette), a search box over every name of an actor, filters by relation
/// and minimum weight, and the evidence of an edge or node on a click.
///
/// The page is static markup and script (`HTMLViewPage`) plus one JSON
/// block of data; every text from the graph reaches the page through that
/// JSON and is put in with `textContent`, never as markup, so a sentence
/// holding `<script>` stays a sentence. Big graphs stay usable: only the
/// `top` heaviest edges (and their actors) are drawn, and the page says how
/// many of how many.
public enum HTMLView {
    /// Edges drawn unless told otherwise.
    public static let defaultTop = 500

    struct Data: Encodable {
        var title: String
        var shownEdges: Int
        var totalEdges: Int
        var totalActors: Int
        var nodes: [Node]
        var edges: [EdgeSummary]
    }

    struct Node: Encodable {
        var id: String
        var label: String
        var kind: String
        var names: [String]
        var x: Double
        var y: Double
    }

    /// The page's bytes. `names` gives each actor id its other names for
    /// the search box (the ontology's aliases); `title` heads the page.
    public static func page(_ graph: StanceGraph, top: Int = defaultTop, names: [String: [String]] = [:],
                            title: String = "Stance graph") throws -> [UInt8] {
        let shown = Array(graph.sortedEdges.sorted { lhs, rhs in
            lhs.weight != rhs.weight ? lhs.weight > rhs.weight : lhs.key < rhs.key
        }.prefix(max(0, top)))
        var ids = Set<String>()
        for edge in shown { ids.insert(edge.source); ids.insert(edge.target) }
        // With nothing to draw, the actors alone.
        if shown.isEmpty { ids = Set(graph.actors.keys.sorted().prefix(max(0, top))) }
        let nodes = ids.sorted()
        let positions = try GraphLayout.positions(nodes: nodes, edges: shown.map { ($0.source, $0.target) })
        let data = Data(
            title: title, shownEdges: shown.count, totalEdges: graph.edges.count, totalActors: graph.actors.count,
            nodes: nodes.map { id in
                let actor = graph.actors[id]
                let position = positions[id] ?? GraphLayout.Position(x: 0, y: 0)
                return Node(id: id, label: actor?.label ?? id, kind: actor?.kind ?? "",
                            names: (names[id] ?? []).sorted(), x: position.x, y: position.y)
            },
            edges: shown.sorted { $0.key < $1.key }.map { EdgeSummary($0, evidence: $0.evidence) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var json = String(decoding: try encoder.encode(data), as: UTF8.self)
        // Inside <script>, "</" could close the element and U+2028/2029 end a
        // line in old parsers: escaped, the JSON means the same.
        json = json.replacingOccurrences(of: "</", with: "<\\/")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        let page = HTMLViewPage.template.replacingOccurrences(of: HTMLViewPage.dataMarker, with: json)
        return Array(page.utf8)
    }

    /// The ontology's names for each actor id, for the search box.
    public static func names(from ontology: Ontology?) -> [String: [String]] {
        guard let ontology else { return [:] }
        var names: [String: [String]] = [:]
        for actor in ontology.actors {
            names[actor.id, default: []] += [actor.name] + actor.aliases
        }
        return names.mapValues { Array(Set($0)).sorted() }
    }

    /// Writes the page to `path` (`-`: standard output) like every output.
    public static func write(_ graph: StanceGraph, to path: String, top: Int = defaultTop,
                             names: [String: [String]] = [:]) throws {
        try AtomicFile.write(try page(graph, top: top, names: names), to: path)
    }
}
