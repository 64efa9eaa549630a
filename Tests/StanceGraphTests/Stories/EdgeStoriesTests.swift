import PropertyBased
import StanceGraph
import Testing

/// The value an edge carries (`EdgeStories`) and its text form for
/// GraphML: merging obeys the laws with days, caps and windows, windows
/// merge back into the whole, and text round-trips or is refused.
@Suite("Edge stories")
struct EdgeStoriesTests {
    /// Articles of the corpus by index, each on one of four days (or undated).
    static let picks = Gen.int(in: 0...174).array(of: 0...10)
    static let capacities = Gen.int(in: 1...12)
    static let days: [Int32] = [Day.undated, 20240105, 20240220, 20240221, 20240730]

    static let traces = StoryCorpus.records.map { ArticleTrace(text: $0.text, source: $0.source) }

    static func stories(_ picks: [Int], capacity: Int = 8, sourceCapacity: Int? = nil) -> EdgeStories {
        var value = EdgeStories(stories: StorySketch(capacity: capacity),
                                sources: SourceSketch(capacity: sourceCapacity ?? capacity))
        for pick in picks { value.add(traces[pick % 35], day: days[pick / 35]) }
        return value
    }

    @Test func mergeLawsAndRoundTrip() async {
        await propertyCheck(count: 200, input: Self.picks, Self.picks, Self.picks, Self.capacities) { a, b, c, k in
            let x = Self.stories(a, capacity: k), y = Self.stories(b, capacity: k + 1, sourceCapacity: k)
            let z = Self.stories(c, capacity: 40)
            #expect(x.merging(y) == y.merging(x))
            #expect(x.merging(y).merging(z) == x.merging(y.merging(z)))
            #expect(x.merging(x) == x)
            #expect(x.merging(y).merging(y) == x.merging(y))
            #expect(Self.stories(a, capacity: k).merging(Self.stories(b, capacity: k)) == Self.stories(b + a, capacity: k))
            for value in [x, x.merging(y).merging(z)] {
                #expect(StorySketch(encoded: value.storySketch.encoded) == value.storySketch)
                #expect(SourceSketch(encoded: value.sourceSketch.encoded) == value.sourceSketch)
                let back = try EdgeStories(encoded: value.encoded, stories: value.stories, sources: value.sources)
                #expect(back == value && back.stories == value.stories && back.sources == value.sources)
            }
        }
    }

    /// A value cut into windows of days (each keeping the cap's bound) and
    /// merged back is the value, capped or not; a window of an uncapped
    /// value counts what its days' articles alone give.
    @Test func windowsMergeBackIntoTheWhole() async {
        await propertyCheck(count: 200, input: Self.picks, Self.picks, Self.capacities) { a, b, k in
            let whole = Self.stories(a + b, capacity: k)
            let windows: [(Int32) -> Bool] = [{ $0 == Day.undated }, { $0 != Day.undated && $0 < 20240201 },
                                              { $0 >= 20240201 && $0 < 20240301 }, { $0 >= 20240301 }]
            var merged = EdgeStories()
            for keep in windows { merged.merge(whole.restricted(keep, extraDay: Day.undated)) }
            #expect(merged == whole)
            let uncut = Self.stories(a + b, capacity: 200)
            for keep in windows {
                let alone = Self.stories((a + b).filter { keep(Self.days[$0 / 35]) }, capacity: 200)
                let window = uncut.restricted(keep, extraDay: Day.undated)
                #expect(window.stories == alone.stories && window.sources == alone.sources)
                #expect(window.isExact)
            }
        }
    }

