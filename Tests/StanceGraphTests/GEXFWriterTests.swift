import Foundation
import FoundationXML
import Testing
import StanceModel
@testable import StanceFormats

/// `--gexf`: GEXF 1.3 for Gephi, dynamic when the graph has dates, loaded by
/// networkx with its time attributes; elements and attributes checked
/// against the GEXF 1.3 specification (no copy of its schema ships with a
/// package here, so the test names what the specification allows).
@Suite struct GEXFWriterTests {
    static var graph: StanceGraph {
        var graph = StanceGraph()
        func add(_ source: String, _ relation: Relation, _ target: String, _ days: [String]) {
            for (index, day) in days.enumerated() {
                var part = StanceGraph()
                part.add(Edge(key: EdgeKey(source: source, relation: relation, target: target), evidence: [
                    Evidence(article: "\(source)\(relation)\(index)", start: 0, end: 5, sentence: "s & <t>",
                             cue: "cue", rule: "verb")]))
                graph.merge((try? part.dated(day)) ?? part)
            }
        }
        add("RUS", .opposes, "UKR", ["2024-03-01", "2024-03-02", "2024-03-09"])
        add("RUS", .supports, "UKR", ["2024-04-01"])
        add("JPN", .warns, "CHN", ["2024-05-05"])
        for (id, label) in [("RUS", "Russia"), ("UKR", "Ukraine"), ("JPN", "Japan"), ("CHN", "China")] {
            graph.add(Actor(id: id, label: label, kind: "state"))
        }
        return graph
    }

    @Test func spellsAreRunsOfConsecutiveDays() {
        let days = ["2024-03-09", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-01"].compactMap(Day.number)
        let spells = GEXFWriter.spells(days: days, first: nil, last: nil)
        #expect(spells.map { "\($0.start)..\($0.end)" } == ["2024-02-28..2024-03-01", "2024-03-09..2024-03-09"])
        #expect(GEXFWriter.spells(days: [], first: "2024-01-01", last: "2024-02-01").count == 1)
        #expect(GEXFWriter.spells(days: [], first: nil, last: nil).isEmpty)
        func next(_ day: String) -> String? { Day.number(day).flatMap(Day.next).flatMap(Day.text) }
        #expect(next("2023-12-31") == "2024-01-01")
        #expect(next("2023-02-28") == "2023-03-01")
        #expect(next("2024-02-28") == "2024-02-29")
        #expect(next("2024-13-01") == nil)
    }

    @Test func onlyWhatGEXF13DefinesIsWritten() throws {
        let text = String(decoding: try GEXFWriter.data(Self.graph), as: UTF8.self)
        let document = try XMLDocument(xmlString: text)
        let root = try #require(document.rootElement())
        #expect(root.name == "gexf" && text.contains(#"version="1.3""#))
        // Elements and attributes of the GEXF 1.3 specification (and its viz module).
        let allowed: [String: Set<String>] = [
            "gexf": ["xmlns", "xmlns:viz", "xmlns:xsi", "xsi:schemaLocation", "version"],
            "meta": ["lastmodifieddate"], "creator": [], "description": [],
            "graph": ["defaultedgetype", "mode", "timeformat", "start", "end", "timerepresentation", "idtype"],
            "attributes": ["class", "mode", "start", "end"], "attribute": ["id", "title", "type"],
            "nodes": ["count"], "node": ["id", "label", "start", "end", "pid"],
            "edges": ["count"], "edge": ["id", "source", "target", "kind", "label", "weight", "type", "start", "end"],
            "attvalues": [], "attvalue": ["for", "value", "start", "end", "timestamps"],
            "spells": [], "spell": ["start", "end"],
            "viz:color": ["r", "g", "b", "a"], "viz:thickness": ["value"], "viz:shape": ["value", "uri"],
        ]
        func check(_ element: XMLElement) {
            let name = element.name ?? ""
            guard let attributes = allowed[name] else {
                Issue.record("<\(name)> is not a GEXF 1.3 element")
                return
            }
            for attribute in element.attributes ?? [] where !attributes.contains(attribute.name ?? "") {
                Issue.record("<\(name) \(attribute.name ?? "")> is not a GEXF 1.3 attribute")
            }
            for child in element.children ?? [] { if let child = child as? XMLElement { check(child) } }
        }
        check(root)
        #expect(text.contains(#"<graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#))
        // Colours by relation, the DOT palette; the kind keeps parallel stances apart.
        #expect(text.contains(#"kind="opposes" label="opposes" weight="3""#))
        #expect(text.contains(#"<viz:color r="213" g="94" b="0"/>"#))   // opposes #D55E00
        #expect(text.contains(#"<viz:color r="0" g="158" b="115"/>"#))  // supports #009E73
        #expect(text.contains(#"<viz:shape value="dashed"/>"#))          // warns
        #expect(text.contains("s &amp; &lt;t&gt;") == false, "evidence is not written to GEXF")
        // The weight over time: the sentences of each day on that day.
        #expect(text.contains(#"<attvalue for="sentences" value="1" start="2024-03-09" end="2024-03-09"/>"#))
        #expect(text.contains(#"<spell start="2024-03-01" end="2024-03-02"/>"#))
    }

    @Test func networkxLoadsItWithTimeAttributes() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/g.gexf"
        try GEXFWriter.write(Self.graph, to: path)
        let script = """
        import networkx, sys
        g = networkx.read_gexf(sys.argv[1], version="1.3")
        assert g.graph["mode"] == "dynamic", g.graph
        assert isinstance(g, networkx.MultiDiGraph)
        assert g.number_of_nodes() == 4 and g.number_of_edges() == 3, (g.number_of_nodes(), g.number_of_edges())
        kinds = sorted((u, v, d["label"], d["weight"], tuple(d.get("spells", []))) for u, v, d in g.edges(data=True))
        assert kinds == [("JPN", "CHN", "warns", 1.0, (("2024-05-05", "2024-05-05"),)),
                         ("RUS", "UKR", "opposes", 3.0, (("2024-03-01", "2024-03-02"), ("2024-03-09", "2024-03-09"))),
                         ("RUS", "UKR", "supports", 1.0, (("2024-04-01", "2024-04-01"),))], kinds
        assert g.nodes["RUS"]["label"] == "Russia" and g.nodes["RUS"]["kind"] == "state"
        """
        guard let status = try GraphMLForeignTests.python(script, [path]) else { return }
        #expect(status == 0)
    }
}
