import ArgumentParser
import Foundation
import StanceGraph

/// The cost of one article's story print, alone: the dev articles read
/// into memory, each printed `--passes` times, one thread. Also the cost
/// of the shingles alone (words read, hashed, 5-word runs hashed), the
/// part of a print that does not depend on how the signature is made.
struct StoryPrints: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story-prints", abstract: "Story prints of the dev articles, in microseconds an article.")
    @Option(help: "Folder of *.txt articles.") var corpus: String?
    @Option(help: "Passes over the articles; the best pass counts.") var passes: Int = 20

    func run() throws {
        guard let folder = corpus ?? Workloads.defaultRealNewsFolder() else {
            throw BenchError("story-prints: cannot find ../shared/corpus/dev; pass --corpus DIR")
        }
        let texts = try Workloads.realNewsFiles(folder).map { try String(contentsOfFile: $0, encoding: .utf8) }
        var checksum: UInt64 = 0
        var shingles = 0
        for text in texts { Shingles.forEachShingle(text) { _ in shingles += 1 } }
        func best(_ body: (String) -> UInt64) -> Double {
            var fastest = Double.infinity
            for _ in 0..<max(1, passes) {
                let seconds = Measure.seconds { for text in texts { checksum &+= body(text) } }
                fastest = min(fastest, seconds)
            }
            return fastest / Double(texts.count) * 1e6
        }
        let print = best { StoryPrint(text: $0).id }
        let alone = best { text in
            var hash: UInt64 = 0
            Shingles.forEachShingle(text) { hash ^= $0 }
            return hash
        }
        Measure.line("story-prints", [("articles", "\(texts.count)"), ("shingles", "\(shingles)"),
                                      ("us_per_article", Measure.fixed(print, 1)),
                                      ("shingles_us_per_article", Measure.fixed(alone, 1)),
                                      ("checksum", String(checksum, radix: 16))])
    }
}
