import StanceGraph
import Testing

/// Issue 12's counts on the edges of the test corpus, computed beside the
/// graph from each edge's (uncapped) evidence, the way the wiring into
/// `Edge` will compute them during extraction: the extractor reads the
/// corpus as it is, and its reprinted stances count stories 1.
@Suite("Stories on extracted edges")
struct StoryEdgePreviewTests {
    @Test func reprintedStancesCountOneStoryFromEachOutlet() throws {
        let path = StoryCorpus.url.path
        let graph = try CorpusExtraction.run([path], extractor: TestSupport.extractor, options: .init(jobs: 1)).graph
        let traces = Dictionary(uniqueKeysWithValues: StoryCorpus.records.map {
            ($0.id, ArticleTrace(text: $0.text, source: $0.source))
        })
        var counts: [String: [Int]] = [:]
        for edge in graph.sortedEdges {
            var stories = EdgeStories()
            for article in Set(edge.evidence.map(\.article)) { stories.add(try #require(traces[article])) }
            #expect(stories.stories <= edge.articles && stories.sources <= edge.articles && stories.isExact)
            counts["\(edge.source) \(edge.relation) \(edge.target)"] = [edge.articles, stories.stories, stories.sources]
        }
        // s1 at four outlets; s3 at three (issue 12's "done when"); s6
        // twice at one outlet and once at another.
        #expect(counts["TUR supports SWE"] == [4, 1, 4])
        #expect(counts["JPN opposes CHN"] == [3, 1, 3])
        #expect(counts["RUS opposes NATO"] == [3, 1, 2])
        // Two stories about Turkey and Sweden are two edges, each counted on its own.
        #expect(counts["TUR warns SWE"] == [1, 1, 1])
    }
}
