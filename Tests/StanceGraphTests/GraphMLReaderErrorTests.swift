import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// Input the reader must refuse, with an error that says where and why, and
/// without side effects: no entity is expanded and no local file is read.
@Suite struct GraphMLReaderErrorTests {
    private func failure(_ text: String, name: String = "bad.graphml") -> FormatError? {
        #expect(throws: FormatError.self) { try GraphMLReader.read(bytes: Array(text.utf8), name: name) }
    }

    private static let header = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
        + #"<key id="r" for="edge" attr.name="relation" attr.type="string"/>"#
        + #"<key id="w" for="edge" attr.name="weight" attr.type="int"/>"#

    private func graph(_ body: String) -> String {
        Self.header + "\n<graph edgedefault=\"directed\">\n" + body + "\n</graph></graphml>\n"
    }

    /// Edges are made on a second thread, in batches, while libxml2 parses
    /// on: the error reported must still be the first one in the file,
    /// whichever side finds it, and on a file or in memory alike.
    @Test func theFirstErrorInTheFileIsReportedWhateverThreadFindsIt() throws {
        let nodes = (0..<3000).map { "<node id=\"n\($0)\"/>" }.joined(separator: "\n")
        let edges = (0..<2999).map {
            "<edge source=\"n\($0)\" target=\"n\($0 + 1)\"><data key=\"r\">warns</data></edge>"
        }.joined(separator: "\n")
        let badEdge = #"<edge source="n0" target="n2"><data key="r">hugs</data></edge>"#
        // A bad edge early, malformed XML thousands of lines later.
        let early = Self.header + "\n<graph edgedefault=\"directed\">\n" + nodes + "\n" + badEdge + "\n" + edges
            + "\n<broken></graph></graphml>\n"
        // Malformed XML early, a bad edge after it.
        let late = Self.header + "\n<graph edgedefault=\"directed\">\n" + nodes + "\n<a></b>\n" + edges + "\n"
            + badEdge + "</graph></graphml>\n"
        // A bad edge after many good ones: the parser is stopped.
        let many = graph(nodes + "\n" + edges + "\n" + edges + "\n" + badEdge + "\n" + edges)
        let earlyError = try #require(failure(early))
        #expect(earlyError.line == 3003 && earlyError.message.contains(#"unknown relation "hugs""#))
        let lateError = try #require(failure(late))
        #expect(lateError.line == 3003 && lateError.message.contains("mismatch"))
        let manyError = try #require(failure(many))
        #expect(manyError.line == 9001 && manyError.message.contains(#"unknown relation "hugs""#))
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        try many.write(toFile: folder + "/many.graphml", atomically: true, encoding: .utf8)
        let onDisk = #expect(throws: FormatError.self) { try GraphMLReader.read(path: folder + "/many.graphml") }
        #expect(onDisk?.line == 9001)
    }

    /// Markup of a file without an XML declaration is serialised again by
    /// a second, nested parse; errors after it in the outer file must still
    /// be heard (the nested parse once silenced the outer one's handler).
    @Test func errorsAfterANestedParseAreStillRefused() throws {
        let text = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
            + #"<key id="f" for="node" attr.name="extra" attr.type="string"/><graph>"#
            + #"<node id="a"><data key="f"><b>x</b></data></node><node id="b"><q:x/></node></graph></graphml>"#
        let error = try #require(failure(text))
        #expect(error.message.contains("Namespace prefix q"))
    }

