import PropertyBased
import StanceGraph
import Testing

/// The laws of exact counts under an evidence cap (issue 5 part 3), on
/// hundreds of random graphs.
///
/// Promised: merge is commutative always; while no evidence is capped it is
/// also associative and idempotent (counts are those of the evidence
/// union); with capped evidence it is associative and exact when the inputs
/// come from different articles, because counts then add.
@Suite("Edge counts and evidence caps")
struct EdgeCountLawTests {
    static let codes = Gen.int(in: 0...2699).array(of: 0...30)
    static let limits = Gen.int(in: -1...4)

    /// A graph over five actors and three relations whose evidence comes
    /// from four articles of `corpus` (so graphs of different corpora share
    /// no article), each article in the month of its number, each sentence
    /// on the day of its slot (one article under several days, as files
    /// that disagree on an article's date give) unless `dayPerArticle`.
    /// Each article is stamped as extraction stamps it, with the trace of
    /// a text of the stories corpus (articles of different corpora may be
    /// copies of one story) and that text's outlet, so that `stories` and
    /// `sources` go through every law below.
    static func graph(_ codes: [Int], corpus: String = "a", dated: Bool = true,
                      dayPerArticle: Bool = false) -> StanceGraph {
        let ids = ["RUS", "CHN", "JPN", "TWN", "NATO"]
        var graph = StanceGraph()
        for code in codes {
            let key = EdgeKey(source: ids[code % 5], relation: Relation.allCases[(code / 25) % 3],
                              target: ids[(code / 5) % 5])
            let article = (code / 75) % 4
            let slot = (code / 300) % 3, variant = (code / 900) % 3
            var single = StanceGraph()
            single.add(Actor(id: key.source, label: "Actor \(key.source)", kind: "state"))
            single.add(key, evidence: Evidence(
                article: "\(corpus)\(article)", start: slot * 100, end: slot * 100 + 50,
                sentence: "Sentence \(slot).", cue: "cue\(variant)", rule: "rule\(variant % 2)",
                speaker: variant == 2 ? "Speaker" : nil))
            let day = dayPerArticle ? article : slot
            let text = (Int(corpus.unicodeScalars.first?.value ?? 0) * 7 + article * 9) % traces.count
            graph.merge(single.stamped(Provenance(source: StoryCorpus.records[text].source,
                                                  date: dated ? "2024-0\(article + 1)-1\(day)" : nil),
                                       trace: traces[text]))
        }
        return graph
    }

    static let traces = StoryCorpus.records.map { ArticleTrace(text: $0.text, source: $0.source) }

    static func limit(_ code: Int) -> Int? { code < 0 ? nil : code }

    static func counts(_ graph: StanceGraph) -> [EdgeKey: [Int]] {
        graph.edges.mapValues { [$0.weight, $0.articles, $0.stories.stories, $0.stories.sources] }
    }

    @Test func mergeIsCommutativeWithAnyOverlapAndCap() async {
        await propertyCheck(count: 300, input: Self.codes, Self.codes, Self.limits) { a, b, k in
            let x = Self.graph(a), y = Self.graph(b)
            var cx = x, cy = y
            cx.capEvidence(Self.limit(k - 1))
            cy.capEvidence(Self.limit(k))
            #expect(x.merging(y, evidenceLimit: Self.limit(k)) == y.merging(x, evidenceLimit: Self.limit(k)))
            #expect(cx.merging(cy, evidenceLimit: Self.limit(k)) == cy.merging(cx, evidenceLimit: Self.limit(k)))
        }
    }

    @Test func uncappedMergeIsAssociativeIdempotentAndExactWithOverlap() async {
        await propertyCheck(count: 300, input: Self.codes, Self.codes, Self.codes) { a, b, c in
            let x = Self.graph(a), y = Self.graph(b), z = Self.graph(c)
            #expect(x.merging(y).merging(z) == x.merging(y.merging(z)))
            #expect(x.merging(x) == x)
            #expect(x.merging(y) == Self.graph(a + b))
            for edge in x.edges.values {
                #expect(edge.isEvidenceComplete)
                #expect(edge.articles == Set(edge.evidence.map(\.article)).count)
            }
        }
    }

