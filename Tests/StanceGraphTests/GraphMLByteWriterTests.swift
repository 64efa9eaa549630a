import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// The byte writer must write exactly what libxml2's `xmlTextWriter` writes
/// (`GraphMLWriter.referenceData`), on every kind of graph.
@Suite struct GraphMLByteWriterTests {
    @Test(arguments: Array(UInt64(1)...UInt64(300)))
    func generatedGraphsMatchLibxml2(seed: UInt64) throws {
        let graph = GraphMLGeneratedConformanceTests.graph(seed: seed)
        #expect(try GraphMLWriter.data(graph) == (try GraphMLWriter.referenceData(graph)), "seed \(seed)")
    }

    @Test func samplesAndForeignFilesMatchLibxml2() throws {
        var graphs = [StanceGraph(), FormatsSamples.small, GraphMLRoundTripTests.hostileGraph,
                      GraphMLConformanceTests.sample]
        var onlyActors = StanceGraph()
        onlyActors.add(Actor(id: "中国", label: "", kind: "state"))
        graphs.append(onlyActors)
        for name in ["yed-layout.graphml", "gephi-export.graphml"] {
            graphs.append(try GraphMLForeignTests.fixture(name))
        }
        var withDefault = StanceGraph()
        withDefault.foreign.keyIDs[ForeignKey(domain: "node", attributes: [.init(name: "attr.name", value: "x"),
                                              .init(name: "attr.type", value: "double")], defaultValue: "0.5")] = "x"
        withDefault.foreign.keyIDs[ForeignKey(domain: "", attributes: [.init(name: "attr.name", value: "é\t\"<")])] = "k"
        graphs.append(withDefault)
        for graph in graphs {
            let fast = try GraphMLWriter.data(graph)
            let reference = try GraphMLWriter.referenceData(graph)
            #expect(fast == reference, "\(String(decoding: fast.prefix(3000), as: UTF8.self))\n---\n\(String(decoding: reference.prefix(3000), as: UTF8.self))")
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
    }
}
