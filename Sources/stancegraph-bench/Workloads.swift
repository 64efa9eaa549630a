import Foundation
import StanceGraph

/// The workloads, each run in a process of its own so that its peak RSS is
/// its own. Each prints one line.
enum Workloads {
    static func extractor() throws -> Extractor {
        guard let folder = OntologyLocator.defaultDirectory() else {
            throw BenchError("cannot find the Ontology folder; run from the clone or set STANCEGRAPH_ONTOLOGY")
        }
        return Extractor(ontology: try Ontology.load(directory: folder))
    }

    /// Writes a synthetic JSON Lines corpus of about `megabytes` MB and a
    /// `.meta` file beside it with its article and sentence counts.
    static func corpus(megabytes: Double, to path: String, seed: UInt64) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        var generator = SyntheticCorpus(seed: seed)
        let target = Int(megabytes * 1_000_000)
        var bytes = 0, articles = 0, sentences = 0
        var buffer = ""
        while bytes < target {
            let item = generator.article(index: articles)
            let line = SyntheticCorpus.jsonLine(item)
            buffer += line
            bytes += line.utf8.count
            articles += 1
            sentences += item.sentences
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        try handle.close()
        try "\(articles) \(sentences)\n".write(toFile: path + ".meta", atomically: true, encoding: .utf8)
        Measure.line("corpus", [("MB", Measure.fixed(Double(bytes) / 1e6, 1)), ("articles", "\(articles)"),
                                ("sentences", "\(sentences)"), ("file", path)])
    }

