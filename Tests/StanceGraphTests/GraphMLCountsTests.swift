import PropertyBased
import StanceModel
import Testing
@testable import StanceFormats

/// Counts and dates survive GraphML: read from their keys, never recomputed
/// from evidence that may have been capped; write -> read -> write is
/// byte-identical.
@Suite struct GraphMLCountsTests {
    @Test func cappedDatedGraphsRoundTripExactly() async throws {
        await propertyCheck(count: 200, input: EdgeCountLawTests.codes, EdgeCountLawTests.limits) { a, k in
            var graph = EdgeCountLawTests.graph(a)
            graph.capEvidence(EdgeCountLawTests.limit(k))
            let bytes = try GraphMLWriter.data(graph)
            let back = try GraphMLReader.read(bytes: bytes, name: "capped.graphml")
            #expect(back == graph)
            #expect(try GraphMLWriter.data(back) == bytes)
        }
    }

    @Test func datesAreWrittenAsStringKeysOnlyWhenPresent() throws {
        let dated = String(decoding: try GraphMLWriter.data(EdgeCountLawTests.graph([5])), as: UTF8.self)
        #expect(dated.contains(#"<key id="first_seen" for="edge" attr.name="first_seen" attr.type="string"/>"#))
        #expect(dated.contains(#"<data key="first_seen">2024-01-10</data>"#))
        let undated = String(decoding: try GraphMLWriter.data(EdgeCountLawTests.graph([5], dated: false)),
                             as: UTF8.self)
        #expect(!undated.contains("first_seen"))
    }

    static let header = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
        + #"<key id="r" for="edge" attr.name="relation" attr.type="string"/>"#
        + #"<key id="w" for="edge" attr.name="weight" attr.type="double"/>"#
        + #"<key id="n" for="edge" attr.name="articles" attr.type="int"/>"#
        + #"<key id="f" for="edge" attr.name="first_seen" attr.type="string"/>"#
        + #"<key id="l" for="edge" attr.name="last_seen" attr.type="string"/>"#
        + #"<graph edgedefault="directed"><node id="a"/><node id="b"/>"#

    static func edge(_ data: String) -> [UInt8] {
        Array((header + #"<edge source="a" target="b"><data key="r">warns</data>"# + data
               + "</edge></graph></graphml>").utf8)
    }

    @Test func countsOfOtherToolsAreRead() throws {
        let graph = try GraphMLReader.read(bytes: Self.edge(#"<data key="w">4.0</data><data key="n">2</data>"#
            + #"<data key="f">2024-05-01T08:00:00+02:00</data><data key="l">2024-06-01</data>"#), name: "igraph")
        let edge = try #require(graph.edges.values.first)
        #expect(edge.weight == 4 && edge.articles == 2)
        #expect(edge.firstSeen == "2024-05-01" && edge.lastSeen == "2024-06-01")
    }

    @Test(arguments: [
        (#"<data key="w">2.5</data>"#, "weight \"2.5\" is not a non-negative integer"),
        (#"<data key="w">-1</data>"#, "weight \"-1\" is not a non-negative integer"),
        (#"<data key="w">2</data><data key="n">3</data>"#, "articles 3 does not fit weight 2"),
        (#"<data key="f">2024-02-30</data><data key="l">2024-03-01</data>"#, "first_seen \"2024-02-30\" is not"),
        (#"<data key="f">2024-03-01</data>"#, "first_seen and last_seen must be given together"),
    ])
    func contradictoryCountsAndDatesAreRefused(data: String, message: String) throws {
        let error = try #require(#expect(throws: FormatError.self) {
            try GraphMLReader.read(bytes: Self.edge(data), name: "bad.graphml")
        })
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.line == 1)
    }
}
