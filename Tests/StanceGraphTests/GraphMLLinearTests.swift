import Foundation
import StanceModel
import Testing
@testable import StanceFormats

/// Issue 11 part 2: reading takes time linear in the input and memory
/// bounded by it, whatever a stranger's file holds. Each input is a
/// scaled-down version of one that took minutes or asked for gigabytes;
/// the tests check what is read or refused, never how fast (the
/// `adversarial-graphml` benchmark measures that).
@Suite struct GraphMLLinearTests {
    static let head = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        + #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
    static let relationKey = #"<key id="relation" for="edge" attr.name="relation" attr.type="string"/>"# + "\n"
    static let edge = #"<node id="a"/><node id="b"/><edge source="a" target="b"><data key="relation">warns</data></edge>"#

    static func read(_ text: String) throws -> StanceGraph {
        try GraphMLReader.read(bytes: Array(text.utf8), name: "g.graphml")
    }

    static func error(_ text: String) -> FormatError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? FormatError
        }
    }

    /// The edge table was sized from a count of `<edge` in the bytes, which
    /// comments inflate at will (a 700 MB file asked for 36 GB): it now
    /// grows with the edges actually read.
    @Test func commentsFullOfEdgeTagsReserveNothing() throws {
        let comment = "<!--" + String(repeating: "<edge ", count: 100_000) + "-->\n"
        let text = Self.head + ">\n" + Self.relationKey + "<graph edgedefault=\"directed\">\n" + comment + Self.edge
            + comment + "\n</graph></graphml>\n"
        let graph = try Self.read(text)
        #expect(graph.edges.count == 1)
        #expect(graph.edges.capacity < 1_000, "capacity \(graph.edges.capacity)")
        // The same from a file, which was counted on a thread of its own.
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        try text.write(toFile: folder + "/g.graphml", atomically: true, encoding: .utf8)
        #expect(try GraphMLReader.read(path: folder + "/g.graphml").edges.capacity < 1_000)
    }

    static func yEdFile(prefixes: Int, fragments: Int, encoding: Bool = true) -> String {
        var text = (encoding ? Self.head : Self.head.replacingOccurrences(of: #" encoding="UTF-8""#, with: ""))
            + #" xmlns:y="http://www.yworks.com/xml/graphml""#
        for index in 0..<prefixes { text += " xmlns:p\(index)=\"http://example.org/ns/\(index)\"" }
        text += ">\n" + #"<key id="d0" for="node" yfiles.type="nodegraphics"/>"# + "\n" + Self.relationKey
            + "<graph edgedefault=\"directed\">\n"
        for index in 0..<fragments {
            text += "<node id=\"n\(index)\"><data key=\"d0\"><y:ShapeNode p\(index % max(prefixes, 1)):note=\"x\">"
                + "<y:Geometry x=\"\(index)\" y=\"0\"/><y:NodeLabel>n\(index)</y:NodeLabel></y:ShapeNode></data></node>\n"
        }
        return text + Self.edge + "\n</graph></graphml>\n"
    }

    /// yEd fragments under many namespace prefixes: each captured fragment
    /// declares the namespaces it uses, and only those (every prefix in
    /// scope was copied into every capture: 5,000 of each took 300 s);
    /// more than 512 in scope are refused with the line.
    @Test func namespacePrefixesCostNothingPerFragment() throws {
        for encoding in [true, false] {
            let graph = try Self.read(Self.yEdFile(prefixes: 400, fragments: 400, encoding: encoding))
            #expect(graph.actors.count == 402)
            let values = graph.foreign.nodes.values.flatMap(\.values)
            #expect(values.count == 400)
            let shape = try #require(graph.foreign.nodes["n17"]?.values.first)
            #expect(shape.contains(#"xmlns:p17="http://example.org/ns/17""#), "\(shape)")
            #expect(shape.contains(#"p17:note="x""#) && shape.contains("<y:Geometry"), "\(shape)")
            #expect(!shape.contains("xmlns:p16=") && !shape.contains("xmlns:p18="), "\(shape)")
            #expect(values.allSatisfy { $0.components(separatedBy: "xmlns:p").count == 2 })
            // What is written reads back to the same bytes.
            let bytes = try GraphMLWriter.data(graph)
            #expect(try GraphMLWriter.data(GraphMLReader.read(bytes: bytes, name: "again")) == bytes)
        }
        let refused = try #require(Self.error(Self.yEdFile(prefixes: 600, fragments: 2)))
        #expect(refused.file == "g.graphml" && refused.line == 2)
        #expect(refused.message.hasPrefix("more than 512 namespace declarations in scope"), "\(refused)")
    }

    /// Thousands of keys for the node label, and nodes without one: the
    /// defaults are looked up once, not among all keys for every node; the
    /// `<data>` of thousands of keys read as of few.
    @Test func manyKeysReadAsFew() throws {
        var text = Self.head + ">\n" + Self.relationKey
        for index in 0..<3_000 {
            text += "<key id=\"k\(index)\" for=\"node\" attr.name=\"label\" attr.type=\"string\">"
                + (index % 1000 == 999 ? "<default>L\(index)</default>" : "") + "</key>\n"
        }
        text += "<graph edgedefault=\"directed\">\n"
        for index in 0..<3_000 {
            text += index % 2 == 0 ? "<node id=\"n\(index)\"/>\n"
                : "<node id=\"n\(index)\"><data key=\"k\(index)\">own \(index)</data></node>\n"
        }
        let graph = try Self.read(text + Self.edge + "\n</graph></graphml>\n")
        #expect(graph.actors.count == 3_002)
        // The smallest of the defaults, as before.
        #expect(graph.actors["n0"]?.label == "L1999" && graph.actors["n2998"]?.label == "L1999")
        #expect(graph.actors["n2999"]?.label == "own 2999" && graph.actors["n1"]?.label == "own 1")
    }

    static func node(attributes count: Int) -> String {
        "<node id=\"c\"" + (0..<count).map { " a\($0)=\"x\"" }.joined() + "/>\n"
    }

    /// libxml2 2.9 compares a start tag's attributes pairwise (100,000 on
    /// one element took 22 s): a tag over 32 KiB is refused with its line
    /// before libxml2 parses it; a long but ordinary one is read.
    @Test func startTagsOverThirtyTwoKiBAreRefused() throws {
        let body = Self.head + ">\n" + Self.relationKey + "<graph edgedefault=\"directed\">\n" + Self.edge + "\n"
        let long = try Self.read(body + Self.node(attributes: 2_000) + "</graph></graphml>\n")
        #expect(long.actors.count == 3)
        for count in [5_000, 100_000] {
            let refused = try #require(Self.error(body + Self.node(attributes: count) + "</graph></graphml>\n"))
            #expect(refused.file == "g.graphml" && refused.line == 6, "\(refused)")
            #expect(refused.message.hasPrefix("a start tag longer than 32768 bytes"), "\(refused)")
        }
    }
}
