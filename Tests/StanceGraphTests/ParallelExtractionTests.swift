import Foundation
import PropertyBased
import StanceGraph
import Testing

/// Parallel extraction (issue 5, part 2): the output bytes do not depend on
/// the number of threads or on the order articles arrive in.
@Suite("Parallel extraction")
struct ParallelExtractionTests {
    /// A synthetic corpus as one JSON Lines file per shard.
    static func corpus(articles: Int, seed: UInt64) -> [SyntheticCorpus.Item] {
        var generator = SyntheticCorpus(seed: seed)
        return (0..<articles).map { generator.article(index: $0) }
    }

    static func graphml(_ items: [SyntheticCorpus.Item], order: [Int], jobs: Int, evidence: Int? = nil,
                        in folder: URL) throws -> [UInt8] {
        let path = folder.appendingPathComponent("corpus-\(UUID().uuidString).jsonl")
        let lines = order.map { SyntheticCorpus.jsonLine(items[$0]) }.joined()
        try Data(lines.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try CorpusExtraction.run([path.path], extractor: TestSupport.extractor,
                                              options: .init(jobs: jobs, evidenceLimit: evidence))
        #expect(result.articles == items.count)
        return try GraphMLWriter.data(result.graph)
    }

    @Test func theSyntheticCorpusHasStances() throws {
        let items = Self.corpus(articles: 50, seed: 1)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try Self.graphml(items, order: Array(items.indices), jobs: 1, in: folder)
        let graph = try GraphMLReader.read(bytes: bytes, name: "synthetic")
        #expect(graph.edges.count > 40)
        #expect(Set(graph.edges.keys.map(\.relation)).count == 3)
    }

    @Test func outputBytesDoNotDependOnJobsOrArticleOrder() async throws {
        let items = Self.corpus(articles: 120, seed: 7)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = try Self.graphml(items, order: Array(items.indices), jobs: 1, in: folder)
        let orders = Gen.int(in: 0...Int.max).map { seed -> [Int] in
            var rng = SplitMix64(seed: UInt64(seed))
            return Array(items.indices).shuffled(using: &rng)
        }
        await propertyCheck(count: 25, input: orders, Gen.int(in: 1...6)) { order, jobs in
            let bytes = try Self.graphml(items, order: order, jobs: jobs, in: folder)
            #expect(bytes == reference, "jobs \(jobs)")
        }
    }

    /// With a cap the kept evidence and the exact counts still do not
    /// depend on how articles were spread over threads.
    @Test func cappedOutputDoesNotDependOnJobsOrArticleOrder() async throws {
        let items = Self.corpus(articles: 150, seed: 11)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var references: [Int: [UInt8]] = [:]
        for cap in [1, 3] {
            references[cap] = try Self.graphml(items, order: Array(items.indices), jobs: 1, evidence: cap, in: folder)
        }
        let uncapped = try GraphMLReader.read(
            bytes: try Self.graphml(items, order: Array(items.indices), jobs: 1, in: folder), name: "all")
        let capped = try GraphMLReader.read(bytes: references[1]!, name: "capped")
        #expect(capped.edges.values.allSatisfy { $0.evidence.count <= 1 })
        for (key, edge) in uncapped.edges {
            #expect(capped.edges[key]?.weight == edge.weight)
            #expect(capped.edges[key]?.articles == edge.articles)
            #expect(capped.edges[key]?.firstSeen == edge.firstSeen)
            #expect(capped.edges[key]?.lastSeen == edge.lastSeen)
            #expect(capped.edges[key]?.evidence.first == edge.evidence.first)
        }
        let orders = Gen.int(in: 0...Int.max).map { seed -> [Int] in
            var rng = SplitMix64(seed: UInt64(seed))
            return Array(items.indices).shuffled(using: &rng)
        }
        await propertyCheck(count: 20, input: orders, Gen.int(in: 1...5), Gen.int(in: 0...1)) { order, jobs, pick in
            let cap = [1, 3][pick]
            let bytes = try Self.graphml(items, order: order, jobs: jobs, evidence: cap, in: folder)
            #expect(bytes == references[cap]!, "jobs \(jobs), cap \(cap)")
        }
    }

    @Test func theCommandWritesTheSameBytesForAnyJobs() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [Data] = []
        for jobs in [1, 2, 3, 8] {
            let graphml = folder.appendingPathComponent("j\(jobs).graphml").path
            let dot = folder.appendingPathComponent("j\(jobs).dot").path
            let examples = TestSupport.root.appendingPathComponent("Examples").path
            let run = try TestSupport.run(["extract", examples, "--graphml", graphml, "--dot", dot,
                                           "--jobs", "\(jobs)", "--quiet"])
            #expect(run.status == 0, "\(run.err)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: graphml)) + Data(contentsOf: URL(fileURLWithPath: dot)))
        }
        #expect(Set(outputs).count == 1)
    }
}

