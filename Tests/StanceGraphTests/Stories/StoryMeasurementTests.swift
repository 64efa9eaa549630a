import Foundation
import StanceGraph
import Testing

/// The figures behind the design choice (issue 12 part 4), measured and
/// printed so that a change of parameters shows what it costs: option (a),
/// one key per article from its text alone (the smallest band key, counted
/// as distinct keys), against option (b), components of prints sharing a
/// band key (`StorySketch`, chosen). The README quotes these lines.
@Suite("Story measurements")
struct StoryMeasurementTests {
    struct Figures: CustomStringConvertible {
        var truth = 0, optionA = 0, optionB = 0
        var pairs = 0, pairsSameKey = 0, pairsColliding = 0
        var otherPairs = 0, otherPairsColliding = 0

        init(texts: [String], stories: [String]) {
            let prints = texts.map(StoryPrint.init(text:))
            truth = Set(stories).count
            optionA = Set(prints.map(\.storyKey)).count
            optionB = StorySketch(prints, capacity: prints.count + 1).count
            for i in prints.indices {
                for j in prints.indices where j > i {
                    let collide = prints[i].collides(with: prints[j])
                    if stories[i] == stories[j] {
                        pairs += 1
                        if prints[i].storyKey == prints[j].storyKey { pairsSameKey += 1 }
                        if collide { pairsColliding += 1 }
                    } else {
                        otherPairs += 1
                        if collide { otherPairsColliding += 1 }
                    }
                }
            }
        }

        var description: String {
            "stories truth \(truth), (a) distinct smallest band keys \(optionA), "
                + "(b) components \(optionB); copies of one story with the same key (a) \(pairsSameKey)/\(pairs), "
                + "sharing a band \(pairsColliding)/\(pairs); pairs of different stories sharing a band "
                + "\(otherPairsColliding)/\(otherPairs)"
        }
    }

    @Test func theCorpus() {
        let records = StoryCorpus.records
        let figures = Figures(texts: records.map(\.text), stories: records.map(\.story))
        print("corpus (\(records.count) articles): \(figures)")
        #expect(figures.optionB == figures.truth)
        #expect(figures.optionA > figures.truth)
        #expect(figures.otherPairsColliding == 0)
    }

    /// More copies than the corpus holds: every original with each one of
    /// its sentences dropped, and with its first and last dropped, and
    /// with its sentences in another order (what a rewriting desk does):
    /// 16 stories.
    @Test func syntheticCopies() {
        var texts: [String] = [], stories: [String] = []
        for record in StoryCorpus.records where record.id.hasSuffix("-a") {
            let sentences = record.text.split(separator: ". ").map(String.init)
            var variants = [record.text]
            for drop in sentences.indices {
                variants.append(sentences.enumerated().filter { $0.offset != drop }.map(\.element).joined(separator: ". "))
            }
            variants.append(sentences.dropFirst().dropLast().joined(separator: ". "))
            variants.append((sentences.dropFirst() + sentences.prefix(1)).joined(separator: ". "))
            texts += variants
            stories += Array(repeating: record.story, count: variants.count)
        }
        let figures = Figures(texts: texts, stories: stories)
        print("synthetic (\(texts.count) copies): \(figures)")
        #expect(figures.optionB == figures.truth)
        #expect(figures.otherPairsColliding == 0)
    }
}
