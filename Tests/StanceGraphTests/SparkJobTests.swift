import Foundation
import Testing

/// The Spark job of `Examples/spark/stance_job.py` (issue 14) run by the
/// real `spark-submit` in local mode: its graph is byte for byte that of
/// one `stancegraph extract` of the same input, whatever the number of
/// partitions; refused articles are reported by id with `--keep-going`; a
/// task whose stancegraph process is killed is retried and changes nothing.
/// Skipped where Java or `spark-submit` is missing (`.ci/setup` installs a
/// Java runtime and pyspark, so CI runs it).
@Suite(.serialized) struct SparkJobTests {
    /// An executable on PATH, or nil.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `spark-submit` on PATH, else the one inside the pyspark that python3 imports.
    static let sparkSubmit: String? = {
        if let found = onPath("spark-submit") { return found }
        guard let python = onPath("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import os, pyspark; print(os.path.dirname(pyspark.__file__))"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let folder = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let candidate = "\(folder)/bin/spark-submit"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }()

    static let available = sparkSubmit != nil && onPath("java") != nil && TestSupport.builtExecutable() != nil

    static var job: String { TestSupport.root.appendingPathComponent("Examples/spark/stance_job.py").path }
    static var corpus: String { TestSupport.root.appendingPathComponent("Corpora/spark/corpus.jsonl").path }
    static var binary: String { TestSupport.builtExecutable()!.path }

    /// Runs a command to its end; standard output and error as text.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
        throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes: Spark's log can fill a pipe nobody reads yet.
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// `spark-submit --master MASTER stance_job.py ARGS...`, light on a shared machine.
    static func submit(master: String, _ arguments: [String], environment: [String: String] = [:])
        throws -> (status: Int32, out: String, err: String) {
        try run(sparkSubmit!, ["--master", master, "--driver-memory", "512m",
                               "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                               "--files", binary, job] + arguments,
                environment: ["SPARK_LOCAL_IP": "127.0.0.1"].merging(environment) { $1 })
    }

    /// One `stancegraph extract` of the same input: the reference bytes.
    static func extract(_ input: String, to folder: URL, _ options: [String]) throws -> (graphml: Data, dot: Data) {
        let graphml = folder.appendingPathComponent("one.graphml").path
        let dot = folder.appendingPathComponent("one.dot").path
        let result = try run(binary, ["extract", input, "--graphml", graphml, "--dot", dot, "-q"] + options)
        #expect(result.status == 0, "\(result.err)")
        return (try Data(contentsOf: URL(fileURLWithPath: graphml)), try Data(contentsOf: URL(fileURLWithPath: dot)))
    }

    @Test(.enabled(if: available)) func sameBytesAsOneExtractForOneTwoAndSevenPartitions() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A cap of 2 cuts most edges of the corpus: each partition keeps its
        // first two and the merge the first two of the union.
        let reference = try Self.extract(Self.corpus, to: folder, ["--evidence", "2"])
        let text = String(decoding: reference.graphml, as: UTF8.self)
        #expect(text.components(separatedBy: "<edge ").count > 50, "the corpus gives too few edges")
        #expect(text.contains("first_seen"), "the corpus's dates are not in the graph")
        // Pairwise merges (--fan-in 2), and 7 partitions with up to 4
        // graphs in one merge call.
        for (partitions, fanIn) in [(1, 2), (2, 2), (7, 2), (7, 4)] {
            let out = folder.appendingPathComponent("spark-\(partitions)-\(fanIn).graphml").path
            let dot = folder.appendingPathComponent("spark-\(partitions)-\(fanIn).dot").path
            let result = try Self.submit(master: "local[2]", [Self.corpus, out, "--partitions", "\(partitions)",
                                                              "--evidence", "2", "--dot", dot, "--binary", Self.binary,
                                                              "--fan-in", "\(fanIn)"])
            #expect(result.status == 0, "\(partitions) partitions: \(result.err.suffix(3000))")
            #expect(result.err.contains("48 articles in \(partitions) partitions, 0 skipped"), "\(result.err.suffix(2000))")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
            #expect(bytes == reference.graphml, "\(partitions) partitions: the GraphML differs from one extract")
            #expect(try Data(contentsOf: URL(fileURLWithPath: dot)) == reference.dot,
                    "\(partitions) partitions: the DOT differs from one extract")
        }
    }

    @Test(.enabled(if: available)) func refusedArticlesAreReportedByIdAndTheJobSucceeds() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The corpus with two articles stancegraph refuses: one without
        // "text" (line 6) and one longer than --max-article-mib 1 (line 30).
        var lines = try String(contentsOfFile: Self.corpus, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let long = String(repeating: "Russia warned Japan. ", count: 60_000)
        lines.insert(#"{"id": "no-text-here", "date": "2024-05-01"}"#, at: 5)
        lines.insert(#"{"id": "far-too-long", "text": "\#(long)"}"#, at: 29)
        let input = folder.appendingPathComponent("faulty.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let options = ["--evidence", "3", "--keep-going", "--max-article-mib", "1"]
        let reference = try Self.extract(input, to: folder, options)

        let out = folder.appendingPathComponent("spark.graphml").path
        let result = try Self.submit(master: "local[2]", [input, out, "--partitions", "3", "--binary", Self.binary]
                                     + options)
        #expect(result.status == 0, "\(result.err.suffix(3000))")
        let report = result.err.split(separator: "\n").filter { $0.hasPrefix("stance_job: ") }.joined(separator: "\n")
        #expect(report.contains(#"article "no-text-here" (line 6)"#), "\(report)")
        #expect(report.contains(#"article "far-too-long" (line 30)"#), "\(report)")
        #expect(report.contains("48 articles in 3 partitions, 2 skipped"), "\(report)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == reference.graphml)

        // Without --keep-going the job fails and names the article.
        let strict = try Self.submit(master: "local[2]", [input, folder.appendingPathComponent("strict.graphml").path,
                                                          "--partitions", "3", "--binary", Self.binary])
        #expect(strict.status != 0)
        #expect(strict.err.contains(#"article "no-text-here" (line 6)"#), "\(strict.err.suffix(2000))")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict.graphml").path))
    }

    @Test(.enabled(if: available)) func aKilledTaskIsRetriedAndTheGraphIsUnchanged() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = try Self.extract(Self.corpus, to: folder, ["--evidence", "2"])
        let out = folder.appendingPathComponent("spark.graphml").path
        // local[2,4]: two threads, four attempts per task. The job kills the
        // stancegraph process of partition 0's first attempt (SIGKILL).
        let result = try Self.submit(master: "local[2,4]", [Self.corpus, out, "--partitions", "2", "--evidence", "2",
                                                            "--binary", Self.binary],
                                     environment: ["STANCE_JOB_KILL_ONCE": "0"])
        #expect(result.status == 0, "\(result.err.suffix(3000))")
        #expect(result.err.contains("stancegraph extract on partition 0 killed by signal 9"),
                "the task was not killed: \(result.err.suffix(3000))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == reference.graphml)
    }
}
