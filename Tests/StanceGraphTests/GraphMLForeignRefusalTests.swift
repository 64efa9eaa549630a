import Foundation
import StanceModel
import Testing
@testable import StanceFormats

/// Issue 11 part 1: foreign data is kept or refused, never changed. What
/// this model cannot hold (undirected edges, hyperedges, ports, parallel
/// edges of one relation with different data, impossible evidence offsets)
/// is a located error that says what to do, not a silent change.
@Suite struct GraphMLForeignRefusalTests {
    static let head = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        + #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"# + "\n"
        + #"<key id="relation" for="edge" attr.name="relation" attr.type="string"/>"# + "\n"
        + #"<key id="weight" for="edge" attr.name="weight" attr.type="int"/>"# + "\n"
        + #"<key id="articles" for="edge" attr.name="articles" attr.type="int"/>"# + "\n"
        + #"<key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>"# + "\n"
        + #"<key id="colour" for="edge" attr.name="colour" attr.type="string"/>"# + "\n"

    /// A graph of nodes `a`, `b` and `body` from line 10 on.
    static func graph(_ body: String, edgedefault: String = "directed") -> String {
        head + "<graph edgedefault=\"\(edgedefault)\">\n<node id=\"a\"/><node id=\"b\"/>\n" + body
            + "\n</graph>\n</graphml>\n"
    }

    static func edge(_ data: String = "", attributes: String = "") -> String {
        "<edge source=\"a\" target=\"b\"\(attributes)><data key=\"relation\">warns</data>\(data)</edge>"
    }

    static func refusal(_ text: String) throws -> FormatError {
        do {
            let graph = try GraphMLReader.read(bytes: Array(text.utf8), name: "foreign.graphml")
            Issue.record("read, not refused: \(graph.sortedEdges)")
            return FormatError(file: "", message: "")
        } catch let error as FormatError {
            #expect(error.file == "foreign.graphml")
            return error
        }
    }

    @Test func undirectedGraphsAreRefusedNotMadeDirected() throws {
        let error = try Self.refusal(Self.graph(Self.edge(), edgedefault: "undirected"))
        #expect(error.line == 8)
        #expect(error.message.hasPrefix("the graph is undirected (edgedefault=\"undirected\")"), "\(error)")
        #expect(error.message.contains("write the graph as directed"))
        for value in ["false", "0"] {
            let edge = try Self.refusal(Self.graph("\n" + Self.edge(attributes: " directed=\"\(value)\"")))
            #expect(edge.line == 11)
            #expect(edge.message.hasPrefix("edge \"a\" -> \"b\" is undirected (directed=\"\(value)\")"), "\(edge)")
        }
        // Directed edges, said so or by default, read as before.
        let directed = try GraphMLReader.read(
            bytes: Array(Self.graph(Self.edge(attributes: " directed=\"true\"")).utf8), name: "g")
        #expect(directed.sortedEdges.map(\.key.description) == ["a warns b"])
    }

    /// Through the binary: one located line, exit 1, nothing written.
    @Test func theToolRefusesAnUndirectedGraphInOneLine() throws {
        try HostileGraphMLTests.expectRefused(Array(Self.graph(Self.edge(), edgedefault: "undirected").utf8),
                                              saying: "the graph is undirected")
    }