    static func extract(_ path: String, jobs: Int, evidence: Int?, graphml: String?, isolate: Bool = false) throws {
        let extractor = try Workloads.extractor()
        var isolation: CorpusExtraction.Isolation?
        if isolate {
            // The stancegraph binary of the same build, with the same ontology.
            let bench = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0]
            let executable = URL(fileURLWithPath: bench).deletingLastPathComponent().appendingPathComponent("stancegraph").path
            guard FileManager.default.isExecutableFile(atPath: executable), let folder = OntologyLocator.defaultDirectory() else {
                throw BenchError("--isolate needs \(executable) (swift build -c release builds it) and the Ontology folder")
            }
            isolation = CorpusExtraction.Isolation(executable: executable, arguments: ["extract-worker", "--ontology", folder])
        }
        let meta = (try? String(contentsOfFile: path + ".meta", encoding: .utf8))?
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) } ?? []
        var result: CorpusExtraction.Result?
        let cpuBefore = Measure.cpuSeconds
        let seconds = try Measure.seconds {
            result = try CorpusExtraction.run([path], extractor: extractor,
                                              options: .init(jobs: jobs, evidenceLimit: evidence, isolation: isolation))
        }
        let cpu = Measure.cpuSeconds - cpuBefore
        guard let result else { return }
        if let graphml { try GraphMLWriter.write(result.graph, to: graphml) }
        var fields: [(String, String)] = [("jobs", "\(jobs)"), ("isolated", isolate ? "yes" : "no"),
                                          ("evidence", evidence.map(String.init) ?? "all"),
                                          ("articles", "\(result.articles)")]
        fields.append(("articles/s", Measure.fixed(Double(result.articles) / seconds, 0)))
        if meta.count == 2 {
            fields.append(("sentences/s", Measure.fixed(Double(meta[1]) / seconds, 0)))
            fields.append(("sentences/cpu_s", Measure.fixed(Double(meta[1]) / cpu, 0)))
            fields.append(("sentences/s/job", Measure.fixed(Double(meta[1]) / seconds / Double(jobs), 0)))
        }
        fields += [("MB/s", Measure.fixed(Double(result.bytes) / 1e6 / seconds)),
                   ("MB", Measure.fixed(Double(result.bytes) / 1e6, 1)),
                   ("edges", "\(result.graph.edges.count)"),
                   ("evidence_kept", "\(result.graph.edges.values.reduce(0) { $0 + $1.evidence.count })"),
                   ("seconds", Measure.fixed(seconds, 3)), ("cpu_seconds", Measure.fixed(cpu, 3)),
                   ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))]
        if isolate { fields.append(("worker_peak_rss_MiB", Measure.fixed(Measure.childrenPeakRSS, 1))) }
        Measure.line("extract", fields)
    }

    /// The extractor alone on in-memory synthetic articles, one thread: the
    /// ceiling for `extract --jobs 1`, which adds reading and decoding.
    static func extractDirect(articles: Int, seed: UInt64) throws {
        let extractor = try Workloads.extractor()
        var generator = SyntheticCorpus(seed: seed)
        let items = (0..<articles).map { generator.article(index: $0) }
        let sentences = items.reduce(0) { $0 + $1.sentences }
        let bytes = items.reduce(0) { $0 + $1.text.utf8.count }
        var graph = StanceGraph()
        let seconds = Measure.seconds {
            for item in items { graph.merge(extractor.extract(item.text, article: item.id)) }
        }
        Measure.line("extract-direct", [("articles", "\(articles)"),
                                        ("sentences/s", Measure.fixed(Double(sentences) / seconds, 0)),
                                        ("MB/s", Measure.fixed(Double(bytes) / 1e6 / seconds)),
                                        ("edges", "\(graph.edges.count)"), ("seconds", Measure.fixed(seconds, 3)),
                                        ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))])
    }

    static func graphmlWrite(nodes: Int, edges: Int, to path: String, seed: UInt64) throws {
        var generator = SyntheticGraph(seed: seed)
        var graph = StanceGraph()
        let build = Measure.seconds { graph = generator.graph(nodes: nodes, edges: edges) }
        let seconds = try Measure.seconds { try GraphMLWriter.write(graph, to: path) }
        let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        Measure.line("graphml-write", [("nodes", "\(graph.actors.count)"), ("edges", "\(graph.edges.count)"),
                                       ("MB", Measure.fixed(size / 1e6, 1)), ("seconds", Measure.fixed(seconds, 3)),
                                       ("MB/s", Measure.fixed(size / 1e6 / seconds, 1)),
                                       ("build_seconds", Measure.fixed(build, 2)),
                                       ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))])
    }

    static func graphmlRead(_ path: String) throws {
        var graph = StanceGraph()
        let seconds = try Measure.seconds { graph = try GraphMLReader.read(path: path) }
        let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        Measure.line("graphml-read", [("nodes", "\(graph.actors.count)"), ("edges", "\(graph.edges.count)"),
                                      ("MB", Measure.fixed(size / 1e6, 1)), ("seconds", Measure.fixed(seconds, 3)),
                                      ("MB/s", Measure.fixed(size / 1e6 / seconds, 1)),
                                      ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))])
    }

    /// Merges `count` single-article graphs, extracted beforehand from
    /// synthetic articles, into one.
    static func merge(count: Int, seed: UInt64) throws {
        let extractor = try Workloads.extractor()
        var generator = SyntheticCorpus(seed: seed)
        let parts = (0..<count).map { index -> StanceGraph in
            let item = generator.article(index: index)
            return extractor.extract(item.text, article: item.id)
        }
        var merged = StanceGraph()
        let seconds = Measure.seconds {
            for part in parts { merged.merge(part) }
        }
        let evidence = merged.edges.values.reduce(0) { $0 + $1.evidence.count }
        Measure.line("merge", [("graphs", "\(count)"), ("edges", "\(merged.edges.count)"),
                               ("evidence", "\(evidence)"), ("seconds", Measure.fixed(seconds, 3)),
                               ("graphs/s", Measure.fixed(Double(count) / seconds, 0)),
                               ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))])
    }

    /// Reads the graph, then asks for the relationships of `queries` actors.
    static func query(_ path: String, queries: Int) throws {
        var graph = StanceGraph()
        let read = try Measure.seconds { graph = try GraphMLReader.read(path: path) }
        let ids = graph.actors.keys.sorted()
        var found = 0
        let seconds = Measure.seconds {
            for k in 0..<queries {
                found += graph.relationships(of: ids[(k * 7919) % ids.count]).count
            }
        }
        Measure.line("query", [("edges", "\(graph.edges.count)"), ("queries", "\(queries)"),
                               ("ms/query", Measure.fixed(seconds * 1000 / Double(queries), 1)),
                               ("read_seconds", Measure.fixed(read, 3)), ("found", "\(found)"),
                               ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))])
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
