import Foundation
import StanceGraph
import Testing

/// The figures behind the design choice (issue 12 part 4), measured on
/// `Corpora/stories` and printed, so a change of parameters shows what it
/// costs: option (a), one key per article from its text (the smallest band
/// key), against option (b), components of shared band keys
/// (`StorySketch`). The README quotes these.
@Suite("Story measurements")
struct StoryMeasurementTests {
    @Test func optionBFindsTheTruthAndOptionAIsReported() {
        let records = StoryCorpus.records, prints = StoryCorpus.prints
        var within: [Double] = [], across: [Double] = []
        for i in records.indices {
            for j in records.indices where j > i {
                let s = Shingles.jaccard(records[i].text, records[j].text)
                if records[i].story == records[j].story { within.append(s) } else { across.append(s) }
            }
        }
        let keys = Set(prints.map(\.storyKey)).count
        let components = StorySketch(prints, capacity: 1000).count
        print("stories: truth \(StoryCorpus.stories), (a) smallest band key \(keys), (b) components \(components); "
              + "Jaccard within stories min \(within.min() ?? 1), across max \(across.max() ?? 0); "
              + "articles \(records.count)")
        #expect(components == StoryCorpus.stories)
        #expect(keys >= StoryCorpus.stories)
    }
}
