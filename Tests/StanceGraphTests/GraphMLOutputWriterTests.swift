import Foundation
import Testing
import StanceModel
import StanceGraph
@testable import StanceFormats

/// The default writer (libxml2's output buffer API, `GraphMLWriter.data`)
/// and libxml2's `xmlTextWriter` (`GraphMLWriter.referenceData`) spell some
/// escapes differently, so they are compared by what they mean: both must
/// read back to the same graph, and the default writer's output must survive
/// write -> read -> write byte for byte.
@Suite struct GraphMLOutputWriterTests {
    /// Both outputs read back to one graph, and ours is a fixed point of
    /// write -> read -> write. (A generated graph may hold evidence in an
    /// order the reader puts into its canonical order, so the fixed point
    /// is checked from the first graph read back.)
    static func expectAgreement(_ graph: StanceGraph, _ label: String) throws {
        let written = try GraphMLWriter.data(graph)
        let reference = try GraphMLWriter.referenceData(graph)
        let back = try GraphMLReader.read(bytes: written, name: "output.graphml")
        let backReference = try GraphMLReader.read(bytes: reference, name: "reference.graphml")
        #expect(back == backReference, "\(label)")
        let rewritten = try GraphMLWriter.data(back)
        let again = try GraphMLReader.read(bytes: rewritten, name: "rewritten.graphml")
        #expect(again == back, "\(label)")
        #expect(try GraphMLWriter.data(again) == rewritten, "\(label)")
    }

    /// Edges are serialised in blocks on two threads; the bytes must be
    /// those of one thread writing everything, for any block size (odd
    /// counts of blocks, blocks of one edge), with foreign edge data, dates
    /// and text to escape; and streaming to a file must give them too.
    @Test func blocksOnTwoThreadsWriteTheSameBytes() throws {
        var graph = StanceGraph()
        var random = SplitMix64(seed: 7)
        for number in 0..<2500 {
            let key = EdgeKey(source: "A\(random.below(60))", relation: Relation.allCases[random.below(3)],
                              target: "B\(random.below(60))")
            graph.add(key, evidence: Evidence(article: "a\(number)", start: 0, end: 9, sentence: "x<y & \"z\" é\r",
                                              cue: "cue", rule: "verb"))
        }
        let dated = try graph.dated("2024-05-06")
        var foreign = dated
        let key = ForeignKey(domain: "edge", attributes: [.init(name: "attr.name", value: "colour")])
        foreign.foreign.keyIDs[key] = "colour"
        for edge in foreign.sortedEdges.prefix(40) { foreign.foreign.edges[edge.key] = [key: "<b>red</b>"] }
        for sample in [graph, dated, foreign] {
            let reference = try GraphMLWriter.data(sample, blockSize: .max)
            for size in [1, 2, 7, 100, 1024, 4096] {
                #expect(try GraphMLWriter.data(sample, blockSize: size) == reference, "block size \(size)")
            }
            let folder = FormatsSamples.temporaryFolder()
            defer { FormatsSamples.remove(folder) }
            try GraphMLWriter.write(sample, to: folder + "/g.graphml")
            #expect(FileManager.default.contents(atPath: folder + "/g.graphml") == Data(reference))
        }
    }

    @Test(arguments: Array(UInt64(1)...UInt64(300)))
    func generatedGraphsAgreeWithXMLTextWriter(seed: UInt64) throws {
        try Self.expectAgreement(GraphMLGeneratedConformanceTests.graph(seed: seed), "seed \(seed)")
    }

    @Test func samplesAndForeignFilesAgreeWithXMLTextWriter() throws {
        var graphs = [StanceGraph(), FormatsSamples.small, GraphMLRoundTripTests.hostileGraph,
                      GraphMLConformanceTests.sample]
        var onlyActors = StanceGraph()
        onlyActors.add(Actor(id: "中国", label: "", kind: "state"))
        graphs.append(onlyActors)
        for name in ["yed-layout.graphml", "gephi-export.graphml"] {
            graphs.append(try GraphMLForeignTests.fixture(name))
        }
        graphs.append(Self.attributeGraph)
        for (index, graph) in graphs.enumerated() {
            try Self.expectAgreement(graph, "graph \(index)")
        }
    }

