import PropertyBased
import StanceGraph
import Testing

/// The value an edge will carry (`EdgeStories`) and its text form for
/// GraphML: merging obeys the laws, and text round-trips or is refused.
@Suite("Edge stories")
struct EdgeStoriesTests {
    static let picks = Gen.int(in: 0...34).array(of: 0...10)

    static func stories(_ picks: [Int], capacity: Int = 8) -> EdgeStories {
        var value = EdgeStories(stories: StorySketch(capacity: capacity), sources: SourceSketch(capacity: capacity))
        for index in picks {
            let record = StoryCorpus.records[index]
            value.add(ArticleTrace(text: record.text, source: record.source))
        }
        return value
    }

    @Test func mergeLawsAndRoundTrip() async {
        await propertyCheck(count: 200, input: Self.picks, Self.picks, Self.picks) { a, b, c in
            let x = Self.stories(a), y = Self.stories(b), z = Self.stories(c)
            #expect(x.merging(y) == y.merging(x))
            #expect(x.merging(y).merging(z) == x.merging(y.merging(z)))
            #expect(x.merging(x) == x)
            #expect(x.merging(y) == Self.stories(b + a))
            for sketch in [x, x.merging(y).merging(z)] {
                #expect(StorySketch(encoded: sketch.storySketch.encoded) == sketch.storySketch)
                #expect(SourceSketch(encoded: sketch.sourceSketch.encoded) == sketch.sourceSketch)
            }
        }
    }

    @Test func aReprintUnderThreeOutletsOnOneEdge() {
        let s3 = StoryCorpus.records.indices.filter { StoryCorpus.records[$0].story == "s3" }
        let edge = Self.stories(s3, capacity: StorySketch.defaultCapacity)
        #expect(edge.stories == 1 && edge.sources == 3 && edge.isExact)
        let all = Self.stories(Array(StoryCorpus.records.indices), capacity: 1000)
        #expect(all.stories == 16 && all.sources == 8 && all.isExact)
        #expect(ArticleTrace(text: "x", source: "  ").source == nil)
        #expect(ArticleTrace(text: "x", source: "WWW.Northwire.Example").source == "northwire.example")
    }

    @Test func malformedTextIsRefusedNotTrapped() {
        let good = Self.stories([0, 5, 9]).storySketch.encoded
        #expect(good.hasPrefix("stories1;8;0;"))
        for bad in ["", ";;;", "stories1", "stories1;8;0", "stories1;0;0;", "stories1;-1;0;", "stories1;8;2;",
                    "stories1;8;0;!!!", "stories1;8;0;AAAA", "sources1;8;0;", "stories1;99999999999;0;",
                    "stories1;8;1;", "stories1;1;0;" + String(good.split(separator: ";")[3]),
                    "stories1;8;0;" + String(repeating: "A", count: 344) + ";"] {
            #expect(StorySketch(encoded: bad) == nil, "\(bad)")
        }
        #expect(StorySketch(encoded: "stories1;8;0;")?.count == 0)
        #expect(SourceSketch(encoded: "sources1;2;1;AAAAAAAAAAA=") == nil)
        #expect(SourceSketch(encoded: "sources1;2;0;AAAAAAAAAAA=")?.count == 1)
        #expect(SourceSketch(encoded: "stories1;2;0;") == nil)
    }
}
