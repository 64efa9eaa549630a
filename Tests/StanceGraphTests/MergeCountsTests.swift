import PropertyBased
import StanceGraph
import Testing

/// Issue 11, counts: caps applied once after every input (`GraphUnion`),
/// overlap that cannot be known said and decided by a rule, counts that
/// never overflow into a trap, labels from files over the ontology's, and
/// evidence added to an edge in place.
@Suite("Merge counts (issue 11)")
struct MergeCountsTests {
    static let key = EdgeKey(source: "RUS", relation: .opposes, target: "CHN")

    static func item(_ article: String, _ start: Int = 0) -> Evidence {
        Evidence(article: article, start: start, end: start + 23, sentence: "Russia condemned China.",
                 cue: "condemned", rule: "verb:subject-object")
    }

    static func graph(_ items: [Evidence]) -> StanceGraph {
        StanceGraph(actors: [Actor(id: "RUS", label: "Russia", kind: "state"),
                             Actor(id: "CHN", label: "China", kind: "state")],
                    edges: [Edge(key: key, evidence: items)])
    }

    static func union(_ graphs: [StanceGraph], rule: CountRule = .disjoint, limit: Int? = nil,
                      known: [String: Actor] = [:]) throws -> (graph: StanceGraph, report: GraphUnion.Report) {
        var union = GraphUnion(rule: rule, known: known)
        for graph in graphs { try union.add(graph) }
        return try union.result(evidenceLimit: limit)
    }

    // MARK: 1. Caps once, after every input

