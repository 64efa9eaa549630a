import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// The GraphML writer's output shape: what networkx, igraph, Gephi and
/// Cytoscape rely on (CONVENTIONS.md), checked on the text itself.
@Suite struct GraphMLWriterTests {
    @Test func smallGraphHasTheExpectedStructure() throws {
        let text = String(decoding: try GraphMLWriter.data(FormatsSamples.small), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        #expect(text.contains(#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
            + #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns "#
            + #"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#))
        #expect(text.contains(#"  <key id="label" for="node" attr.name="label" attr.type="string"/>"#))
        #expect(text.contains(#"  <key id="edgelabel" for="edge" attr.name="label" attr.type="string"/>"#))
        #expect(text.contains(#"  <key id="weight" for="edge" attr.name="weight" attr.type="long"/>"#))
        #expect(text.contains(#"  <graph id="G" edgedefault="directed">"#))
        #expect(text.hasSuffix("</graphml>\n"))

        func positions(_ needle: String) -> [Int] {
            lines.indices.filter { lines[$0].contains(needle) }
        }
        let keys = positions("<key "), graphs = positions("<graph "), nodes = positions("<node "),
            edges = positions("<edge ")
        #expect(keys.count == 7)
        #expect(graphs.count == 1)
        #expect(nodes.count == 3)
        #expect(edges.count == 3)
        #expect(keys.max()! < graphs[0])
        #expect(graphs[0] < nodes.min()!)
        #expect(nodes.max()! < edges.min()!)

        // Nodes sorted by id, edges in sortedEdges order with ids e0, e1, ...
        #expect(nodes.map { lines[$0] } == [#"    <node id="CHN">"#, #"    <node id="RUS">"#,
                                            #"    <node id="USA">"#])
        let edgeLines = edges.map { lines[$0] }
        #expect(edgeLines == [
            #"    <edge id="e0" source="RUS" target="USA">"#,
            #"    <edge id="e1" source="USA" target="CHN">"#,
            #"    <edge id="e2" source="USA" target="CHN">"#,
        ])
    }

    @Test func edgeDataCarriesRelationLabelWeightArticlesAndCanonicalEvidence() throws {
        let text = String(decoding: try GraphMLWriter.data(FormatsSamples.small), as: UTF8.self)
        // libxml2's xmlEscapeContent leaves `"` in text as it is and escapes `&`.
        let evidence = #"[{"article":"a1","start":0,"end":20,"sentence":"Russia opposes the US.","#
            + #""cue":"opposes","rule":"verb"},{"article":"a1","start":30,"end":60,"#
            + #""sentence":"Moscow said \"no\" &amp; left.","cue":"said no","rule":"speech","#
            + #""speaker":"Lavrov"}]"#
        let escaped = evidence
        let expected = """
                <edge id="e0" source="RUS" target="USA">
                  <data key="relation">opposes</data>
                  <data key="edgelabel">opposes</data>
                  <data key="weight">2</data>
                  <data key="articles">1</data>
                  <data key="evidence">\(escaped)</data>
                </edge>
            """
        #expect(text.contains(expected))
        #expect(text.contains("""
                <node id="USA">
                  <data key="label">United States</data>
                  <data key="kind">state</data>
                </node>
            """))
    }

    @Test func outputIsDeterministic() throws {
        let first = try GraphMLWriter.data(FormatsSamples.small)
        // The same graph built in another order gives the same bytes.
        let shuffled = StanceGraph(actors: FormatsSamples.small.sortedActors.reversed(),
                                   edges: FormatsSamples.small.sortedEdges.reversed())
        #expect(try GraphMLWriter.data(shuffled) == first)
        #expect(try GraphMLWriter.data(FormatsSamples.small) == first)
    }

    @Test func emptyGraphIsStillAValidDocument() throws {
        let text = String(decoding: try GraphMLWriter.data(StanceGraph()), as: UTF8.self)
        #expect(text.contains(#"<graph id="G" edgedefault="directed"/>"#))
        #expect(try GraphMLReader.read(bytes: Array(text.utf8), name: "empty").isEmpty)
    }

    @Test func controlCharactersAreReplacedNotWrittenRaw() throws {
        var graph = StanceGraph()
        graph.add(Actor(id: "X", label: "a\u{01}b\u{0B}c\u{FFFE}d\td", kind: "k\u{1F}"))
        let bytes = try GraphMLWriter.data(graph)
        #expect(!bytes.contains(0x01) && !bytes.contains(0x0B) && !bytes.contains(0x1F))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d\td"))
        #expect(XMLText.clean("plain") == "plain")
        #expect(XMLText.clean("\u{0}\u{8}\u{9}\u{A}\u{C}\u{D}\u{E}\u{FFFF}😀")
            == "\u{FFFD}\u{FFFD}\u{9}\u{A}\u{FFFD}\u{D}\u{FFFD}\u{FFFD}😀")
    }

    @Test(arguments: ["", "has space", "a/b", "a#b", "q\"uote", "nul\u{0}", "tab\t", "<x>"])
    func invalidNodeIdsAreRefused(id: String) throws {
        var graph = StanceGraph()
        graph.add(Actor(id: id, label: "x", kind: ""))
        let error = #expect(throws: FormatError.self) { try GraphMLWriter.data(graph) }
        #expect(error?.message.contains("not a valid GraphML node id") == true)
    }

    @Test(arguments: ["USA", "EU", "un-sc", "a.b", "x_1", "ns:id", "2024", "Côte-d.Ivoire"])
    func validNodeIdsAreAccepted(id: String) {
        #expect(XMLText.isNMToken(id))
    }

    /// libxml2 reads at most 10,000,000 bytes in one text node without
    /// XML_PARSE_HUGE: the writer must never produce a file past that.
    @Test func valuesLongerThanLibXML2ReadsAreRefused() throws {
        var graph = StanceGraph()
        graph.add(Actor(id: "X", label: String(repeating: "é", count: GraphMLWriter.maximumTextLength / 2), kind: ""))
        let bytes = try GraphMLWriter.data(graph)
        #expect(try GraphMLReader.read(bytes: bytes, name: "limit").actors["X"]?.label.utf8.count
            == GraphMLWriter.maximumTextLength)
        graph.add(Actor(id: "Y", label: String(repeating: "a", count: GraphMLWriter.maximumTextLength + 1), kind: ""))
        let error = #expect(throws: FormatError.self) { try GraphMLWriter.data(graph) }
        #expect(error?.message == #"the label of node "Y" is 10000001 bytes long, "#
            + "over the 10000000 bytes that libxml2 reads in one value")
    }

    @Test func writeToPathNamesThePathInErrors() throws {
        var graph = StanceGraph()
        graph.add(Actor(id: "bad id", label: "", kind: ""))
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/out.graphml"
        let error = #expect(throws: FormatError.self) { try GraphMLWriter.write(graph, to: path) }
        #expect(error?.file == path)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

/// Graphs and helpers shared by the format tests.
enum FormatsSamples {
    /// Three actors, a pair with two parallel relations, evidence with and
    /// without a speaker, an empty `kind`.
    static var small: StanceGraph {
        var graph = StanceGraph()
        graph.add(Actor(id: "USA", label: "United States", kind: "state"))
        graph.add(Actor(id: "CHN", label: "China", kind: "state"))
        graph.add(Actor(id: "RUS", label: "Russia", kind: ""))
        graph.add(EdgeKey(source: "USA", relation: .warns, target: "CHN"),
                  evidence: Evidence(article: "a2", start: 5, end: 40, sentence: "The US warned China.",
                                     cue: "warned", rule: "verb"))
        graph.add(EdgeKey(source: "USA", relation: .supports, target: "CHN"),
                  evidence: Evidence(article: "a3", start: 0, end: 10, sentence: "US backs China.",
                                     cue: "backs", rule: "verb"))
        graph.add(EdgeKey(source: "RUS", relation: .opposes, target: "USA"),
                  evidence: Evidence(article: "a1", start: 30, end: 60, sentence: "Moscow said \"no\" & left.",
                                     cue: "said no", rule: "speech", speaker: "Lavrov"))
        graph.add(EdgeKey(source: "RUS", relation: .opposes, target: "USA"),
                  evidence: Evidence(article: "a1", start: 0, end: 20, sentence: "Russia opposes the US.",
                                     cue: "opposes", rule: "verb"))
        return graph
    }

    /// A new, empty folder for one test; pair with `remove`.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "stanceformats-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
