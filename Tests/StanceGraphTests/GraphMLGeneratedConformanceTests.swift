import Foundation
import Testing
import StanceModel
import StanceGraph
@testable import StanceFormats

/// Generated graphs with hostile names and text, written by our writers and
/// judged by the shared conformance kit (schema, networkx, igraph,
/// Graphviz) inside the suite (issue 4 part 1), and read back by networkx
/// and igraph with the same attribute values. Skipped, like
/// `GraphMLConformanceTests`, when the kit or its tools are missing.
@Suite struct GraphMLGeneratedConformanceTests {
    /// Pieces that generated text is made of.
    static let pieces = GraphMLRoundTripTests.hostile + [
        "\"", "'", "<", ">", "&", "&amp;", "\\", "\\\\", "\n", "\r\n", "\t", "😀", "👩‍👩‍👧", "שלום", "مرحبا",
        "\u{202E}rtl-override", "\u{200F}", "\u{01}", "\u{1B}[31m", "node", "graph", "edge", "--", "->", "%", "{}", "[]",
    ]

    /// Valid GraphML ids (xs:NMTOKEN) that are still awkward for DOT.
    static let ids = ["node", "graph", "edge", "digraph", "subgraph", "strict", "0", "1e5", "-", "a.b", "x:y",
                      "Ωmega", "中国", "مصر", "_", "A-B", "trailing.", "x·y"]

    /// Seeded (SplitMix64), so a failure can be reproduced from its seed.
    static func text(_ random: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func graph(seed: UInt64) -> StanceGraph {
        var random = SplitMix64(seed: seed)
        var graph = StanceGraph()
        let chosen = Array(ids.shuffled(using: &random).prefix(Int.random(in: 2...ids.count, using: &random)))
        for id in chosen { graph.add(Actor(id: id, label: text(&random), kind: text(&random))) }
        for _ in 0..<Int.random(in: 1...25, using: &random) {
            let key = EdgeKey(source: chosen.randomElement(using: &random)!,
                              relation: Relation.allCases.randomElement(using: &random)!,
                              target: chosen.randomElement(using: &random)!)
            let start = Int.random(in: 0...500, using: &random)
            graph.add(key, evidence: Evidence(article: text(&random), start: start, end: start + 10,
                                              sentence: text(&random), cue: text(&random), rule: text(&random),
                                              speaker: Bool.random(using: &random) ? text(&random) : nil))
        }
        if Bool.random(using: &random) { graph = try! graph.dated("2024-0\(Int.random(in: 1...9, using: &random))-01") }
        // Stories and sources (their keys and the sketch text) on some graphs.
        if Bool.random(using: &random) {
            let date = Bool.random(using: &random) ? "2024-1\(Int.random(in: 0...2, using: &random))-02" : nil
            graph = graph.stamped(Provenance(source: text(&random), date: date),
                                  trace: ArticleTrace(text: text(&random), source: text(&random)))
        }
        if Bool.random(using: &random) { graph.capEvidence(Int.random(in: 0...2, using: &random)) }
        return graph
    }

    static let seeds: [UInt64] = Array(1...8)

    @Test(arguments: seeds)
    func generatedGraphPassesTheKit(seed: UInt64) throws {
        let graph = Self.graph(seed: seed)
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let graphml = folder + "/g.graphml", dot = folder + "/g.dot"
        try GraphMLWriter.write(graph, to: graphml)
        try DOTWriter.write(graph, to: dot)
        let counts = ["--expect-nodes", String(graph.actors.count), "--expect-edges", String(graph.edges.count)]
        if let (status, output) = try GraphMLConformanceTests.run("check-graphml", counts + ["--require-directed", graphml],
                                                                  needs: "/usr/bin/xmllint"), status != 0 {
            Issue.record("seed \(seed): check-graphml failed:\n\(output)")
        }
        if let (status, output) = try GraphMLConformanceTests.run("check-dot", counts + [dot], needs: "/usr/bin/dot"),
           status != 0 {
            Issue.record("seed \(seed): check-dot failed:\n\(output)")
        }
        try expectSameValuesInPython(graph, file: graphml, seed: seed)
    }

    /// networkx and igraph must read the same labels, relations, counts,
    /// dates and evidence text as we wrote (after XML cleaning).
    func expectSameValuesInPython(_ graph: StanceGraph, file: String, seed: UInt64) throws {
        let script = """
            import json, sys
            import networkx as nx, igraph
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            nxv = {"nodes": sorted([n, d.get("label", ""), d.get("kind", "")] for n, d in g.nodes(data=True)),
                   "edges": sorted([u, v, d["relation"], int(d["weight"]), int(d["articles"]), d["evidence"],
                                    d.get("first_seen", ""), int(d.get("stories", -1)), int(d.get("sources", -1))]
                                   for u, v, d in g.edges(data=True))}
            h = igraph.Graph.Read_GraphML(sys.argv[1])
            def s(x): return "" if x is None else x
            igv = {"nodes": sorted([v["id"], s(v["label"]), s(v["kind"]) if "kind" in h.vs.attributes() else ""] for v in h.vs),
                   "edges": sorted([h.vs[e.source]["id"], h.vs[e.target]["id"], e["relation"], int(e["weight"]),
                                    int(e["articles"]), e["evidence"],
                                    s(e["first_seen"]) if "first_seen" in h.es.attributes() else "",
                                    int(e["stories"]) if "stories" in h.es.attributes() else -1,
                                    int(e["sources"]) if "sources" in h.es.attributes() else -1] for e in h.es)}
            print(json.dumps({"networkx": nxv, "igraph": igv}))
            """
        guard let output = try Self.python(script, [file]) else { return }
        struct Values: Decodable, Equatable {
            var nodes: [[String]]
            var edges: [[Value]]
        }
        enum Value: Decodable, Equatable {
            case text(String), number(Int)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Int.self) { self = .number(number) } else {
                    self = .text(try container.decode(String.self))
                }
            }
        }
        let read = try JSONDecoder().decode([String: Values].self, from: Data(output.utf8))
        let clean = XMLText.clean
        let expected = Values(
            nodes: graph.sortedActors.map { [$0.id, clean($0.label), clean($0.kind)] }.sorted { $0.lexicographicallyPrecedes($1) },
            edges: graph.sortedEdges.map { edge -> [Value] in
                [.text(edge.source), .text(edge.target), .text(edge.relation.rawValue), .number(edge.weight),
                 .number(edge.articles), .text(EvidenceJSON.encode(edge.evidence)), .text(edge.firstSeen ?? ""),
                 .number(edge.stories.isEmpty ? -1 : edge.stories.stories),
                 .number(edge.stories.isEmpty ? -1 : edge.stories.sources)]
            })
        for library in ["networkx", "igraph"] {
            let values = try #require(read[library])
            #expect(values.nodes.sorted { $0.lexicographicallyPrecedes($1) } == expected.nodes,
                    "seed \(seed): \(library) node values differ")
            #expect(Set(values.edges.map { "\($0)" }) == Set(expected.edges.map { "\($0)" }),
                    "seed \(seed): \(library) edge values differ")
        }
    }

    /// stdout of `python3 -c script arguments`, or nil when networkx or
    /// igraph cannot be imported.
    static func python(_ script: String, _ arguments: [String]) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx, igraph"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let run = Process()
        run.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        run.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe(), err = Pipe()
        run.standardOutput = pipe
        run.standardError = err
        try run.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        try #require(run.terminationStatus == 0, "python failed: \(errors)")
        return String(decoding: data, as: UTF8.self)
    }
}
