import Foundation
import StanceGraph
import Testing

/// `Exports/` must be exactly what `stancegraph extract Examples/` writes,
/// so the committed files and the README picture never go stale.
@Suite("Exports are fresh")
struct ExportsTests {
    static let exports = TestSupport.root.appendingPathComponent("Exports")

    func examplesGraph() throws -> StanceGraph {
        let folder = TestSupport.root.appendingPathComponent("Examples").path
        return try CorpusExtraction.run([folder], extractor: TestSupport.extractor).graph
    }

    @Test func graphMLMatchesTheExamples() throws {
        let committed = try Data(contentsOf: Self.exports.appendingPathComponent("stance.graphml"))
        let fresh = Data(try GraphMLWriter.data(try examplesGraph()))
        #expect(committed == fresh, "Exports/stance.graphml is stale: run `swift run stancegraph extract Examples/`")
    }

    @Test func dotMatchesTheExamples() throws {
        let committed = try String(contentsOf: Self.exports.appendingPathComponent("stance.dot"), encoding: .utf8)
        #expect(committed == DOTWriter.string(try examplesGraph()),
                "Exports/stance.dot is stale: run `swift run stancegraph extract Examples/`")
    }

    @Test func svgShowsEveryNodeAndEdge() throws {
        let svg = try String(contentsOf: Self.exports.appendingPathComponent("stance.svg"), encoding: .utf8)
        let graph = try examplesGraph()
        for actor in graph.sortedActors {
            #expect(svg.contains("<title>\(actor.id)</title>"), "stance.svg lacks \(actor.id): re-render it")
        }
        for edge in graph.sortedEdges {
            #expect(svg.contains("<title>\(edge.source)&#45;&gt;\(edge.target)</title>"),
                    "stance.svg lacks \(edge.key): re-render it with dot -Tsvg")
        }
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == graph.edges.count)
    }
}
