import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// DOT output: every id quoted, every string escaped so Graphviz reads back
/// exactly one graph with the same nodes and edges.
@Suite struct DOTWriterTests {
    @Test func smallGraphShape() {
        let text = DOTWriter.string(FormatsSamples.small)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == #"digraph "stancegraph" {"#)
        #expect(lines.last == "}")
        #expect(lines.contains(#"  "USA" [label="United States", tooltip="state"];"#))
        #expect(lines.contains(#"  "RUS" [label="Russia"];"#))
        #expect(lines.contains(##"  "RUS" -> "USA" [label="opposes (2)", color="#D55E00", fontcolor="#D55E00", "##
            + ##"style="bold", penwidth=2, weight=2, tooltip="Russia opposes the US."];"##))
        #expect(lines.filter { $0.contains(" -> ") }.count == 3)
        // The legend is the graph label, not extra nodes.
        let graphLine = lines.first { $0.hasPrefix("  graph [") } ?? ""
        for relation in Relation.allCases {
            #expect(graphLine.contains(#"<font color="\#(DOTWriter.style(of: relation).color)">\#(relation.rawValue)"#))
        }
        #expect(lines.filter { $0.hasSuffix("];") && !$0.contains(" -> ") && $0.hasPrefix("  \"") }.count == 3)
    }

    @Test func quotesBackslashesAndNewlinesAreEscaped() {
        #expect(DOTText.quoted(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTText.quoted(#"a\b"#) == #""a\\b""#)
        #expect(DOTText.quoted("trailing\\") == #""trailing\\""#)
        #expect(DOTText.quoted("one\ntwo\r\nthree\rfour") == #""one\ntwo\nthree\nfour""#)
        #expect(DOTText.quoted("ctl\u{01}") == "\"ctl\u{FFFD}\"")
        #expect(DOTText.quoted("ممنوع 😀") == "\"ممنوع 😀\"")
        var graph = StanceGraph()
        graph.add(Actor(id: "X", label: "line1\nline2 \"q\" \\N", kind: ""))
        #expect(DOTWriter.string(graph).contains(#"  "X" [label="line1\nline2 \"q\" \\N"];"#))
    }

    @Test(arguments: ["node", "edge", "graph", "digraph", "subgraph", "strict", "2nd", "-1.5", "a b", "é"])
    func keywordsAndOddIdsAreQuoted(id: String) {
        var graph = StanceGraph()
        graph.add(Edge(key: EdgeKey(source: id, relation: .supports, target: "B")))
        let text = DOTWriter.string(graph)
        #expect(text.contains("  \"\(id)\" -> \"B\" ["))
        #expect(text.contains("  \"\(id)\" [label=\"\(id)\"];"))
    }

    @Test func longTextIsTruncatedAtAWholeCharacter() {
        let long = String(repeating: "\\\"ab😀", count: 5000)
        let quoted = DOTText.quoted(long)
        #expect(quoted.utf8.count < DOTText.idLimit + 10)
        #expect(quoted.hasSuffix("…\""))
        #expect(!quoted.dropLast(2).hasSuffix("\\") || quoted.dropLast(2).hasSuffix("\\\\"))
        let tooltip = DOTText.quoted(long, limit: DOTText.tooltipLimit)
        #expect(tooltip.utf8.count < DOTText.tooltipLimit + 10)
        // Long ids keep distinct nodes distinct.
        let a = String(repeating: "x", count: 3000) + "a", b = String(repeating: "x", count: 3000) + "b"
        #expect(DOTText.id(a) != DOTText.id(b))
        #expect(DOTText.id(a).utf8.count < 2100)
        #expect(DOTText.id("short") == #""short""#)
    }

    @Test func penwidthGrowsWithWeightAndIsCapped() {
        #expect(DOTWriter.penwidth(weight: 0) == "1")
        #expect(DOTWriter.penwidth(weight: 1) == "1")
        #expect(DOTWriter.penwidth(weight: 2) == "2")
        #expect(DOTWriter.penwidth(weight: 3) == "2.58")
        #expect(DOTWriter.penwidth(weight: 1_000_000) == "8")
        #expect(DOTText.decimal(1.05) == "1.05")
        #expect(DOTText.decimal(2.5) == "2.5")
    }

    @Test func outputIsDeterministic() throws {
        let graph = GraphMLRoundTripTests.hostileGraph
        let rebuilt = StanceGraph(actors: graph.sortedActors.reversed(), edges: graph.sortedEdges.reversed())
        #expect(DOTWriter.string(graph) == DOTWriter.string(rebuilt))
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/g.dot"
        try DOTWriter.write(graph, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == DOTWriter.string(graph))
    }
}
