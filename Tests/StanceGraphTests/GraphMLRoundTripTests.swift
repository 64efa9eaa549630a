import Foundation
import PropertyBased
import Testing
import StanceModel
@testable import StanceFormats

/// write -> read -> write must reproduce a file byte for byte, whatever text
/// the articles contained: that is what makes GraphML a safe cache and lets
/// runs be compared with `diff`.
@Suite struct GraphMLRoundTripTests {
    /// Text that has broken XML and JSON writers before.
    static let hostile = [
        #"quotes " and ' and "both""#,
        "markup <a href=\"x\">&amp;</a> & < > ]]> <![CDATA[x]]>",
        #"back\slash \\ double \" escaped quote \n literal, trailing \"#,
        "new\nline, cr\rreturn, crlf\r\nend, tab\tend",
        "emoji 😀👩‍👩‍👧 flags 🇺🇦 and skin 👍🏽",
        "Arabic: الولايات المتحدة تحذر الصين. Hebrew: ישראל מזהירה.",
        "control \u{01}\u{0B}\u{0C}\u{1F}\u{0} and nonchars \u{FFFE}\u{FFFF}",
        "  leading and trailing spaces  ",
        "",
        " \n\t ",
        "json {\"a\":[1,2]} \\u0041 /slash/ \u{7F} \u{85} \u{2028}",
    ]

    static var hostileGraph: StanceGraph {
        var graph = StanceGraph()
        // Actors first: an edge to an unknown actor would create it with its
        // id as label, and reconciling would then keep that label.
        for (index, text) in hostile.enumerated() {
            graph.add(Actor(id: "A\(index)", label: text, kind: text))
        }
        for (index, text) in hostile.enumerated() {
            graph.add(EdgeKey(source: "A\(index)", relation: .warns, target: "A\((index + 1) % hostile.count)"),
                      evidence: Evidence(article: text, start: index, end: index + 5, sentence: text,
                                         cue: text, rule: text, speaker: index.isMultiple(of: 2) ? text : nil))
        }
        return graph
    }

    @Test func hostileTextRoundTripsByteForByte() throws {
        let first = try GraphMLWriter.data(Self.hostileGraph)
        let graph = try GraphMLReader.read(bytes: first, name: "hostile.graphml")
        let second = try GraphMLWriter.data(graph)
        #expect(first == second)
        #expect(graph.actors.count == Self.hostile.count)
        #expect(graph.edges.count == Self.hostile.count)
    }

    @Test func cleanTextComesBackUnchangedAndControlsAsReplacement() throws {
        let graph = try GraphMLReader.read(bytes: GraphMLWriter.data(Self.hostileGraph), name: "hostile")
        for (index, text) in Self.hostile.enumerated() {
            let expected = XMLText.clean(text)
            let actor = try #require(graph.actors["A\(index)"])
            #expect(actor.label == expected)
            #expect(actor.kind == expected)
            let edge = try #require(graph.edges.values.first { $0.source == "A\(index)" })
            #expect(edge.evidence.map(\.sentence) == [expected])
            #expect(edge.evidence.first?.speaker == (index.isMultiple(of: 2) ? expected : nil))
        }
        #expect(graph.actors["A9"]?.label == " \n\t ")
        #expect(graph.actors["A6"]?.label == "control \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} and nonchars \u{FFFD}\u{FFFD}")
        // Exact round trip of the whole graph when no text needed cleaning.
        let small = try GraphMLReader.read(bytes: GraphMLWriter.data(FormatsSamples.small), name: "small")
        #expect(small == FormatsSamples.small)
    }

    @Test func parallelEdgesBetweenOnePairSurvive() throws {
        var graph = StanceGraph()
        for relation in Relation.allCases {
            graph.add(EdgeKey(source: "IRN", relation: relation, target: "ISR"),
                      evidence: Evidence(article: "a", start: 0, end: 1, sentence: relation.rawValue,
                                         cue: "c", rule: "r"))
        }
        graph.add(Edge(key: EdgeKey(source: "ISR", relation: .opposes, target: "IRN")))
        let bytes = try GraphMLWriter.data(graph)
        let text = String(decoding: bytes, as: UTF8.self)
        let ids = text.split(separator: "\n").compactMap { line -> Substring? in
            guard let range = line.range(of: #"<edge id=""#) else { return nil }
            return line[range.upperBound...].prefix { $0 != "\"" }
        }
        #expect(ids == ["e0", "e1", "e2", "e3"])
        let back = try GraphMLReader.read(bytes: bytes, name: "parallel")
        #expect(back == graph)
        #expect(back.edges[EdgeKey(source: "ISR", relation: .opposes, target: "IRN")]?.weight == 0)
        #expect(try GraphMLWriter.data(back) == bytes)
    }

    @Test func fileRoundTripThroughAtomicWrite() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/nested/dir/graph.graphml"
        try GraphMLWriter.write(Self.hostileGraph, to: path)
        let onDisk = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(onDisk == (try GraphMLWriter.data(Self.hostileGraph)))
        let graph = try GraphMLReader.read(path: path)
        #expect(try GraphMLWriter.data(graph) == onDisk)
    }

    /// Random text from the whole Basic Multilingual Plane below the
    /// surrogates, controls included.
    @Test func randomTextRoundTrips() async {
        let text = Gen.character(in: "\u{0}"..."\u{D7FF}").string(of: 0...12)
        await propertyCheck(count: 200, input: text, text) { label, sentence in
            var graph = StanceGraph()
            graph.add(Actor(id: "A", label: label, kind: sentence))
            graph.add(EdgeKey(source: "A", relation: .supports, target: "B"),
                      evidence: Evidence(article: sentence, start: 0, end: 1, sentence: sentence,
                                         cue: label, rule: label, speaker: sentence))
            do {
                let first = try GraphMLWriter.data(graph)
                let back = try GraphMLReader.read(bytes: first, name: "random")
                #expect(try GraphMLWriter.data(back) == first)
                #expect(back.actors["A"]?.label == XMLText.clean(label))
                #expect(back.edges.values.first?.evidence.first?.sentence == XMLText.clean(sentence))
            } catch {
                Issue.record("round trip failed: \(error)")
            }
        }
    }
}