/// The progress and summary text (issue 5, part 4).
@Suite("Progress line")
struct ProgressLineTests {
    @Test func showsRateEdgesAndETAWhenTheSizeIsKnown() {
        let progress = CorpusExtraction.Progress(articles: 12_345, skipped: 2, edges: 678, bytesRead: 25 << 20,
                                                 totalBytes: 100 << 20, elapsed: 10)
        #expect(ProgressLine.text(progress) == "12,345 articles · 1,235/s · 678 edges · 2 skipped · 0:10 · 25% · ETA 0:30")
        var unknown = progress
        unknown.totalBytes = nil
        unknown.skipped = 0
        #expect(ProgressLine.text(unknown) == "12,345 articles · 1,235/s · 678 edges · 0:10")
        #expect(ProgressLine.clock(3725) == "1:02:05")
    }

    @Test func nothingButTheSummaryWhenStandardErrorIsNotATerminal() throws {
        let examples = TestSupport.root.appendingPathComponent("Examples").path
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.graphml").path
        let run = try TestSupport.run(["extract", examples, "--graphml", out])
        #expect(run.status == 0)
        let lines = run.err.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(!run.err.contains("\r"))
        #expect(lines.first?.hasPrefix("stancegraph: 4 articles, 0 skipped, ") == true)
        #expect(lines.first?.hasSuffix(" s -> \(out)") == true)
        let quiet = try TestSupport.run(["extract", examples, "--graphml", out, "--quiet"])
        #expect(quiet.err.isEmpty)
    }
}

/// The progress line appears on a terminal only (a pseudo-terminal made by
/// util-linux's `script`), rewritten in place and cleared before the summary.
@Suite("Progress on a terminal")
struct TerminalProgressTests {
    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    @Test(.enabled(if: hasScript)) func progressIsShownOnATerminalAndNotWithQuiet() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SyntheticCorpus(seed: 5)
        // The line's clock is injected (a second per reading), so the ETA
        // (shown from 0.5 s on) and the final line appear however fast the
        // machine runs these few articles.
        let lines = (0..<120).map { SyntheticCorpus.jsonLine(generator.article(index: $0)) }.joined()
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        try Data(lines.utf8).write(to: URL(fileURLWithPath: corpus))
        let exe = try #require(TestSupport.builtExecutable()).path
        let out = folder.appendingPathComponent("out.graphml").path
        func onTerminal(_ extra: String) throws -> String {
            let command = "\(exe) extract \(corpus) --graphml \(out) --jobs 1 --progress-interval 0.02 --progress-clock-step 1 \(extra)"
            let run = Process()
            run.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            run.arguments = ["-qec", command, "/dev/null"]
            run.currentDirectoryURL = TestSupport.root
            let pipe = Pipe()
            run.standardOutput = pipe
            run.standardInput = Pipe()
            try run.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            run.waitUntilExit()
            #expect(run.terminationStatus == 0)
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try onTerminal("")
        #expect(shown.contains(" articles · "), "\(shown)")
        #expect(shown.contains("/s · "))
        #expect(shown.contains("% · ETA "))
        #expect(shown.contains("\r\u{1B}[K"))
        #expect(shown.contains("120 articles · "), "the last state is shown: \(shown)")
        #expect(shown.contains("100% · ETA 0:00"), "\(shown)")
        #expect(shown.contains("stancegraph: 120 articles, 0 skipped, "))
        let quiet = try onTerminal("--quiet")
        #expect(quiet.isEmpty, "\(quiet)")
    }
}
