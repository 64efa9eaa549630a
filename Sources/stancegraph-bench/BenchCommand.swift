import ArgumentParser
import Foundation
import StanceGraph

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph-bench",
        abstract: "Benchmarks of stancegraph on synthetic corpora and graphs, and on the dev articles, one line per workload.",
        discussion: """
        `all` runs every workload, each in a child process of its own so that \
        its peak RSS (getrusage) is its own. Build with -c release first:
          swift run -c release stancegraph-bench all
        """,
        subcommands: [All.self, Corpus.self, ExtractWorkload.self, RealNews.self, ExtractDirect.self, GraphMLWrite.self,
                      GraphMLRead.self, MergeWorkload.self, QueryWorkload.self, HTMLRead.self, BoundedRSS.self,
                      AdversarialCounts.self, AdversarialGraphMLWorkload.self, AdversarialRead.self,
                      StoryPrints.self],
        defaultSubcommand: All.self
    )
}

struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a synthetic JSON Lines corpus.")
    @Option(help: "Size in MB (10^6 bytes).") var megabytes: Double = 20
    @Option(help: "Seed.") var seed: UInt64 = 1
    @Option(help: "Output file.") var out: String
    func run() throws { try Workloads.corpus(megabytes: megabytes, to: out, seed: seed) }
}

struct ExtractWorkload: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extract a JSON Lines corpus.")
    @Argument var file: String
    @Option var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Evidence kept per edge: a number or all.") var evidence: String = "all"
    @Option(help: "Also write the graph here.") var graphml: String?
    @Option(help: .hidden) var label: String = "extract"
    @Flag(help: "Extract in worker processes (the stancegraph binary beside this one), as extract --isolate does.")
    var isolate = false
    func run() throws {
        try Workloads.extract(file, jobs: jobs, evidence: Int(evidence), graphml: graphml, label: label, isolate: isolate)
    }
}

struct RealNews: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "real-news",
        abstract: "Extract the dev articles, repeated as a JSON Lines corpus.",
        discussion: """
        Reads the *.txt articles of --corpus (default ../shared/corpus/dev beside \
        the package root), writes them over and over as JSON Lines into a \
        temporary file (never into the repository: the texts are third-party) \
        until it holds --megabytes, runs the extract workload on it in a child \
        process for each --jobs, and deletes the file.
        """)
    @Option(help: "Folder of *.txt articles.") var corpus: String?
    @Option(help: "Passes over the articles (default: enough for --megabytes).") var `repeat`: Int?
    @Option(help: "Corpus size to reach when --repeat is not given, in MB.") var megabytes: Double = 20
    @Option(help: "Jobs; give it again to run several (--jobs 1 --jobs 2). Default: all cores.") var jobs: [Int] = []
    @Option(help: "Evidence kept per edge: a number or all.") var evidence: String = "all"

    func run() throws {
        guard let folder = corpus ?? Workloads.defaultRealNewsFolder() else {
            throw BenchError("real-news: cannot find the package root to locate ../shared/corpus/dev; pass --corpus DIR")
        }
        _ = try Workloads.realNewsFiles(folder)   // a clear error before anything is written
        let scratch = NSTemporaryDirectory() + "stancegraph-real-news-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let file = scratch + "/real-news.jsonl"
        try Workloads.realNewsCorpus(folder: folder, megabytes: megabytes, repeat: `repeat`, to: file)
        for count in jobs.isEmpty ? [ProcessInfo.processInfo.activeProcessorCount] : jobs {
            try runChild(["extract", file, "--jobs", "\(count)", "--evidence", evidence, "--label", "real-news"])
        }
    }
}

struct ExtractDirect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-direct", abstract: "The extractor alone on in-memory articles, one thread.")
    @Option var articles: Int = 10_000
    @Option var seed: UInt64 = 1
    func run() throws { try Workloads.extractDirect(articles: articles, seed: seed) }
}

struct GraphMLWrite: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graphml-write",
                                                    abstract: "Build a random graph and write it as GraphML.")
    @Option var nodes: Int = 20_000
    @Option var edges: Int = 1_000_000
    @Option var seed: UInt64 = 1
    @Option var out: String
    func run() throws { try Workloads.graphmlWrite(nodes: nodes, edges: edges, to: out, seed: seed) }
}

