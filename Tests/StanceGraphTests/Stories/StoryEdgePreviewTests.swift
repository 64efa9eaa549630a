import StanceGraph
import Testing

/// Issue 12's counts on the edges extracted from the test corpus: what
/// extraction stamps on each edge (`Edge.stories`) is what the edge's
/// articles' traces give when added by hand, and the reprinted stances
/// count stories 1.
@Suite("Stories on extracted edges")
struct StoryEdgePreviewTests {
    @Test func reprintedStancesCountOneStoryFromEachOutlet() throws {
        let path = StoryCorpus.url.path
        let graph = try CorpusExtraction.run([path], extractor: TestSupport.extractor, options: .init(jobs: 1)).graph
        let records = Dictionary(uniqueKeysWithValues: StoryCorpus.records.map { ($0.id, $0) })
        var counts: [String: [Int]] = [:]
        for edge in graph.sortedEdges {
            var stories = EdgeStories()
            for article in Set(edge.evidence.map(\.article)) {
                let record = try #require(records[article])
                stories.add(ArticleTrace(text: record.text, source: record.source), day: try #require(Day.number(record.date)))
            }
            #expect(edge.stories == stories)
            #expect(stories.stories <= edge.articles && stories.sources <= edge.articles && stories.isExact)
            counts["\(edge.source) \(edge.relation) \(edge.target)"] = [edge.articles, edge.stories.stories,
                                                                          edge.stories.sources]
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