    /// Foreign key attributes holding everything an attribute value must
    /// escape to survive reading: quote, `<`, `&`, and the tab, newline and
    /// carriage return that attribute-value normalisation would turn into
    /// spaces if they were written raw.
    static var attributeGraph: StanceGraph {
        var graph = StanceGraph()
        graph.foreign.keyIDs[ForeignKey(domain: "node", attributes: [.init(name: "attr.name", value: "x"),
                                        .init(name: "attr.type", value: "double")], defaultValue: "0.5")] = "x"
        graph.foreign.keyIDs[ForeignKey(domain: "", attributes: [
            .init(name: "attr.name", value: "é\t\"<&>'\n\r\nline 中国"),
        ])] = "k"
        return graph
    }

    @Test func attributeValuesAreEscapedByLibxml2AndRoundTrip() throws {
        let bytes = try GraphMLWriter.data(Self.attributeGraph)
        let text = String(decoding: bytes, as: UTF8.self)
        // xmlAttrSerializeTxtContent: quote, markup characters and
        // whitespace other than space as references; non-ASCII as UTF-8.
        #expect(text.contains(#"attr.name="é&#9;&quot;&lt;&amp;&gt;'&#10;&#13;&#10;line 中国""#))
        let back = try GraphMLReader.read(bytes: bytes, name: "attributes.graphml")
        #expect(back.foreign.keyIDs.keys.contains { key in
            key.attributes.contains { $0.value == "é\t\"<&>'\n\r\nline 中国" }
        })
        #expect(try GraphMLWriter.data(back) == bytes)
    }

    @Test func textIsEscapedByLibxml2() throws {
        var graph = StanceGraph()
        graph.add(Actor(id: "A", label: "say \"hi\" <b> & 'x'\r\nnext\ttab", kind: ""))
        let text = String(decoding: try GraphMLWriter.data(graph), as: UTF8.self)
        // xmlEscapeContent: `<` `>` `&` and CR; quotes, LF and tab as they are.
        #expect(text.contains("<data key=\"label\">say \"hi\" &lt;b&gt; &amp; 'x'&#13;\nnext\ttab</data>"))
        let back = try GraphMLReader.read(bytes: Array(text.utf8), name: "text.graphml")
        #expect(back.actors["A"]?.label == "say \"hi\" <b> & 'x'\r\nnext\ttab")
    }

    @Test func evidenceBytesEqualTheJSONString() {
        let graph = GraphMLRoundTripTests.hostileGraph
        for edge in graph.edges.values {
            var bytes: [UInt8] = []
            EvidenceJSON.encode(edge.evidence, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == EvidenceJSON.encode(edge.evidence))
        }
    }

    /// Writing a file streams it in chunks of about a megabyte; the file
    /// must hold exactly the bytes of `data`, across many chunk boundaries.
    @Test func streamedFileEqualsTheDocument() throws {
        var graph = StanceGraph()
        for index in 0..<20_000 {
            graph.add(EdgeKey(source: "n\(index % 300)", relation: Relation.allCases[index % 3], target: "m\(index)"),
                      evidence: Evidence(article: "a\(index).txt", start: index, end: index + 60,
                                         sentence: "Sentence \(index) with \"quotes\", <tags> & Zürich.",
                                         cue: "warned", rule: "verb"))
        }
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        try GraphMLWriter.write(graph, to: folder + "/big.graphml")
        let file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/big.graphml")))
        #expect(file.count > 3 << 20)
        #expect(file == (try GraphMLWriter.data(graph)))
        #expect(try GraphMLReader.read(bytes: file, name: "big.graphml") == graph)
    }
}