    /// Capped graphs of different articles: counts stay exact (equal to
    /// the uncapped merge), evidence is the K smallest of the union, and
    /// merging is associative whatever the grouping and the caps applied
    /// on the way.
    @Test func cappedMergeOfDisjointArticlesIsAssociativeAndExact() async {
        await propertyCheck(count: 300, input: Self.codes, Self.codes, Self.codes, Self.limits) { a, b, c, k in
            let limit = Self.limit(k)
            let x = Self.graph(a, corpus: "x"), y = Self.graph(b, corpus: "y"), z = Self.graph(c, corpus: "z")
            var cx = x, cy = y, cz = z
            cx.capEvidence(limit); cy.capEvidence(limit); cz.capEvidence(limit)
            let left = cx.merging(cy, evidenceLimit: limit).merging(cz, evidenceLimit: limit)
            let right = cx.merging(cy.merging(cz, evidenceLimit: limit), evidenceLimit: limit)
            #expect(left == right)
            var exact = x.merging(y).merging(z)
            #expect(Self.counts(left) == Self.counts(exact))
            exact.capEvidence(limit)
            #expect(left == exact)
            #expect(cx.merge(cy, evidenceLimit: limit).isEmpty)
        }
    }

    /// Stories and sources on merged graphs are those of the union of
    /// their articles whatever the order, grouping, overlap or cap: the
    /// traces of the articles behind each edge, united.
    @Test func storiesAreTheUnionOfTheArticlesTraces() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes, Self.limits) { a, b, k in
            let x = Self.graph(a, corpus: "x"), y = Self.graph(b, corpus: "a")
            var cx = x, cy = y
            cx.capEvidence(Self.limit(k)); cy.capEvidence(Self.limit(k))
            let merged = cx.merging(cy, evidenceLimit: Self.limit(k))
            #expect(merged == cy.merging(cx, evidenceLimit: Self.limit(k)))
            let exact = x.merging(y)
            for edge in merged.edges.values {
                let full = try #require(exact.edges[edge.key])
                #expect(edge.stories == full.stories)
                var truth = EdgeStories()
                for article in Set(full.evidence.map(\.article)) {
                    let corpus = article.hasPrefix("x") ? "x" : "a"
                    let number = Int(article.dropFirst()) ?? 0
                    let text = (Int(corpus.unicodeScalars.first?.value ?? 0) * 7 + number * 9) % Self.traces.count
                    for item in full.evidence where item.article == article {
                        truth.add(Self.traces[text], day: item.provenance.day)
                    }
                }
                #expect(edge.stories == truth)
                #expect(edge.stories.isExact && edge.stories.stories <= edge.articles)
            }
        }
    }

    // MARK: Counts by day (issue 12)

    /// Days sum to the counts on any graph, capped or not, and come back
    /// from GraphML unchanged; a cap keeps them, as it keeps the counts.
    @Test func daysAddUpAndSurviveGraphML() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes, Self.limits) { a, b, k in
            var x = Self.graph(a).merging(Self.graph(b, corpus: "b"))
            let full = x
            x.capEvidence(Self.limit(k))
            for edge in x.edges.values {
                #expect(edge.days.weight == edge.weight && edge.days.articles == edge.articles)
                #expect(edge.days == full.edges[edge.key]!.days)
                #expect(edge.firstSeen == edge.days.runs.first { $0.day != Day.undated }?.date)
            }
            let back = try GraphMLReader.read(bytes: try GraphMLWriter.data(x), name: "x.graphml")
            #expect(back == x)
        }
    }

    /// A graph split by month (or year) and merged back is the graph, byte
    /// for byte, capped or not; each month's counts are those of its
    /// articles alone.
    @Test func monthsSplitAndMergeBackExactly() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes, Self.limits) { a, b, k in
            var x = Self.graph(a).merging(Self.graph(b, corpus: "b", dated: false))
            x.capEvidence(Self.limit(k))
            for period in [Period.month, .year] {
                let parts = x.split(by: period)
                var union = GraphUnion()
                for part in parts { try union.add(part.graph) }
                let (merged, report) = try union.result(evidenceLimit: nil)
                #expect(merged == x)
                #expect(try GraphMLWriter.data(merged) == GraphMLWriter.data(x))
                #expect(report.uncertain.isEmpty)
            }
            // Month m holds exactly article m-1's sentences.
            for (label, part) in x.split(by: .month) where label != "undated" {
                let article = Int(label.suffix(2))! - 1
                let alone = Self.graph(a.filter { ($0 / 75) % 4 == article })
                #expect(Self.counts(part) == Self.counts(alone))
            }
        }
    }

    /// Cutting a window and merging commute (inputs of different articles,
    /// each article on one day, capped or not): the window of a merge is
    /// the merge of the windows. (An article under two days counts on the
    /// day of its first sentence; a window holding only its later ones
    /// still counts it once, so that an edge never has sentences and no
    /// article.)
    @Test func windowsCommuteWithMerge() async {
        await propertyCheck(count: 200, input: Self.codes, Self.codes, Self.limits) { a, b, k in
            var x = Self.graph(a, corpus: "x", dayPerArticle: true), y = Self.graph(b, corpus: "y", dayPerArticle: true)
            x.capEvidence(Self.limit(k)); y.capEvidence(Self.limit(k - 1))
            let window = DayWindow(since: Day.number("2024-02-11"), until: Day.number("2024-03-12"))
            let whole = x.merging(y).restricted(to: window)
            // Edges and which actors: a label given only beside edges
            // outside the window stays out with them.
            let parts = x.restricted(to: window).merging(y.restricted(to: window))
            #expect(whole.edges == parts.edges)
            #expect(Set(whole.actors.keys) == Set(parts.actors.keys))
            for edge in whole.edges.values {
                #expect(edge.days.runs.allSatisfy { window.contains($0.day) })
                #expect(edge.weight >= edge.evidence.count && edge.articles <= edge.weight)
            }
        }
    }

    @Test func capKeepsTheSmallestEvidenceAndTheCounts() async {
        await propertyCheck(count: 200, input: Self.codes, Self.limits) { a, k in
            let x = Self.graph(a)
            var capped = x
            capped.capEvidence(Self.limit(k))
            for (key, edge) in capped.edges {
                let full = x.edges[key]!
                #expect(edge.evidence == Array(full.evidence.prefix(Self.limit(k) ?? .max)))
                #expect(edge.weight == full.weight && edge.articles == full.articles)
                #expect(edge.firstSeen == full.firstSeen && edge.lastSeen == full.lastSeen)
            }
        }
    }

    @Test func cappedOverlapIsReportedNotHidden() throws {
        var x = Self.graph([5, 305, 605, 80])   // RUS supports CHN: a0 three sentences, a1 one
        x.capEvidence(1)
        var twice = x
        let overlaps = twice.merge(x, evidenceLimit: 1)
        let key = EdgeKey(source: "RUS", relation: .supports, target: "CHN")
        #expect(overlaps.map(\.key) == [key])
        #expect(overlaps.first?.articles == ["a0"])
        #expect(twice.edges[key]?.weight == 8)   // counted twice, and said so
    }

    @Test func datesSpanTheArticlesSeen() throws {
        let graph = Self.graph([5, 80, 230])   // a0 slot 0, a1 slot 0, a3 slot 0
        let edge = try #require(graph.edges[EdgeKey(source: "RUS", relation: .supports, target: "CHN")])
        #expect(edge.firstSeen == "2024-01-10" && edge.lastSeen == "2024-04-10")
        let undated = Self.graph([5], dated: false)
        #expect(undated.edges.values.first?.firstSeen == nil)
        #expect(undated.merging(graph).edges[edge.key]?.firstSeen == "2024-01-10")
    }

    @Test func datesAreNormalisedToTheDayWritten() throws {
        #expect(SeenDate.day("2024-03-05") == "2024-03-05")
        #expect(SeenDate.day("2024-03-05T23:30:00-05:00") == "2024-03-05")
        #expect(SeenDate.day("2024-03-05 14:30Z") == "2024-03-05")
        #expect(SeenDate.day("2024-03-05T14:30:00.123+0200") == "2024-03-05")
        #expect(SeenDate.day("2024-02-29") == "2024-02-29")
        for bad in ["2023-02-29", "2024-13-01", "24-03-05", "2024-03-05T", "2024-03-05Tnoon", "", "yesterday",
                    "2024-03-05T14:30+2"] {
            #expect(SeenDate.day(bad) == nil, "\(bad)")
        }
        #expect(throws: InvalidDate.self) { try StanceGraph().dated("March 5") }
    }

    @Test func explicitCountsAreChecked() {
        let key = EdgeKey(source: "A", relation: .warns, target: "B")
        let item = Evidence(article: "a", start: 0, end: 1, sentence: "s", cue: "c", rule: "r")
        #expect(throws: EdgeCountError.self) { try Edge(key: key, evidence: [item], weight: 0, articles: 0) }
        #expect(throws: EdgeCountError.self) { try Edge(key: key, evidence: [item], weight: 1, articles: 2) }
        #expect(throws: EdgeCountError.self) { try Edge(key: key, evidence: [], weight: 3, articles: 0) }
        #expect(throws: EdgeCountError.self) {
            try Edge(key: key, evidence: [], weight: 3, articles: 1, firstSeen: "2024-02-01", lastSeen: "2024-01-01")
        }
        #expect(throws: EdgeCountError.self) { try Edge(key: key, evidence: [], weight: 3, articles: 1, firstSeen: "2024-02-01") }
        let edge = try? Edge(key: key, evidence: [item], weight: 5, articles: 2,
                             firstSeen: "2024-01-01T10:00Z", lastSeen: "2024-02-01")
        #expect(edge?.weight == 5 && edge?.firstSeen == "2024-01-01" && edge?.isEvidenceComplete == false)
    }
}
