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
}
