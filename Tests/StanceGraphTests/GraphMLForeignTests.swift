import Foundation
import PropertyBased
import StanceModel
import Testing
@testable import StanceFormats

/// GraphML written by other tools goes through read -> merge -> write with
/// everything we do not interpret intact (issue 4 part 2): yEd's layout,
/// Gephi's positions and colours, a user's own attributes, graph data.
@Suite struct GraphMLForeignTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> StanceGraph {
        try GraphMLReader.read(path: fixtures.appendingPathComponent(name).path)
    }

    /// A graph of ours that shares RUS with the yEd file and adds an edge.
    static var news: StanceGraph {
        var graph = StanceGraph()
        graph.add(Actor(id: "RUS", label: "Russia", kind: "state"))
        graph.add(Actor(id: "JPN", label: "Japan", kind: "state"))
        graph.add(EdgeKey(source: "RUS", relation: .warns, target: "JPN"), evidence: Evidence(
            article: "n1", start: 0, end: 20, sentence: "Russia warned Japan.", cue: "warned", rule: "verb"))
        return graph
    }

    @Test func yEdLayoutSurvivesMergeAndWrite() throws {
        let yed = try Self.fixture("yed-layout.graphml")
        let merged = yed.merging(Self.news)
        #expect(merged == Self.news.merging(yed))
        let bytes = try GraphMLWriter.data(merged)
        let text = String(decoding: bytes, as: UTF8.self)
        for expected in [#"xmlns:y="http://www.yworks.com/xml/graphml""#, #"yfiles.type="nodegraphics""#,
                         #"<y:Geometry height="30.0" width="30.0" x="120.5" y="-40.25"/>"#,
                         #"<y:Point x="200.0" y="10.0"/>"#, "Russia &amp; co", "<y:Resources",
                         #"<data key="d0">Layout by hand</data>"#, "https://example.org/chn?a=1&amp;b=2"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let back = try GraphMLReader.read(bytes: bytes, name: "merged.graphml")
        #expect(back == merged)
        #expect(try GraphMLWriter.data(back) == bytes)
        #expect(back.edges.count == 2 && back.actors["RUS"]?.label == "Russia")
    }

    @Test func gephiPositionsAndColoursSurvive() throws {
        let gephi = try Self.fixture("gephi-export.graphml")
        let warns = try #require(gephi.edges[EdgeKey(source: "USA", relation: .warns, target: "CHN")])
        #expect(warns.weight == 2 && warns.articles == 1 && warns.evidence.isEmpty)
        let merged = gephi.merging(Self.news)
        let bytes = try GraphMLWriter.data(merged)
        let back = try GraphMLReader.read(bytes: bytes, name: "gephi-merged")
        let usa = try #require(back.foreign.nodes["USA"])
        let values = Dictionary(uniqueKeysWithValues: usa.map { ($0.key.attribute("attr.name") ?? "", $0.value) })
        #expect(values == ["Modularity Class": "0", "size": "12.5", "r": "0", "g": "158", "b": "115",
                           "x": "-34.80957", "y": "112.34"])
        // Gephi's "Edge Label" key had our id `edgelabel`: it is renamed
        // once, then stays, so the second round trip is byte-identical.
        #expect(back.foreign.nodes == merged.foreign.nodes && back.foreign.edges == merged.foreign.edges)
        #expect(back.edges == merged.edges && back.actors == merged.actors)
        let again = try GraphMLWriter.data(back)
        #expect(try GraphMLWriter.data(try GraphMLReader.read(bytes: again, name: "again")) == again)
    }

    @Test func clashingForeignValuesMergeTheSameWayInAnyOrder() throws {
        let yed = try Self.fixture("yed-layout.graphml")
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("yed-layout.graphml"), encoding: .utf8)
        let moved = try GraphMLReader.read(bytes: Array(text.replacingOccurrences(of: "x=\"120.5\"", with: "x=\"999\"").utf8),
                                           name: "moved.graphml")
        let one = try GraphMLWriter.data(yed.merging(moved).merging(Self.news))
        let other = try GraphMLWriter.data(Self.news.merging(moved.merging(yed)))
        #expect(one == other)
        #expect(yed.merging(yed) == yed)
    }

    /// Foreign data merges as a union with the smaller value on a clash:
    /// commutative, associative and idempotent.
    @Test func foreignDataMergeLaws() async {
        let gen = Gen.int(in: 0...63).array(of: 0...12)
        func data(_ codes: [Int]) -> ForeignData {
            var data = ForeignData()
            for code in codes {
                let key = ForeignKey(domain: "node", attributes: [.init(name: "attr.name", value: "k\(code % 3)")])
                data.keyIDs[key] = "d\(code % 3 + (code / 32))"
                data.nodes["N\(code % 4)", default: [:]][key] = "v\(code / 4 % 4)"
                if code % 5 == 0 { data.graph[key] = "g\(code)" }
                data.namespaces["p\(code % 2)"] = "urn:\(code % 3)"
            }
            return data
        }
        await propertyCheck(count: 200, input: gen, gen, gen) { a, b, c in
            var x = StanceGraph(), y = StanceGraph(), z = StanceGraph()
            x.foreign = data(a); y.foreign = data(b); z.foreign = data(c)
            #expect(x.merging(y) == y.merging(x))
            #expect(x.merging(y).merging(z) == x.merging(y.merging(z)))
            #expect(x.merging(x) == x)
        }
    }

    @Test func foreignKeyIDsAvoidOursAndEachOther() throws {
        var data = ForeignData()
        let a = ForeignKey(domain: "node", attributes: [.init(name: "attr.name", value: "colour")])
        let b = ForeignKey(domain: "edge", attributes: [.init(name: "attr.name", value: "colour")])
        data.keyIDs[a] = "relation"   // a file used one of our ids for its own key
        data.keyIDs[b] = "relation"
        let ids = GraphMLWriter.foreignKeyIDs(data).map(\.id)
        #expect(ids == ["relation_2", "relation_3"])
    }

    /// networkx and igraph outputs, made by the real libraries from a file
    /// we wrote, with a user attribute added; skipped when Python or the
    /// libraries are missing.
    @Test(arguments: ["networkx", "igraph"])
    func pythonLibraryOutputMerges(library: String) throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let ours = folder + "/ours.graphml", theirs = folder + "/theirs.graphml"
        try GraphMLWriter.write(FormatsSamples.small, to: ours)
        let script = library == "networkx" ? """
            import networkx as nx, sys
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            for n in g.nodes: g.nodes[n]["community"] = len(n)
            g.graph["note"] = "from networkx"
            nx.write_graphml(g, sys.argv[2])
            """ : """
            import igraph, sys
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            g.vs["community"] = [len(v["id"]) for v in g.vs]
            g.write_graphml(sys.argv[2])
            """
        guard let status = try Self.python(script, [ours, theirs]) else { return }
        try #require(status == 0, "\(library) failed")
        let read = try GraphMLReader.read(path: theirs)
        #expect(Set(read.actors.keys) == Set(FormatsSamples.small.actors.keys))
        #expect(Set(read.edges.keys) == Set(FormatsSamples.small.edges.keys))
        for (key, edge) in FormatsSamples.small.edges {
            #expect(read.edges[key]?.weight == edge.weight)
            #expect(read.edges[key]?.evidence == edge.evidence)
        }
        let merged = read.merging(FormatsSamples.small)
        #expect(merged.edges == FormatsSamples.small.edges)
        let community = merged.foreign.nodes["USA"]?.first { $0.key.attribute("attr.name") == "community" }
        #expect(community?.value == "3")
        let back = try GraphMLReader.read(bytes: try GraphMLWriter.data(merged), name: "merged")
        #expect(back == merged)
    }

    /// Runs `python3 -c script arguments`; nil when python3 or the library
    /// cannot be imported.
    static func python(_ script: String, _ arguments: [String]) throws -> Int32? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/env") else { return nil }
        let module = script.split(separator: "\n")[0].replacingOccurrences(of: "import ", with: "")
            .split(separator: ",")[0].split(separator: " ")[0]
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import \(module)"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