    /// Counts given without a sketch add under `.disjoint` and take the
    /// larger under `.overlapping`, both commutative and associative, and
    /// mark the value inexact.
    @Test func countsWithoutSketchesFollowTheRule() async {
        let counts = Gen.int(in: 0...5).array(of: 2)
        await propertyCheck(count: 100, input: Self.picks, counts, counts) { a, p, q in
            let x = Self.stories(a).merging(EdgeStories(extra: .init(stories: p[0], sources: p[1])))
            let y = EdgeStories(extra: .init(stories: q[0], sources: q[1]))
            for rule in CountRule.allCases {
                #expect(x.merging(y, rule: rule) == y.merging(x, rule: rule))
                let z = Self.stories(a.map { ($0 + 1) % 175 })
                #expect(x.merging(y, rule: rule).merging(z, rule: rule) == x.merging(y.merging(z, rule: rule), rule: rule))
            }
            let sum = x.merging(y).extra, larger = x.merging(y, rule: .overlapping).extra
            #expect(sum.stories == p[0] + q[0] && larger.stories == max(p[0], q[0]))
            // Inexact when a count came without its sketch, or the sketch was cut.
            #expect(x.merging(y).isExact == (Self.stories(a).isExact && (p + q).allSatisfy { $0 == 0 }))
        }
        #expect(EdgeStories(extra: .init(stories: .max, sources: 1)).merging(
            EdgeStories(extra: .init(stories: 5, sources: 1))).stories == .max)
    }

    @Test func aReprintUnderThreeOutletsOnOneEdge() {
        let s3 = StoryCorpus.records.indices.filter { StoryCorpus.records[$0].story == "s3" }
        let edge = Self.stories(s3, capacity: StorySketch.defaultCapacity)
        #expect(edge.stories == 1 && edge.sources == 3 && edge.isExact)
        let all = Self.stories(Array(StoryCorpus.records.indices), capacity: 1000)
        #expect(all.stories == 16 && all.sources == 8 && all.isExact)
        #expect(ArticleTrace(text: "x", source: "  ").source == nil)
        #expect(ArticleTrace(text: "x", source: "WWW.Northwire.Example").source == "northwire.example")
        #expect(EdgeStories().isEmpty && !edge.isEmpty)
    }

    @Test func malformedTextIsRefusedNotTrapped() throws {
        let value = Self.stories([0, 5, 44, 80])
        let good = value.storySketch.encoded
        #expect(good.hasPrefix("stories3;8;;"))
        let records = String(good.split(separator: ";", omittingEmptySubsequences: false)[3])
        let bound = String(Self.stories(Array(0..<20), capacity: 2).storySketch.encoded
            .split(separator: ";", omittingEmptySubsequences: false)[2])
        for bad in ["", ";;;", "stories3", "stories3;8;", "stories3;0;;", "stories3;-1;;", "stories3;8;;;",
                    "stories3;8;;!!!", "stories3;8;;AAAA", "sources2;8;;", "stories3;99999999999;;",
                    "stories3;1;;" + records,                          // more prints than the cap
                    "stories3;8;" + bound + ";" + records,             // prints above the bound
                    "stories3;8;;" + records + "=", "stories3;8;;" + records.dropLast(4),
                    "stories3;8;;AAAAAAAAAAA=",                        // a day and a cut print
                    "stories3;8;;mds0AQA=",                            // 2024-13-05, no print keys
                    "stories1;8;0;",
                    "stories2;8;;" + records] {                        // prints of 128 hashes (see below)
            #expect(StorySketch(encoded: bad) == nil, "\(bad)")
        }
        #expect(StorySketch(encoded: "stories3;8;;")?.count == 0)
        #expect(StorySketch(encoded: "stories3;8;;AAAAAAA=")?.prints == [StoryPrint(keys: [])])
        #expect(StorySketch(encoded: "stories3;8;;6dY0AQA=")?.sample.entries.first?.day == 20240105)
        #expect(SourceSketch(encoded: "sources2;2;;AAAAAAAAAAAAAAAA")?.count == 1)
        #expect(SourceSketch(encoded: "sources2;2;AAAAAAAAAAA=;AAAAAAAAAAAAAAAA")?.isExact == false)
        #expect(SourceSketch(encoded: "sources2;2;;AAAAAAAAAAAAAAA=") == nil)
        #expect(SourceSketch(encoded: "stories3;2;;") == nil)
        let text = value.encoded
        #expect(throws: EdgeCountError.self) { try EdgeStories(encoded: "x y", stories: nil, sources: nil) }
        #expect(throws: EdgeCountError.self) { try EdgeStories(encoded: text, stories: 0, sources: nil) }
        #expect(try EdgeStories(encoded: text, stories: value.stories + 2, sources: nil).extra.stories == 2)
        #expect(try EdgeStories(encoded: nil, stories: 3, sources: 2).extra == .init(stories: 3, sources: 2))
        #expect(try EdgeStories(encoded: nil, stories: nil, sources: nil).isEmpty)
    }

    /// A sketch of the prints made with 128 hashes (`stories2`, same
    /// layout) is no sketch of today's: its prints never share a band
    /// with today's, so its count is read as given without a sketch, and
    /// merged it adds instead of uniting; its outlets are kept.
    @Test func printsOfTheOlderKindAreCountsWithoutASketch() throws {
        let value = Self.stories([0, 1, 5, 44])
        let n = value.stories
        #expect(n >= 2 && value.sources >= 2 && value.isExact)
        let legacy = "stories2" + value.encoded.dropFirst("stories3".count)
        let legacyStories = String(legacy.split(separator: " ")[0])
        #expect(value.encoded.hasPrefix("stories3;") && StorySketch(encoded: legacyStories) == nil)
        #expect(StorySketch.legacyCount(encoded: legacyStories) == n)
        #expect(StorySketch.legacyCount(encoded: value.storySketch.encoded) == nil)
        #expect(StorySketch.legacyCount(encoded: "stories2;8;;AAAA") == nil)
        for given in [nil, n, n + 2] {
            let old = try EdgeStories(encoded: legacy, stories: given, sources: value.sources)
            #expect(old.storySketch.isEmpty && old.extra.stories == (given ?? n), "\(String(describing: given))")
            #expect(old.sourceSketch == value.sourceSketch && old.extra.sources == 0)
            #expect(old.stories == (given ?? n) && old.sources == value.sources && !old.isExact)
            // The same articles, traced today: not united, kept beside
            // them by both rules (nothing says they are the same stories).
            for rule in [CountRule.disjoint, .overlapping] {
                #expect(old.merging(value, rule: rule).stories == (given ?? n) + n)
                #expect(old.merging(value, rule: rule).sources == value.sources)
            }
            // Written back, it is what was read.
            #expect(try EdgeStories(encoded: old.encoded, stories: old.stories, sources: old.sources) == old)
        }
        #expect(throws: EdgeCountError.self) { try EdgeStories(encoded: legacy, stories: n - 1, sources: nil) }
        #expect(throws: EdgeCountError.self) {
            try EdgeStories(encoded: "stories2;8;;AAAA sources2;8;;", stories: nil, sources: nil)
        }
    }

    /// Hand-written base64 against values worked out by hand (RFC 4648's
    /// test vectors) and every length's round trip.
    @Test func base64() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
                       "foobar": "Zm9vYmFy"]
        for (plain, coded) in vectors {
            let sketch = SourceSketch(encoded: "sources2;1;;" + coded)
            // Lengths that are not whole records are refused after decoding.
            #expect((sketch != nil) == plain.isEmpty, "\(plain)")
        }
        var hashes = SourceSketch(capacity: 64)
        for index in 0..<40 {
            hashes.insert("outlet\(index).example", day: index % 3 == 0 ? Day.undated : 20240301 + Int32(index % 28))
            #expect(SourceSketch(encoded: hashes.encoded) == hashes)
        }
    }
}
