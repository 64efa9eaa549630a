import StanceGraph
import Testing

/// The detector on the corpus written for it (issue 12 part 5): every
/// reprint family (same text under a new headline, a sentence trimmed, a
/// paragraph added) is one story, and distinct stories about the same
/// actors stay apart.
@Suite("Stories in the test corpus")
struct StoryCorpusTests {
    @Test func groupingMatchesTheTruthExactly() {
        var grouping = StoryGrouping()
        for print in StoryCorpus.prints { grouping.add(print) }
        let found = grouping.labels()
        let records = StoryCorpus.records
        for index in records.indices {
            let truth = records[StoryCorpus.truth[index]].id, got = records[found[index]].id
            #expect(truth == got, "\(records[index].id) grouped with \(got), but is a copy of \(truth)")
        }
        #expect(grouping.stories() == StoryCorpus.stories)
        #expect(grouping.count == records.count)
        #expect(StorySketch(StoryCorpus.prints).count == StoryCorpus.stories)
    }

    /// Issue 12's "done when": a story reprinted under three outlets counts
    /// stories 1, sources 3 (articles 3).
    @Test func aStoryUnderThreeOutletsIsOneStoryFromThreeSources() {
        let family = StoryCorpus.records.indices.filter { StoryCorpus.records[$0].story == "s3" }
        #expect(family.count == 3)
        let stories = StorySketch(family.map { StoryCorpus.prints[$0] })
        let sources = SourceSketch(family.map { StoryCorpus.records[$0].source })
        #expect(stories.count == 1 && stories.isExact)
        #expect(sources.count == 3 && sources.isExact)
    }

    /// One outlet publishing the copy twice (an "UPDATE 1" headline) and a
    /// second outlet trimming it: one story, two sources.
    @Test func anUpdateAtTheSameOutletIsOneSource() {
        let family = StoryCorpus.records.filter { $0.story == "s6" }
        #expect(family.count == 3)
        #expect(StorySketch(family.map { StoryPrint(text: $0.text) }).count == 1)
        #expect(SourceSketch(family.map(\.source)).count == 2)
    }

    /// Every pair of distinct stories, including those about the same actors
    /// (Turkey and Sweden in January and July, Japan and China in February
    /// and July), shares no band.
    @Test func distinctStoriesNeverCollide() {
        let records = StoryCorpus.records, prints = StoryCorpus.prints
        for i in records.indices {
            for j in records.indices where j > i && records[i].story != records[j].story {
                #expect(!prints[i].collides(with: prints[j]), "\(records[i].id) and \(records[j].id)")
            }
        }
    }

    /// Merging per-month sketches in any grouping gives the year's count,
    /// the property the graph's merge relies on.
    @Test func monthlySketchesMergeToTheYear() {
        var months: [String: (StorySketch, SourceSketch)] = [:]
        for (record, print) in zip(StoryCorpus.records, StoryCorpus.prints) {
            let month = String(record.date.prefix(7))
            var (stories, sources) = months[month] ?? (StorySketch(), SourceSketch())
            stories.insert(print)
            sources.insert(record.source)
            months[month] = (stories, sources)
        }
        #expect(months.count >= 8)
        let forward = months.keys.sorted(), backward = Array(forward.reversed())
        for order in [forward, backward] {
            var stories = StorySketch(), sources = SourceSketch()
            for month in order {
                stories.merge(months[month]!.0)
                sources.merge(months[month]!.1)
            }
            #expect(stories.count == StoryCorpus.stories)
            #expect(sources.count == Set(StoryCorpus.records.map(\.source)).count)
        }
    }

    @Test func theCorpusIsWellFormed() {
        let records = StoryCorpus.records
        #expect(records.count >= 30)
        #expect(Set(records.map(\.id)).count == records.count)
        for record in records {
            #expect(SeenDate.day(record.date) == record.date && record.date.hasPrefix("2024-"))
            #expect(record.url.hasPrefix("https://\(record.source)/"))
            #expect(!record.title.isEmpty)
            let sentences = record.text.split(separator: ".").count
            #expect((3...8).contains(sentences), "\(record.id)")
        }
        #expect(Set(records.map { $0.date.prefix(7) }).count >= 8)
    }
}