    /// A: article a1; B: a1 and a2. Capping between merges made `B A` count
    /// a1 twice (weight 3, articles 3).
    @Test func capIsAppliedOnceAfterEveryInput() throws {
        let a = Self.graph([Self.item("a1")]), b = Self.graph([Self.item("a1"), Self.item("a2")])
        for order in [[a, b], [b, a]] {
            let (graph, report) = try Self.union(order, limit: 1)
            let edge = try #require(graph.edges[Self.key])
            #expect(edge.weight == 2 && edge.articles == 2)
            #expect(edge.evidence == [Self.item("a1")])
            #expect(report.uncertain.isEmpty && report.overlaps.isEmpty)
        }
        #expect(try GraphMLWriter.data(Self.union([a, b], limit: 1).graph)
                == GraphMLWriter.data(Self.union([b, a], limit: 1).graph))
    }

    /// Any inputs, capped or not, overlapping or not, under either rule:
    /// the union does not depend on their order, and with complete inputs it
    /// is the exact union, capped once.
    @Test func unionDoesNotDependOnTheOrderOfInputs() async {
        await propertyCheck(count: 200, input: EdgeCountLawTests.codes, EdgeCountLawTests.codes,
                            EdgeCountLawTests.codes, EdgeCountLawTests.limits) { a, b, c, k in
            var x = EdgeCountLawTests.graph(a), y = EdgeCountLawTests.graph(b)
            let z = EdgeCountLawTests.graph(c)
            x.capEvidence(EdgeCountLawTests.limit(k))
            y.capEvidence(EdgeCountLawTests.limit(k - 1))
            let limit = EdgeCountLawTests.limit(k - 2)
            for rule in CountRule.allCases {
                let first = try Self.union([x, y, z], rule: rule, limit: limit)
                for order in [[z, y, x], [y, z, x], [x, z, y]] {
                    let other = try Self.union(order, rule: rule, limit: limit)
                    #expect(other.graph == first.graph)
                    #expect(other.report == first.report)
                }
            }
            let complete = EdgeCountLawTests.graph(a), more = EdgeCountLawTests.graph(b)
            var exact = complete.merging(more).merging(z)
            exact.capEvidence(limit)
            #expect(try Self.union([z, more, complete], limit: limit).graph == exact)
            #expect(try Self.union([z, more, complete], limit: limit).report.uncertain.isEmpty)
        }
    }

    /// `.overlapping` is a semilattice on any edges whose articles each
    /// have one day: commutative, associative and idempotent, capped or
    /// not, day by day (`Edge.overlappingDays`).
    @Test func overlappingRuleIsCommutativeAssociativeIdempotent() async {
        await propertyCheck(count: 200, input: EdgeCountLawTests.codes, EdgeCountLawTests.codes,
                            EdgeCountLawTests.codes, EdgeCountLawTests.limits) { a, b, c, k in
            func graph(_ codes: [Int]) -> StanceGraph { EdgeCountLawTests.graph(codes, dayPerArticle: true) }
            var x = graph(a), y = graph(b), z = graph(c)
            x.capEvidence(EdgeCountLawTests.limit(k)); y.capEvidence(EdgeCountLawTests.limit(k - 1))
            func merged(_ p: StanceGraph, _ q: StanceGraph) throws -> StanceGraph {
                var result = p
                try result.merge(q, rule: .overlapping)
                return result
            }
            #expect(try merged(x, y) == merged(y, x))
            #expect(try merged(merged(x, y), z) == merged(x, merged(y, z)))
            #expect(try merged(x, x) == x)
            for edge in try merged(merged(x, y), z).edges.values {
                #expect(edge.weight >= edge.evidence.count && edge.articles <= edge.weight)
                #expect(edge.articles >= Set(edge.evidence.map(\.article)).count)
                #expect(edge.days.weight == edge.weight && edge.days.articles == edge.articles)
            }
        }
    }

    // MARK: 2. Overlap that cannot be known

    /// A weighted edge without evidence (networkx, Gephi) merged with
    /// itself: said, and added or kept by the rule asked for.
    @Test func unknownOverlapIsReportedAndDecidedByTheRule() throws {
        let weighted = StanceGraph(actors: [], edges: [try Edge(key: Self.key, evidence: [], weight: 3, articles: 2)])
        let added = try Self.union([weighted, weighted])
        #expect(added.report.uncertain == [Self.key])
        #expect(added.graph.edges[Self.key]?.weight == 6)
        let kept = try Self.union([weighted, weighted], rule: .overlapping)
        #expect(kept.report.uncertain == [Self.key])
        #expect(kept.graph.edges[Self.key]?.weight == 3 && kept.graph.edges[Self.key]?.articles == 2)
        // Alone, or beside complete evidence only, nothing is unknown.
        #expect(try Self.union([weighted]).report.uncertain.isEmpty)
        #expect(try Self.union([Self.graph([Self.item("a1")]), Self.graph([Self.item("a1")])]).report.uncertain.isEmpty)
        // Complete evidence beside the unknown edge: the largest count that
        // fits both, and still at least what the evidence shows.
        let both = try Self.union([weighted, Self.graph([Self.item("a1"), Self.item("a2"), Self.item("a3"),
                                                          Self.item("a4")])], rule: .overlapping)
        #expect(both.graph.edges[Self.key]?.weight == 4 && both.graph.edges[Self.key]?.articles == 4)
    }

    // MARK: 3. Counts never trap

    @Test func overflowIsAnErrorNamingTheEdge() throws {
        let big = StanceGraph(actors: [], edges: [
            try Edge(key: Self.key, evidence: [], weight: 5_000_000_000_000_000_000, articles: 1)])
        let error = try #require(#expect(throws: CountOverflow.self) { try Self.union([big, big]) })
        #expect(error.key == Self.key && error.count == "weight")
        #expect("\(error)".contains("RUS opposes CHN"))
        var graph = big
        #expect(throws: CountOverflow.self) { try graph.merge(big, rule: .disjoint) }
        #expect(graph == big)
        #expect(try Self.union([big, big], rule: .overlapping).graph == big)
        // In-memory merges stop at Int.max rather than trap.
        #expect(big.merging(big).edges[Self.key]?.weight == .max)
    }

    @Test func countsAreDeclaredLongAndReadBackAboveInt32() throws {
        let large = StanceGraph(actors: [], edges: [
            try Edge(key: Self.key, evidence: [Self.item("a1")], weight: 3_000_000_000, articles: 2_500_000_000)])
        let bytes = try GraphMLWriter.data(large)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"<key id="weight" for="edge" attr.name="weight" attr.type="long"/>"#))
        #expect(text.contains(#"<key id="articles" for="edge" attr.name="articles" attr.type="long"/>"#))
        #expect(try GraphMLReader.read(bytes: bytes, name: "large.graphml") == large)
    }

    // MARK: 4. Labels from files over the ontology's

    @Test func labelsFromFilesWinWhateverTheOrder() throws {
        let known = ["POL": Actor(id: "POL", label: "Poland", kind: "state"),
                     "PER": Actor(id: "PER", label: "Peru", kind: "state")]
        func actors(_ list: [Actor]) -> StanceGraph { StanceGraph(actors: list, edges: []) }
        let ours = actors([known["POL"]!, known["PER"]!])
        let user = actors([Actor(id: "POL", label: "Polska", kind: "country"), Actor(id: "PER", label: "PER", kind: "")])
        for order in [[ours, user], [user, ours]] {
            let graph = try Self.union(order, known: known).graph
            #expect(graph.actors["POL"] == Actor(id: "POL", label: "Polska", kind: "country"))
            #expect(graph.actors["PER"] == Actor(id: "PER", label: "Peru", kind: "state"))
            // Without the ontology an id-derived label still loses.
            #expect(try Self.union(order).graph.actors["PER"]?.label == "Peru")
        }
        // Two explicit labels: the lexicographically smallest, either way.
        let other = actors([Actor(id: "POL", label: "Pologne", kind: "")])
        #expect(try Self.union([user, other], known: known).graph.actors["POL"]?.label == "Pologne")
        #expect(try Self.union([other, user], known: known).graph.actors["POL"]?.label == "Pologne")
    }

    // MARK: 5. Evidence added in place

    /// The address of an edge's evidence storage changes only when the
    /// array grows (about log2 n times), never per item: rebuilding the
    /// array for each finding (O(n^2)) changed it every time.
    @Test(arguments: [nil, 100, 0] as [Int?]) func addingEvidenceDoesNotRebuildTheEdge(limit: Int?) {
        var graph = StanceGraph()
        var moves = 0
        var address: UnsafeRawPointer?
        let count = 4_000
        func article(_ index: Int) -> String { limit == nil ? "repeated" : "a" + String(100_000 + index) }
        for index in 0..<count {
            let item = Self.item(article(index), limit == nil ? index * 24 : 0)
            if limit == nil {
                // One article's findings, in order, as the extractor adds
                // them, and a sentence found again.
                graph.add(Self.key, evidence: item)
                if index % 7 == 0 { graph.add(Self.key, evidence: item) }
            } else {
                // Articles merged into a capped graph, as extraction does.
                graph.merge(Self.graph([item]), evidenceLimit: limit)
            }
            let now = graph.edges[Self.key]!.evidence.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
            if now != address { moves += 1; address = now }
        }
        #expect(moves <= 40, "evidence storage moved \(moves) times for \(count) items")
        let edge = graph.edges[Self.key]!
        #expect(edge.weight == count && edge.articles == (limit == nil ? 1 : count))
        #expect(edge.evidence == (0..<min(count, limit ?? count)).map {
            Self.item(article($0), limit == nil ? $0 * 24 : 0)
        })
    }

    /// Items out of order, one at a time, give the edge that sorting them
    /// all at once gives.
    @Test func evidenceInAnyOrderGivesTheSameEdge() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...59).array(of: 0...40), EdgeCountLawTests.limits) { codes, k in
            // Distinct sentences: once capped, a sentence merged again would
            // rightly be counted again.
            var seen = Set<Int>()
            let codes = codes.filter { seen.insert($0).inserted }
            let items = codes.map { Self.item("a\($0 % 4)", ($0 / 4) * 30) }
            var edge = Edge(key: Self.key)
            var graph = StanceGraph()
            for item in items { edge.add(item) }
            #expect(edge == Edge(key: Self.key, evidence: items))
            // Each its own article, merged under a cap as articles are.
            let own = codes.map { Self.item("b\($0)", 0) }
            for item in own { graph.merge(Self.graph([item]), evidenceLimit: EdgeCountLawTests.limit(k)) }
            var capped = Edge(key: Self.key, evidence: own)
            capped.capEvidence(EdgeCountLawTests.limit(k))
            if !items.isEmpty { #expect(graph.edges[Self.key] == capped) }
        }
    }

    /// The repeated sentence of issue 11, scaled down, through the
    /// extractor: one edge, every sentence counted once.
    @Test func repeatedSentenceCountsEverySentence() throws {
        let text = String(repeating: "Russia condemned China. ", count: 2_000)
        let graph = TestSupport.extractor.extract(text, article: "repeated")
        let edge = try #require(graph.edges[Self.key])
        #expect(edge.weight == 2_000 && edge.articles == 1 && edge.evidence.count == 2_000)
        #expect(edge.evidence.map(\.start) == (0..<2_000).map { $0 * 24 })
    }
}