    @Test func externalEntityIsRefusedAndNeverRead() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let secret = folder + "/secret.txt"
        try "TOP-SECRET-7f3a".write(toFile: secret, atomically: true, encoding: .utf8)
        let attacks = [
            """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            \(graph(#"<node id="a"><data key="r">&xxe;</data></node>"#))
            """,
            """
            <?xml version="1.0"?>
            <!DOCTYPE graphml SYSTEM "file://\(secret)">
            \(graph(#"<node id="a"/>"#))
            """,
            """
            <!DOCTYPE graphml [<!ENTITY % p SYSTEM "file://\(secret)"> %p;]>
            \(graph(#"<node id="a"/>"#))
            """,
        ]
        for attack in attacks {
            let error = try #require(failure(attack))
            #expect(!error.description.contains("TOP-SECRET"))
            #expect(error.message.contains("DOCTYPE"))
        }
        // The same attack through a file on disk.
        let path = folder + "/xxe.graphml"
        try attacks[0].write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: FormatError.self) { try GraphMLReader.read(path: path) }
        #expect(error?.file == path)
        #expect(error?.description.contains("TOP-SECRET") == false)
    }

    @Test func billionLaughsStopsAtOnce() throws {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\(entities)]>\n"
            + graph(#"<node id="a"><data key="r">&lol9;</data></node>"#)
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(failure(bomb))
        #expect(clock.now - start < .seconds(2))
        // Refused where the DOCTYPE opens, before any entity is declared.
        #expect(error.message.contains("DOCTYPE"))
        #expect(error.description.hasPrefix("bad.graphml:2:"))
    }

    @Test func malformedAndTruncatedXMLIsLocated() throws {
        let bytes = try GraphMLWriter.data(FormatsSamples.small)
        let truncated = String(decoding: bytes.prefix(bytes.count / 2), as: UTF8.self)
        let error = try #require(failure(truncated, name: "cut.graphml"))
        #expect(error.file == "cut.graphml")
        #expect(error.line != nil)

        let mismatched = try #require(failure("<graphml>\n  <graph>\n</graphml>"))
        #expect(error.line != nil)
        #expect(mismatched.line == 3)
        #expect(mismatched.column != nil)
        #expect(mismatched.description.hasPrefix("bad.graphml:3:"))

        #expect(failure("") != nil)
        #expect(failure("<graphml><graph/></graphml>trailing") != nil)
        // An undeclared namespace prefix is only a namespace error in libxml2,
        // but input with errors is refused.
        #expect(failure(graph(#"<node id="a"><y:Shape/></node>"#)) != nil)
    }

    @Test func otherRootElementsAreRefused() throws {
        let html = try #require(failure("<html><body/></html>"))
        #expect(html.message.contains("root element is <html>"))
        let wrongNamespace = try #require(failure(#"<graphml xmlns="http://example.com/graphml"><graph/></graphml>"#))
        #expect(wrongNamespace.message.contains("namespace http://example.com/graphml"))
        let noGraph = try #require(failure(Self.header + "</graphml>"))
        #expect(noGraph.message.contains("no <graph>"))
    }

    @Test func edgeWithoutRelationNamesWhatIsMissing() throws {
        let error = try #require(failure(graph("""
            <node id="a"/><node id="b"/>
            <edge id="e7" source="a" target="b"><data key="w">3</data></edge>
            """)))
        #expect(error.line == 4)
        #expect(error.message.contains(#"edge "e7" ("a" -> "b")"#))
        #expect(error.message.contains(#"no relation: expected a <data> whose key has attr.name="relation""#))
    }

    @Test func dataOfAnUndeclaredKeyIsRefused() throws {
        let error = try #require(failure(graph("""
            <node id="a"><data key="nope">x</data></node>
            """)))
        #expect(error.message.contains(#"node "a""#) && error.message.contains(#"key "nope", which no <key> declares"#))
    }

    @Test func unknownRelationIsRefused() throws {
        let error = try #require(failure(graph("""
            <node id="a"/><node id="b"/><edge source="a" target="b"><data key="r">likes</data></edge>
            """)))
        #expect(error.message.contains(#"unknown relation "likes" (expected one of supports, warns, opposes)"#))
    }

    @Test func duplicateNodeIdIsRefused() throws {
        let error = try #require(failure(graph("<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>")))
        #expect(error.description == #"bad.graphml:5: duplicate node id "a" (first declared on line 3)"#)
    }

    @Test func danglingEdgeIsRefused() throws {
        let error = try #require(failure(graph("""
            <node id="a"/>
            <edge source="a" target="ghost"><data key="r">warns</data></edge>
            """)))
        #expect(error.line == 4)
        #expect(error.message.contains(#"target "ghost" names no declared node"#))
    }

    @Test func brokenEvidenceAndStructureAreRefused() throws {
        let evidenceKey = #"<key id="ev" for="edge" attr.name="evidence" attr.type="string"/>"#
        let base = graph("<node id=\"a\"/><edge source=\"a\" target=\"a\"><data key=\"r\">warns</data>"
            + "<data key=\"ev\">EVIDENCE</data></edge>").replacingOccurrences(of: "<graph ", with: evidenceKey + "<graph ")
        let notJSON = try #require(failure(base.replacingOccurrences(of: "EVIDENCE", with: "[{oops")))
        #expect(notJSON.message.contains("evidence is not a JSON array"))
        let missingField = try #require(failure(base.replacingOccurrences(
            of: "EVIDENCE", with: #"[{"article":"x","start":1,"end":2,"sentence":"s","cue":"c"}]"#)))
        #expect(missingField.message.contains(#"missing field "rule""#))

        #expect(failure(graph(#"<edge target="a"/>"#))?.message.contains("without a source") == true)
        #expect(failure(graph(#"<node/>"#))?.message.contains("<node> without an id") == true)
        #expect(failure(graph(#"<node id="a"><graph/></node>"#))?.message.contains("nested graphs") == true)
        #expect(failure(Self.header + "<graph/><graph/></graphml>")?.message.contains("second <graph>") == true)
    }

    @Test func missingFileAndFolderAreReportedWithThePath() {
        let missing = #expect(throws: FormatError.self) { try GraphMLReader.read(path: "/nonexistent/x.graphml") }
        #expect(missing?.description == "/nonexistent/x.graphml: cannot open: No such file or directory")
        let folder = #expect(throws: FormatError.self) { try GraphMLReader.read(path: NSTemporaryDirectory()) }
        #expect(folder?.message.contains("directory") == true)
    }

    @Test func errorDescriptionLeavesOutUnknownParts() {
        #expect(FormatError(file: "f.graphml", line: 3, column: 4, message: "m").description == "f.graphml:3:4: m")
        #expect(FormatError(file: "f.graphml", line: 3, message: "m").description == "f.graphml:3: m")
        #expect(FormatError(file: "f.graphml", column: 4, message: "m").description == "f.graphml: m")
        #expect(FormatError(file: "f.graphml", message: "m").description == "f.graphml: m")
        #expect(FormatError(file: "", message: "m").description == "m")
    }
}
