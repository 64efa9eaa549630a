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
        // The copies that share no band, with their similarity: grouped
        // only through a third copy.
        let prints = records.map { StoryPrint(text: $0.text) }
        for i in records.indices {
            for j in records.indices where j > i && records[i].story == records[j].story
                && !prints[i].collides(with: prints[j]) {
                print("  no band shared: \(records[i].id) \(records[j].id), s = "
                      + String(format: "%.2f", Shingles.jaccard(records[i].text, records[j].text)))
            }
        }
        #expect(figures.optionB == figures.truth)
        #expect(figures.optionA > figures.truth)
        #expect(figures.otherPairsColliding == 0)
    }

    /// More copies than the corpus holds: every original with each one of
    /// its sentences dropped, and with its first and last dropped, and
    /// with its sentences in another order (what a rewriting desk does):
    /// 16 stories.
    @Test func syntheticCopies() {
        let (texts, stories) = Self.syntheticCopies()
        let figures = Figures(texts: texts, stories: stories)
        print("synthetic (\(texts.count) copies): \(figures)")
        #expect(figures.optionB == figures.truth)
        #expect(figures.otherPairsColliding == 0)
    }

    static func syntheticCopies() -> (texts: [String], stories: [String]) {
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
        return (texts, stories)
    }

    /// How well the prints' signature estimates Jaccard similarity, against
    /// the 128 independent hashes it replaced: the mean absolute error over
    /// every pair of corpus articles, over the pairs that share shingles
    /// (those a threshold decides on), and the largest. Quoted in the doc
    /// comment of `MinHash.swift` and in `StoryPrint`.
    @Test func jaccardEstimates() {
        jaccardEstimates(StoryCorpus.records.map(\.text), name: "corpus")
        jaccardEstimates(Self.syntheticCopies().texts, name: "synthetic copies")
    }

    func jaccardEstimates(_ texts: [String], name: String) {
        let sets = texts.map { Shingles.shingleSet($0) }
        let family = HashFamily(count: StoryPrint.bins)
        let classic = texts.map { MinHashSignature(text: $0, family: family) }
        let densified = texts.map { MinHashSignature(densifying: $0, bins: StoryPrint.bins, seed: StoryPrint.seed) }
        var pairs = 0, sharing = 0
        var error = (classic: 0.0, densified: 0.0), errorSharing = (classic: 0.0, densified: 0.0)
        var largest = (classic: 0.0, densified: 0.0)
        for i in texts.indices {
            for j in texts.indices where j > i {
                let union = sets[i].union(sets[j]).count
                let truth = union == 0 ? 1 : Double(sets[i].intersection(sets[j]).count) / Double(union)
                let a = abs(classic[i].similarity(classic[j]) - truth)
                let b = abs(densified[i].similarity(densified[j]) - truth)
                pairs += 1
                error.classic += a; error.densified += b
                largest = (max(largest.classic, a), max(largest.densified, b))
                if truth > 0 {
                    sharing += 1
                    errorSharing.classic += a; errorSharing.densified += b
                }
            }
        }
        func mean(_ sum: Double, _ count: Int) -> String { String(format: "%.4f", sum / Double(max(1, count))) }
        print("Jaccard error on \(name), 128 hashes -> one permutation densified: all \(pairs) pairs "
              + "\(mean(error.classic, pairs)) -> \(mean(error.densified, pairs)); \(sharing) pairs sharing shingles "
              + "\(mean(errorSharing.classic, sharing)) -> \(mean(errorSharing.densified, sharing)); largest "
              + String(format: "%.3f -> %.3f", largest.classic, largest.densified))
        // 128 values: the standard error of one estimate is at most 0.044.
        #expect(errorSharing.densified / Double(max(1, sharing)) < 0.05)
        #expect(largest.densified < 0.2)
    }
}
