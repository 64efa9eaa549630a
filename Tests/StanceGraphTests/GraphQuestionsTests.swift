import Foundation
import Testing
import StanceGraph

/// Questions about more than one actor (`query --with`, `query --depth`,
/// `stats`), on a small graph whose answers are worked out by hand.
@Suite struct GraphQuestionsTests {
    /// A chain and a few disagreements:
    /// USA supports UKR, UKR supports USA (reciprocated);
    /// RUS opposes UKR, UKR opposes RUS (reciprocated);
    /// CHN supports RUS, CHN opposes RUS (mixed);
    /// IND supports RUS, RUS warns IND (one-sided);
    /// JPN warns CHN.
    static let graph: StanceGraph = {
        var graph = StanceGraph()
        let edges: [(String, Relation, String, Int)] = [
            ("USA", .supports, "UKR", 3), ("UKR", .supports, "USA", 1), ("RUS", .opposes, "UKR", 5),
            ("UKR", .opposes, "RUS", 4), ("CHN", .supports, "RUS", 2), ("CHN", .opposes, "RUS", 1),
            ("IND", .supports, "RUS", 1), ("RUS", .warns, "IND", 1), ("JPN", .warns, "CHN", 2),
        ]
        for (index, (source, relation, target, weight)) in edges.enumerated() {
            let evidence = (0..<weight).map { k in
                Evidence(article: "a\(index)", start: k * 10, end: k * 10 + 5, sentence: "s\(index).\(k)",
                         cue: "cue", rule: "verb")
            }
            graph.add(Edge(key: EdgeKey(source: source, relation: relation, target: target), evidence: evidence))
        }
        for id in ["USA", "UKR", "RUS", "CHN", "IND", "JPN"] { graph.add(Actor(id: id, label: id, kind: "state")) }
        return graph
    }()

    private func keys(_ edges: [Edge]) -> [String] { edges.map(\.key.description) }

    @Test(arguments: [
        ("RUS", "UKR", Direction.both, ["RUS opposes UKR", "UKR opposes RUS"]),
        ("UKR", "RUS", Direction.outgoing, ["UKR opposes RUS"]),
        ("UKR", "RUS", Direction.incoming, ["RUS opposes UKR"]),
        ("CHN", "RUS", Direction.both, ["CHN supports RUS", "CHN opposes RUS"]),
        ("USA", "RUS", Direction.both, []),
    ])
    func stancesBetweenTwo(a: String, b: String, direction: Direction, expected: [String]) {
        #expect(keys(Self.graph.stances(between: a, and: b, direction: direction)) == expected)
    }

    @Test func theNeighbourhoodGrowsByStep() {
        let graph = Self.graph
        #expect(keys(graph.neighbourhood(of: "JPN", depth: 1)) == ["JPN warns CHN"])
        #expect(Set(keys(graph.neighbourhood(of: "JPN", depth: 2)))
                == ["JPN warns CHN", "CHN supports RUS", "CHN opposes RUS"])
        // Step 3 reaches UKR and IND through RUS; USA only at step 4.
        #expect(graph.neighbourhood(of: "JPN", depth: 3).count == 7)
        #expect(Set(keys(graph.neighbourhood(of: "JPN", depth: 4))) == Set(keys(Array(graph.edges.values))))
        // Following stances out of each actor only: JPN -> CHN -> RUS -> UKR, IND.
        #expect(Set(keys(graph.neighbourhood(of: "JPN", depth: 3, direction: .outgoing)))
                == ["JPN warns CHN", "CHN supports RUS", "CHN opposes RUS", "RUS opposes UKR", "RUS warns IND"])
        #expect(graph.neighbourhood(of: "JPN", depth: 0).isEmpty)
    }

    @Test func statisticsRankAndFindContestedAndReciprocatedPairs() {
        let stats = Self.graph.statistics
        #expect(stats.actors == 6 && stats.edges == 9)
        #expect(stats.byRelation == ["supports": 4, "opposes": 3, "warns": 2])
        // Two stances held each, then by sentences: RUS 6, UKR 5, CHN 3;
        // one each: USA 3, JPN 2, IND 1.
        #expect(stats.ranking.map(\.id) == ["RUS", "UKR", "CHN", "USA", "JPN", "IND"])
        let russia = stats.ranking[0]
        #expect(russia.held == ["opposes": 1, "warns": 1] && russia.received == ["opposes": 2, "supports": 2])
        #expect(russia.heldWeight == 6 && russia.receivedWeight == 8)
        #expect(stats.contested.map(\.edges) == [["CHN supports RUS", "CHN opposes RUS"],
                                                 ["IND supports RUS", "RUS warns IND"]])
        #expect(stats.contested.map(\.kind) == ["mixed", "oneSided"])
        #expect(stats.reciprocated.map(\.edges) == [["RUS opposes UKR", "UKR opposes RUS"],
                                                    ["UKR supports USA", "USA supports UKR"]])
    }

    @Test func theCommandsAnswerThem() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("g.graphml").path
        try GraphMLWriter.write(Self.graph, to: file)
        let with = try TestSupport.run(["query", file, "--actor", "RUS", "--with", "UKR"])
        #expect(with.status == 0)
        #expect(with.out.hasPrefix("RUS (RUS) with UKR (UKR): 2 relationships"), "\(with.out)")
        let depth = try TestSupport.run(["query", file, "--actor", "JPN", "--depth", "2", "--json"])
        #expect(depth.out.contains("\"scope\" : \"within 2 steps\""), "\(depth.out)")
        let stats = try TestSupport.run(["stats", file, "--json"])
        #expect(stats.status == 0)
        let decoded = try JSONDecoder().decode(GraphStatistics.self, from: Data(stats.out.utf8))
        #expect(decoded == Self.graph.statistics)
        let table = try TestSupport.run(["stats", file, "--top", "2"])
        #expect(table.out.contains("  RUS (RUS)  held 0/1/1  received 2/0/2"), "\(table.out)")
        #expect(table.out.contains("... 4 more"))
        #expect(table.out.contains("contested pairs: 2") && table.out.contains("reciprocated pairs: 2"))
    }
}