struct GraphMLRead: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graphml-read", abstract: "Read a GraphML file.")
    @Argument var file: String
    func run() throws { try Workloads.graphmlRead(file) }
}

struct MergeWorkload: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Merge single-article graphs.")
    @Option var graphs: Int = 10_000
    @Option var seed: UInt64 = 3
    func run() throws { try Workloads.merge(count: graphs, seed: seed) }
}

struct QueryWorkload: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "Query actors of a GraphML file.")
    @Argument var file: String
    @Option var queries: Int = 100
    func run() throws { try Workloads.query(file, queries: queries) }
}

struct HTMLRead: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html-read", abstract: "Read a synthetic news page (HTML) into article text, several times.")
    @Option(help: "Page size in MB (10^6 bytes).") var megabytes: Double = 1
    @Option var runs: Int = 20
    @Option var seed: UInt64 = 1
    @Option(help: "Write the page here and keep it.") var keep: String?
    func run() throws { try Workloads.htmlRead(megabytes: megabytes, runs: runs, seed: seed, keep: keep) }
}

struct All: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every workload (the default).")
    @Option(help: "Corpus size for extraction, in MB.") var corpusMegabytes: Double = 20
    @Option var nodes: Int = 20_000
    @Option var edges: Int = 1_000_000
    @Option(help: "Keep files here instead of a temporary folder.") var workdir: String?
    @Option(help: "Folder of real articles for real-news (default ../shared/corpus/dev).") var realNews: String?

    func run() throws {
        let folder = workdir ?? NSTemporaryDirectory() + "stancegraph-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if workdir == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let corpus = folder + "/corpus.jsonl", graph = folder + "/graph.graphml"
        let cores = ProcessInfo.processInfo.activeProcessorCount
        try runChild(["corpus", "--megabytes", "\(corpusMegabytes)", "--out", corpus])
        try runChild(["extract", corpus, "--jobs", "1"])
        if cores > 1 { try runChild(["extract", corpus, "--jobs", "\(cores)"]) }
        try runChild(["extract", corpus, "--jobs", "1", "--isolate"])
        if cores > 1 { try runChild(["extract", corpus, "--jobs", "\(cores)", "--isolate"]) }
        try runChild(["graphml-write", "--nodes", "\(nodes)", "--edges", "\(edges)", "--out", graph])
        try runChild(["graphml-read", graph])
        try runChild(["merge"])
        try runChild(["query", graph])
        try runChild(["html-read"])
        try runChild(["adversarial-counts"])
        // The dev articles are not in the repository: run on them when they are there.
        if let folder = realNews ?? Workloads.defaultRealNewsFolder(),
           FileManager.default.fileExists(atPath: folder) {
            try runChild(["real-news", "--corpus", folder, "--jobs", "1"] + (cores > 1 ? ["--jobs", "\(cores)"] : []))
        } else {
            Measure.line("real-news", [("skipped", "no folder \(realNews ?? "../shared/corpus/dev") (pass --real-news DIR)")])
        }
    }
}

/// Runs this executable with `arguments`; its line goes to our output.
func runChild(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        process.executableURL = URL(fileURLWithPath: exe)
    }
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
        throw BenchError("workload \(arguments.joined(separator: " ")) failed (\(process.terminationStatus))")
    }
}

struct BoundedRSS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bounded-rss",
        abstract: "Extract growing corpora of the same generator and print peak RSS at each size.",
        discussion: "Each corpus is written, extracted in a child process (all cores) and deleted.")
    @Option(parsing: .upToNextOption, help: "Corpus sizes in GB (10^9 bytes).") var gigabytes: [Double] = [0.5, 1, 2]
    @Option(help: "Keep the corpora here (they are deleted after use).") var workdir: String?
    @Option(help: "Evidence kept per edge: a number or all.") var evidence: String = "10"

    func run() throws {
        let folder = workdir ?? NSTemporaryDirectory() + "stancegraph-rss-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if workdir == nil { try? FileManager.default.removeItem(atPath: folder) } }
        for size in gigabytes {
            let corpus = folder + "/corpus-\(size)GB.jsonl"
            try runChild(["corpus", "--megabytes", "\(size * 1000)", "--out", corpus])
            try runChild(["extract", corpus, "--evidence", evidence])
            try? FileManager.default.removeItem(atPath: corpus)
            try? FileManager.default.removeItem(atPath: corpus + ".meta")
        }
    }
}
