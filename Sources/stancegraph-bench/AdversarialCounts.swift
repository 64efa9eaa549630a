import ArgumentParser
import Foundation
import StanceGraph

struct AdversarialCounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adversarial-counts",
        abstract: "Seconds per MB of adversarial articles (one sentence repeated, one line of names and cues), beside ordinary news.",
        discussion: """
        The repeated article ("Russia condemned China. " over and over) gives \
        one edge a finding per sentence: if adding evidence to an edge costs \
        more than amortised O(log n), its seconds per MB grow with --megabytes \
        while the news figure stays flat. The line (names and cue verbs with no \
        full stop) tests the rules' work per sentence and the discourse they \
        keep. All are extracted in memory, one thread, and merged as extract \
        merges articles, under each --evidence.
        """)
    @Option(help: "Size of each input in MB (10^6 bytes).") var megabytes: Double = 1
    @Option(help: "Evidence kept per edge: a number or all; repeatable.") var evidence: [String] = ["100", "all"]
    @Option var seed: UInt64 = 1
    func run() throws {
        try Workloads.adversarialCounts(megabytes: megabytes, limits: evidence.map { Int($0) }, seed: seed)
    }
}

extension Workloads {
    /// Times `repeated` (one article, one sentence over and over) against
    /// synthetic news of the same size, each extracted and merged into one
    /// graph under each evidence cap, and prints seconds per MB for both.
    static func adversarialCounts(megabytes: Double, limits: [Int?], seed: UInt64) throws {
        let extractor = try Workloads.extractor()
        let sentence = "Russia condemned China. "
        let target = Int(megabytes * 1_000_000)
        let repeated = String(repeating: sentence, count: max(1, target / sentence.utf8.count))
        var generator = SyntheticCorpus(seed: seed)
        var news: [SyntheticCorpus.Item] = []
        var newsBytes = 0
        while newsBytes < target {
            let item = generator.article(index: news.count)
            newsBytes += item.text.utf8.count
            news.append(item)
        }
        let line = namesAndCues(bytes: target, seed: seed)
        try adversarialPage(news: news, bytes: target, extractor: extractor)
        for limit in limits {
            var repeatedGraph = StanceGraph()
            let repeatedSeconds = Measure.seconds {
                repeatedGraph.merge(extractor.extract(repeated, article: "repeated"), evidenceLimit: limit)
            }
            var lineGraph = StanceGraph()
            let lineSeconds = Measure.seconds {
                lineGraph.merge(extractor.extract(line, article: "line"), evidenceLimit: limit)
            }
            var newsGraph = StanceGraph()
            let newsSeconds = Measure.seconds {
                for item in news { newsGraph.merge(extractor.extract(item.text, article: item.id), evidenceLimit: limit) }
            }
            let repeatedMB = Double(repeated.utf8.count) / 1e6, newsMB = Double(newsBytes) / 1e6
            let weight = repeatedGraph.edges.values.map(\.weight).max() ?? 0
            Measure.line("adversarial", [
                ("evidence", limit.map(String.init) ?? "all"),
                ("repeated_MB", Measure.fixed(repeatedMB, 2)), ("repeated_weight", "\(weight)"),
                ("repeated_s/MB", Measure.fixed(repeatedSeconds / repeatedMB, 3)),
                ("news_MB", Measure.fixed(newsMB, 2)), ("news_articles", "\(news.count)"),
                ("news_s/MB", Measure.fixed(newsSeconds / newsMB, 3)),
                ("ratio", Measure.fixed(repeatedSeconds / repeatedMB / (newsSeconds / newsMB), 2)),
                ("line_MB", Measure.fixed(Double(line.utf8.count) / 1e6, 2)),
                ("line_s/MB", Measure.fixed(lineSeconds / (Double(line.utf8.count) / 1e6), 3)),
                ("line_ratio", Measure.fixed(lineSeconds / (Double(line.utf8.count) / 1e6) / (newsSeconds / newsMB), 2)),
                ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1)),
            ])
        }
    }
}

extension Workloads {
    /// One line of `bytes` bytes with no full stop: actor names and cue
    /// verbs joined by commas and conjunctions ("Japan condemned NATO ,
    /// Iran backed Peru and ..."), the shape of a scraped table or a
    /// runaway page that made the rules' work grow with the square of the
    /// article (issue 11). Deterministic for a seed.
    static func namesAndCues(bytes: Int, seed: UInt64) -> String {
        let names = ["Russia", "China", "Japan", "NATO", "the EU", "Ukraine", "Poland", "Iran", "Israel", "Turkey"]
        let cues = ["condemned", "backed", "warned", "criticised", "praised", "slammed"]
        let joiners = [",", "and", "while", "as"]
        var random = SplitMix64(seed: seed)
        var words: [String] = []
        var size = 0
        while size < bytes {
            for word in [names[random.below(names.count)], cues[random.below(cues.count)],
                         names[random.below(names.count)], joiners[random.below(joiners.count)]] {
                words.append(word)
                size += word.utf8.count + 1
            }
        }
        return words.joined(separator: " ")
    }
}

extension Workloads {
    /// Times a page of unclosed `<p><font>` tags (tag soup that once cut
    /// the text off: issue 11) against an ordinary page of the same news,
    /// each read from a file as `extract` reads HTML and extracted, and
    /// prints seconds per MB for both.
    static func adversarialPage(news: [SyntheticCorpus.Item], bytes: Int, extractor: Extractor) throws {
        var ordinary = "<html><head><title>News</title></head><body><article>"
        var soup = "<html><head><title>News</title></head><body>"
        for item in news {
            ordinary += "<p>\(item.text)</p>\n"
            soup += "<p><font>\(item.text)\n"
            if ordinary.utf8.count >= bytes { break }
        }
        ordinary += "</article></body></html>"
        soup += "</body></html>"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var figures: [(String, String)] = []
        var perMB: [Double] = []
        for (name, page) in [("ordinary", ordinary), ("soup", soup)] {
            let path = folder.appendingPathComponent("\(name).html").path
            try Data(page.utf8).write(to: URL(fileURLWithPath: path))
            var edges = 0
            var failure: String?
            let seconds = Measure.seconds {
                ArticleSource.forEachArticle(in: path) { result in
                    switch result {
                    case .success(let article): edges += extractor.extract(article.text, article: name).edges.count
                    case .failure(let error): failure = error.message
                    }
                }
            }
            let megabytes = Double(page.utf8.count) / 1e6
            perMB.append(seconds / megabytes)
            figures += [("\(name)_MB", Measure.fixed(megabytes, 2)), ("\(name)_s/MB", Measure.fixed(seconds / megabytes, 3)),
                        ("\(name)_edges", failure.map { "refused: \($0.prefix(40))" } ?? "\(edges)")]
        }
        figures.append(("ratio", Measure.fixed(perMB[1] / perMB[0], 2)))
        Measure.line("adversarial-page", figures)
    }
}
