import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// `--json`: node-link JSON that networkx and d3 read, with the same nodes,
/// edges, counts and evidence as the GraphML.
@Suite struct NodeLinkJSONTests {
    private var graph: StanceGraph { GraphMLConformanceTests.sample }

    @Test func holdsEveryNodeEdgeCountAndEvidence() throws {
        let graph = graph
        let bytes = try NodeLinkJSON.data(graph)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(document["directed"] as? Bool == true)
        #expect(document["multigraph"] as? Bool == true)
        let nodes = try #require(document["nodes"] as? [[String: Any]])
        #expect(nodes.compactMap { $0["id"] as? String } == graph.sortedActors.map(\.id))
        #expect(nodes.compactMap { $0["label"] as? String } == graph.sortedActors.map(\.label))
        let edges = try #require(document["edges"] as? [[String: Any]])
        #expect(edges.count == graph.edges.count)
        for (link, edge) in zip(edges, graph.sortedEdges) {
            #expect(link["source"] as? String == edge.source && link["target"] as? String == edge.target)
            #expect(link["key"] as? String == edge.relation.rawValue)
            #expect(link["weight"] as? Int == edge.weight && link["articles"] as? Int == edge.articles)
            #expect((link["evidence"] as? [[String: Any]])?.count == edge.evidence.count)
            #expect((link["evidence"] as? [[String: Any]])?.first?["sentence"] as? String == edge.evidence.first?.sentence)
        }
        // Deterministic: the same graph, the same bytes.
        #expect(try NodeLinkJSON.data(graph) == bytes)
    }

    @Test func networkxReadsItAsAMultiDiGraph() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/g.json"
        let graph = graph
        try NodeLinkJSON.write(graph, to: path)
        let script = """
        import networkx, json, sys
        g = networkx.node_link_graph(json.load(open(sys.argv[1])))
        assert isinstance(g, networkx.MultiDiGraph), type(g)
        assert g.number_of_nodes() == int(sys.argv[2]), g.number_of_nodes()
        assert g.number_of_edges() == int(sys.argv[3]), g.number_of_edges()
        assert sum(d["weight"] for _, _, d in g.edges(data=True)) == int(sys.argv[4])
        """
        let total = graph.edges.values.reduce(0) { $0 + $1.weight }
        guard let status = try GraphMLForeignTests.python(script, [path, "\(graph.actors.count)",
                                                                    "\(graph.edges.count)", "\(total)"]) else {
            return  // no networkx here; .ci/setup installs it
        }
        #expect(status == 0)
    }
}
