import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// `--csv-edges` and `--csv-evidence`: RFC 4180 tables that pandas reads
/// without options, whatever the sentences hold (commas, quotes, line
/// breaks, non-ASCII letters).
@Suite struct CSVTablesTests {
    private var graph: StanceGraph { GraphMLConformanceTests.sample }

    @Test func headerAndOneRowPerEdgeAndPerSentence() throws {
        let graph = graph
        let edges = String(decoding: try CSVTables.edges(graph), as: UTF8.self)
        #expect(edges.hasPrefix(CSVTables.edgeColumns.joined(separator: ",") + "\r\n"))
        #expect(edges.hasSuffix("\r\n"))
        let evidence = String(decoding: try CSVTables.evidence(graph), as: UTF8.self)
        #expect(evidence.hasPrefix(CSVTables.evidenceColumns.joined(separator: ",") + "\r\n"))
        // A quote inside a field is doubled and the field quoted.
        let quoted = StanceGraph.withEvidence(sentence: "He said \"no\", twice.\nThen left.")
        let table = String(decoding: try CSVTables.evidence(quoted), as: UTF8.self)
        #expect(table.contains("\"He said \"\"no\"\", twice.\nThen left.\""), "\(table)")
    }

    @Test func pandasReadsBothTablesWithoutOptions() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let graph = graph
        try CSVTables.writeEdges(graph, to: folder + "/edges.csv")
        try CSVTables.writeEvidence(graph, to: folder + "/evidence.csv")
        let sentences = graph.sortedEdges.flatMap { $0.evidence.map(\.sentence) }
        try JSONSerialization.data(withJSONObject: sentences).write(to: URL(fileURLWithPath: folder + "/sentences.json"))
        let script = """
        import pandas, json, sys
        edges = pandas.read_csv(sys.argv[1] + "/edges.csv", keep_default_na=False)
        evidence = pandas.read_csv(sys.argv[1] + "/evidence.csv", keep_default_na=False)
        assert list(edges.columns) == sys.argv[2].split(","), list(edges.columns)
        assert len(edges) == int(sys.argv[3]), len(edges)
        assert int(edges["weight"].sum()) == int(sys.argv[4])
        expected = json.load(open(sys.argv[1] + "/sentences.json"))
        assert list(evidence["sentence"]) == expected, (list(evidence["sentence"]), expected)
        """
        let total = graph.edges.values.reduce(0) { $0 + $1.weight }
        guard let status = try GraphMLForeignTests.python(script, [folder, CSVTables.edgeColumns.joined(separator: ","),
                                                                    "\(graph.edges.count)", "\(total)"]) else {
            return  // no pandas here; .ci/setup installs it
        }
        #expect(status == 0)
    }
}

extension StanceGraph {
    /// One edge with one evidence sentence.
    static func withEvidence(sentence: String) -> StanceGraph {
        var graph = StanceGraph()
        graph.add(Edge(key: EdgeKey(source: "PER", relation: .opposes, target: "CHL"),
                       evidence: [Evidence(article: "a1", start: 0, end: sentence.unicodeScalars.count,
                                           sentence: sentence, cue: "said", rule: "verb")]))
        return graph
    }
}
