import PropertyBased
import StanceGraph
import Testing

@Suite("Graph model")
struct GraphModelTests {
    static let codes = Gen.int(in: 0...2699).array(of: 0...30)

    @Test func weightCountsSentencesAndArticlesCountsDistinctArticles() {
        var graph = StanceGraph()
        let key = EdgeKey(source: "RUS", relation: .supports, target: "CHN")
        func item(_ article: String, _ start: Int, cue: String = "backs") -> Evidence {
            Evidence(article: article, start: start, end: start + 10, sentence: "s", cue: cue, rule: "r")
        }
        graph.add(key, evidence: item("a", 0))
        graph.add(key, evidence: item("a", 20))
        graph.add(key, evidence: item("b", 0))
        graph.add(key, evidence: item("a", 0, cue: "supports"))   // same sentence again
        let edge = try! #require(graph.edges[key])
        #expect(edge.weight == 3)
        #expect(edge.articles == 2)
        #expect(edge.evidence.map(\.article) == ["a", "a", "b"])
        // A clash at one location keeps the smaller item, whichever came first.
        #expect(edge.evidence[0].cue == "backs")
    }

    /// `edgeOrder` sorts packed integer ranks instead of keys; it must give
    /// exactly the order of `EdgeKey.<`, non-ASCII and mixed-case ids too.
    @Test(arguments: [1, 2, 3] as [UInt64]) func edgeOrderIsKeyOrder(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let ids = ["a", "B", "Z", "é", "É", "e\u{301}", "ab", "a b", "10", "9", "NATO", "nato", "Ωmega", "中国"]
        var graph = StanceGraph()
        for _ in 0..<400 {
            let key = EdgeKey(source: ids[random.below(ids.count)], relation: Relation.allCases[random.below(3)],
                              target: ids[random.below(ids.count)])
            graph.add(key, evidence: Evidence(article: "a", start: 0, end: 1, sentence: "s", cue: "c", rule: "verb"))
        }
        #expect(graph.edgeOrder.map { graph.edges.keys[$0] } == graph.edges.keys.sorted())
        #expect(graph.sortedEdges.map(\.key) == graph.edges.keys.sorted())
    }

    @Test func edgesAddTheirEndpoints() {
        var graph = StanceGraph()
        graph.add(EdgeKey(source: "A", relation: .warns, target: "B"),
                  evidence: Evidence(article: "x", start: 0, end: 1, sentence: "s", cue: "c", rule: "r"))
        #expect(graph.sortedActors.map(\.id) == ["A", "B"])
    }

    @Test func parallelRelationsBetweenOnePairAreSeparateEdges() {
        let graph = TestSupport.graph(from: [0 + 5, 25 + 5, 50 + 5])   // RUS->CHN, three relations
        #expect(graph.edges.count == 3)
        #expect(Set(graph.edges.keys.map(\.relation)) == Set(Relation.allCases))
    }

    @Test func mergeIsCommutative() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes) { a, b in
            let x = TestSupport.graph(from: a), y = TestSupport.graph(from: b)
            #expect(x.merging(y) == y.merging(x))
        }
    }

    @Test func mergeIsAssociative() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes, Self.codes) { a, b, c in
            let x = TestSupport.graph(from: a), y = TestSupport.graph(from: b), z = TestSupport.graph(from: c)
            #expect(x.merging(y).merging(z) == x.merging(y.merging(z)))
        }
    }

    @Test func mergeIsIdempotent() async {
        await propertyCheck(count: 200, input: Self.codes) { a in
            let x = TestSupport.graph(from: a)
            #expect(x.merging(x) == x)
        }
    }

    @Test func mergingPiecesEqualsBuildingAtOnce() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes) { a, b in
            #expect(TestSupport.graph(from: a).merging(TestSupport.graph(from: b)) == TestSupport.graph(from: a + b))
        }
    }

    @Test func relationshipsFilterByDirectionAndRelation() {
        let graph = TestSupport.graph(from: [5, 1, 30])   // RUS supports CHN, CHN supports RUS, RUS warns CHN
        #expect(graph.relationships(of: "RUS", direction: .outgoing).map(\.key.description)
                == ["RUS supports CHN", "RUS warns CHN"])
        #expect(graph.relationships(of: "RUS", direction: .incoming).map(\.key.description) == ["CHN supports RUS"])
        #expect(graph.relationships(of: "RUS", relation: .warns).count == 1)
        #expect(graph.relationships(of: "NATO").isEmpty)
    }

    @Test func actorsReconcileSymmetrically() {
        let a = Actor(id: "X", label: "", kind: "state")
        let b = Actor(id: "X", label: "Xland", kind: "igo")
        #expect(a.reconciled(with: b) == b.reconciled(with: a))
        #expect(a.reconciled(with: b).label == "Xland")
    }
}