    @Test func locatorsAreRefusedNotDropped() throws {
        let inGraph = try Self.refusal(Self.graph(Self.edge() + "\n<locator xlink:href=\"other.graphml\" "
                                                 + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>"))
        #expect(inGraph.line == 11)
        #expect(inGraph.message.hasPrefix("a <locator> (content kept in another document) is not read"), "\(inGraph)")
        let inNode = try Self.refusal(Self.head + "<graph edgedefault=\"directed\">\n<node id=\"a\">\n<locator/></node>"
                                      + "<node id=\"b\"/>\n" + Self.edge() + "\n</graph>\n</graphml>\n")
        #expect(inNode.line == 10)
        #expect(inNode.message.hasPrefix("a <locator>"), "\(inNode)")
    }

    @Test func hyperedgesAndPortsAreRefusedNotDropped() throws {
        let hyper = try Self.refusal(Self.graph(Self.edge() + "\n<hyperedge><endpoint node=\"a\"/><endpoint node=\"b\"/></hyperedge>"))
        #expect(hyper.line == 11)
        #expect(hyper.message.hasPrefix("a <hyperedge>: stance edges join two actors"), "\(hyper)")
        let port = try Self.refusal(Self.head + "<graph edgedefault=\"directed\">\n<node id=\"a\">\n<port name=\"north\"/></node>"
                                    + "<node id=\"b\"/>\n" + Self.edge() + "\n</graph>\n</graphml>\n")
        #expect(port.line == 10)
        #expect(port.message.hasPrefix("node \"a\" has a <port>: ports are not read"), "\(port)")
        for attribute in ["sourceport", "targetport"] {
            let end = try Self.refusal(Self.graph(Self.edge(attributes: " \(attribute)=\"north\"")))
            #expect(end.line == 10)
            #expect(end.message.hasPrefix("edge \"a\" -> \"b\" ends at a port (\(attribute))"), "\(end)")
        }
    }

    /// Parallel edges of one relation are one edge of this model: read as
    /// one when identical (a capped edge keeps its counts, not their sum),
    /// refused when their data differ, wherever the second one is.
    @Test func parallelEdgesOfOneRelationAreKeptOnlyWhenIdentical() throws {
        let evidence = #"<data key="evidence">[{"article":"x","start":0,"end":5,"sentence":"s","cue":"c","rule":"r"}]</data>"#
        let capped = Self.edge(evidence + #"<data key="weight">5</data><data key="articles">3</data><data key="colour">red</data>"#)
        let twice = try GraphMLReader.read(bytes: Array(Self.graph(capped + "\n" + capped).utf8), name: "g")
        let edge = try #require(twice.edges[EdgeKey(source: "a", relation: .warns, target: "b")])
        #expect(twice.edges.count == 1 && edge.weight == 5 && edge.articles == 3 && edge.evidence.count == 1)
        #expect(twice.foreign.edges.values.first?.values.first == "red")
        let other = capped.replacingOccurrences(of: ">5<", with: ">6<")
        let colour = capped.replacingOccurrences(of: "red", with: "blue")
        let plain = Self.edge()
        for second in [other, colour, plain] {
            let error = try Self.refusal(Self.graph(capped + "\n" + second))
            #expect(error.line == 11)
            #expect(error.message.hasPrefix("edge \"a\" -> \"b\": a second warns edge from \"a\" to \"b\", with other data"),
                    "\(error)")
            #expect(error.message.hasSuffix("merge them into one <edge> (or remove one) first"))
        }
        // Edges naming a node declared after them are checked too.
        let late = Self.head + "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n" + capped + "\n" + other
            + "\n<node id=\"b\"/>\n</graph>\n</graphml>\n"
        #expect(try Self.refusal(late).line == 11)
        // Different relations between one pair stay parallel edges.
        let both = Self.graph(plain + "\n" + plain.replacingOccurrences(of: "warns", with: "opposes"))
        #expect(try GraphMLReader.read(bytes: Array(both.utf8), name: "g").edges.count == 2)
    }

    @Test func impossibleEvidenceOffsetsAreRefused() throws {
        for (start, end) in [(-3, 5), (0, -1), (9, 4)] {
            let item = #"[{"article":"x","start":\#(start),"end":\#(end),"sentence":"s","cue":"c","rule":"r"}]"#
            let error = try Self.refusal(Self.graph("\n" + Self.edge("<data key=\"evidence\">\(item)</data>")))
            #expect(error.line == 11)
            #expect(error.message == "edge \"a\" -> \"b\": evidence of article \"x\" has impossible offsets (start "
                + "\(start), end \(end)): they count Unicode scalars into the article's text, so 0 <= start <= end")
        }
    }
}
