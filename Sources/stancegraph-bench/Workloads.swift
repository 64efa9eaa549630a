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

    static func extract(_ path: String, jobs: Int, evidence: Int?, graphml: String?, label: String = "extract",
                        isolate: Bool = false) throws {
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
        Measure.line(label, fields)
    }

    /// The folder of the dev articles by default: `../shared/corpus/dev`
    /// beside the package root (the clone this executable was built in, or
    /// the current folder's), nil when no package root is found.
    static func defaultRealNewsFolder() -> String? {
        var starts: [URL] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<8 {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                   FileManager.default.fileExists(atPath: folder.appendingPathComponent("Ontology/relations.yaml").path) {
                    return folder.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev").path
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// The `*.txt` articles of `folder`, sorted by name; an error that says
    /// what to do when the folder is missing or holds none.
    static func realNewsFiles(_ folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BenchError("real-news: no folder \(folder); the dev articles are in ../shared/corpus/dev "
                             + "beside the clone, or pass --corpus DIR")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let files = names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else { throw BenchError("real-news: no *.txt articles in \(folder)") }
        return files
    }

    /// Writes the `*.txt` articles of `folder` as a JSON Lines corpus at
    /// `path`, the whole set over and over (`repeat` times, or until it
    /// holds `megabytes` MB), and a `.meta` file with its article and
    /// sentence counts (sentences as the extractor splits them). Each
    /// article is read as `stancegraph extract` reads a text file; its date
    /// comes from `NAME.meta.json` when there is one.
    static func realNewsCorpus(folder: String, megabytes: Double, repeat count: Int?, to path: String) throws {
        let files = try realNewsFiles(folder)
        let extractor = try Workloads.extractor()
        struct Record: Encodable { var id: String; var date: String?; var text: String }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var records: [Record] = []
        var sentencesPerPass = 0, passBytes = 0
        for file in files {
            let article = try ArticleSource.read(file)
            sentencesPerPass += extractor.analyze(article.text).sentences.count
            let metaPath = String(file.dropLast(4)) + ".meta.json"
            var date: String?
            if let data = FileManager.default.contents(atPath: metaPath),
               let meta = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                // Only a full day: the decoder refuses "2025-01", which some meta files hold.
                date = (meta["date"] as? String).flatMap { value in
                    value.utf8.count == 10 && value.enumerated().allSatisfy { index, c in
                        index == 4 || index == 7 ? c == "-" : c.isASCII && c.isNumber
                    } ? value : nil
                }
            }
            records.append(Record(id: article.id, date: date, text: article.text))
            passBytes += try encoder.encode(records[records.count - 1]).count + 1
        }
        let repeats = count ?? max(1, Int((megabytes * 1_000_000 / Double(passBytes)).rounded(.up)))
        guard repeats >= 1 else { throw BenchError("real-news: --repeat must be at least 1") }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        var bytes = 0
        for round in 1...repeats {
            // Ids differ from pass to pass, as distinct articles' would.
            var buffer = Data()
            for var record in records {
                record.id += "#\(round)"
                buffer.append(try encoder.encode(record))
                buffer.append(10)
            }
            bytes += buffer.count
            handle.write(buffer)
        }
        try handle.close()
        let articles = files.count * repeats, sentences = sentencesPerPass * repeats
        try "\(articles) \(sentences)\n".write(toFile: path + ".meta", atomically: true, encoding: .utf8)
        Measure.line("real-news-corpus", [("folder", folder), ("texts", "\(files.count)"),
                                          ("sentences_per_pass", "\(sentencesPerPass)"), ("repeat", "\(repeats)"),
                                          ("articles", "\(articles)"), ("sentences", "\(sentences)"),
                                          ("MB", Measure.fixed(Double(bytes) / 1e6, 1))])
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
