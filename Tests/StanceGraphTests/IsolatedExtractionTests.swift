import Foundation
@testable import StanceGraph
import Testing

/// No article can stop a run: with worker processes (`--isolate`, the
/// default with `--keep-going`) an article on which the extractor traps, or
/// whose worker is killed or hangs, is reported with its place and skipped,
/// and the output is byte for byte that of the input without it.
///
/// The extractor has no known trap, so these tests set off the worker's
/// fault hooks (`CorpusExtraction.FaultInjection`): an environment variable
/// names a marker, and the worker traps, kills itself or hangs on an article
/// whose text holds it. Each run is the built `stancegraph` binary.
@Suite("Isolated extraction")
struct IsolatedExtractionTests {
    static let trap = CorpusExtraction.FaultInjection.trapVariable
    static let kill = CorpusExtraction.FaultInjection.killVariable
    static let hang = CorpusExtraction.FaultInjection.hangVariable
    static let marker = "QZX-FAULT-MARKER"

    /// `count` synthetic articles; those in `marked` carry the marker.
    static func articles(_ count: Int, seed: UInt64 = 7, marked: Set<Int> = []) -> [SyntheticCorpus.Item] {
        var generator = SyntheticCorpus(seed: seed)
        return (0..<count).map { index in
            var item = generator.article(index: index)
            if marked.contains(index) { item.text += " The \(marker) was noted." }
            return item
        }
    }

    /// The articles as `NNN.txt` files of a new folder, leaving out `omit`.
    static func textFolder(_ items: [SyntheticCorpus.Item], in parent: URL, name: String,
                           omit: Set<Int> = []) throws -> URL {
        let folder = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, item) in items.enumerated() where !omit.contains(index) {
            try Data(item.text.utf8).write(to: folder.appendingPathComponent(String(format: "%03d.txt", index)))
        }
        return folder
    }

    /// The articles as a JSON Lines file, leaving out `omit`.
    static func feed(_ items: [SyntheticCorpus.Item], in parent: URL, name: String, omit: Set<Int> = []) throws -> URL {
        let file = parent.appendingPathComponent(name)
        let lines = items.enumerated().filter { !omit.contains($0.offset) }.map { SyntheticCorpus.jsonLine($0.element) }
        try Data(lines.joined().utf8).write(to: file)
        return file
    }

    /// The GraphML that the plain in-process run writes for `input`.
    static func reference(_ input: URL, in parent: URL) throws -> Data {
        let out = parent.appendingPathComponent("reference-\(UUID().uuidString).graphml").path
        let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--jobs", "2", "--quiet"])
        #expect(run.status == 0, "\(run.err)")
        return try Data(contentsOf: URL(fileURLWithPath: out))
    }

    static func lines(_ err: String) -> [String] { err.split(separator: "\n").map(String.init) }

    @Test func aTrappingTextArticleIsSkippedAndTheRestWrittenAsWithoutIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(12, marked: [5])
        let input = try Self.textFolder(items, in: folder, name: "all")
        let without = try Self.textFolder(items, in: folder, name: "without", omit: [5])
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--keep-going", "--jobs", "2"],
                                      environment: [Self.trap: Self.marker])
        #expect(run.status == 0, "\(run.err)")
        let lines = Self.lines(run.err)
        let skipped = lines.filter { $0.hasPrefix("stancegraph: skipped ") }
        #expect(skipped.count == 1, "\(run.err)")
        #expect(skipped.first?.hasPrefix("stancegraph: skipped \(input.path)/005.txt: extractor crashed twice (signal 4, SIGILL)") == true,
                "\(run.err)")
        #expect(skipped.first?.contains("Fatal error: \(Self.trap)") == true, "\(run.err)")
        #expect(lines.last?.contains("11 articles, 1 skipped (1 crashed)") == true, "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(without, in: folder))
    }

    @Test func aTrappingJSONLineIsSkippedWithItsLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(30, marked: [17])
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let without = try Self.feed(items, in: folder, name: "without.jsonl", omit: [17])
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--keep-going", "--jobs", "2"],
                                      environment: [Self.trap: Self.marker])
        #expect(run.status == 0, "\(run.err)")
        let lines = Self.lines(run.err)
        #expect(lines.filter { $0.hasPrefix("stancegraph: skipped ") }.count == 1, "\(run.err)")
        #expect(lines.contains { $0.hasPrefix("stancegraph: skipped \(input.path):18: extractor crashed twice (signal 4, SIGILL)") },
                "\(run.err)")
        #expect(lines.last?.contains("29 articles, 1 skipped (1 crashed)") == true, "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(without, in: folder))
    }

    @Test(arguments: [["--isolate"], ["--isolate", "--jobs", "2"]])
    func withoutKeepGoingACrashStopsTheRunWithItsPlace(extra: [String]) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(20, marked: [9])
        let feed = try Self.feed(items, in: folder, name: "feed.jsonl")
        let texts = try Self.textFolder(items, in: folder, name: "texts")
        for (input, place) in [(feed.path, "\(feed.path):10"), (texts.path, "\(texts.path)/009.txt")] {
            let out = folder.appendingPathComponent("out.graphml").path
            let run = try TestSupport.run(["extract", input, "--graphml", out] + extra,
                                          environment: [Self.trap: Self.marker])
            #expect(run.status != 0)
            #expect(!FileManager.default.fileExists(atPath: out))
            let line = try #require(HostileTextInputTests.oneErrorLine(run.err), "\(run.err)")
            #expect(line.hasPrefix("stancegraph: error: \(place): extractor crashed twice (signal 4, SIGILL)"), "\(line)")
        }
    }

    @Test func twoTrappingArticlesInOneRunWithTwoJobs() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(40, marked: [3, 31])
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let without = try Self.feed(items, in: folder, name: "without.jsonl", omit: [3, 31])
        let out = folder.appendingPathComponent("out.graphml").path
        let dot = folder.appendingPathComponent("out.dot").path

        let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--dot", dot, "--keep-going",
                                       "--jobs", "2"], environment: [Self.trap: Self.marker])
        #expect(run.status == 0, "\(run.err)")
        let skipped = Self.lines(run.err).filter { $0.hasPrefix("stancegraph: skipped ") }
        // Reported as they are met, so in either order.
        #expect(skipped.count == 2, "\(run.err)")
        #expect(skipped.contains { $0.hasPrefix("stancegraph: skipped \(input.path):4: extractor crashed") })
        #expect(skipped.contains { $0.hasPrefix("stancegraph: skipped \(input.path):32: extractor crashed") })
        #expect(Self.lines(run.err).last?.contains("38 articles, 2 skipped (2 crashed)") == true, "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(without, in: folder))

        let referenceDot = folder.appendingPathComponent("reference.dot").path
        _ = try TestSupport.run(["extract", without.path, "--dot", referenceDot, "--quiet"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dot)) == Data(contentsOf: URL(fileURLWithPath: referenceDot)))
    }

    /// The third article: the worker dies with the replies to the first
    /// two not yet sent (it sends them eight at a time), and its progress
    /// page still names the right one.
    @Test func aWorkerKilledOnAnArticleEveryTimeSkipsIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(15, marked: [2])
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let without = try Self.feed(items, in: folder, name: "without.jsonl", omit: [2])
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--keep-going", "--jobs", "1"],
                                      environment: [Self.kill: Self.marker])
        #expect(run.status == 0, "\(run.err)")
        #expect(Self.lines(run.err).contains {
            $0 == "stancegraph: skipped \(input.path):3: extractor crashed twice (signal 9, SIGKILL)"
        }, "\(run.err)")
        #expect(Self.lines(run.err).last?.contains("14 articles, 1 skipped (1 crashed)") == true, "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(without, in: folder))
    }

    @Test func aHangingArticleTimesOut() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(10, marked: [4])
        let input = try Self.textFolder(items, in: folder, name: "texts")
        let without = try Self.textFolder(items, in: folder, name: "without", omit: [4])
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--keep-going", "--jobs", "2",
                                       "--article-timeout", "1"], environment: [Self.hang: Self.marker])
        #expect(run.status == 0, "\(run.err)")
        #expect(Self.lines(run.err).contains {
            $0 == "stancegraph: skipped \(input.path)/004.txt: extractor took longer than 1 s (--article-timeout); "
                + "its worker was killed"
        }, "\(run.err)")
        #expect(Self.lines(run.err).last?.contains("9 articles, 1 skipped (1 timed out)") == true, "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(without, in: folder))
    }

    /// A worker killed from outside (SIGKILL, as the OOM killer does)
    /// mid-run: the article it was on is tried again, nothing is lost.
    @Test func aWorkerKilledFromOutsideMidRunLosesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(1500)
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try Running(["extract", input.path, "--graphml", out, "--isolate", "--jobs", "2"], in: folder)
        var victim: pid_t?
        let deadline = ContinuousClock.now + .seconds(60)
        while victim == nil && run.isRunning && ContinuousClock.now < deadline {
            if let worker = run.workers().first {
                usleep(1_000_000)
                if run.isRunning { victim = worker; _ = Glibc.kill(worker, SIGKILL) }
            }
            usleep(20_000)
        }
        let result = run.wait()
        let killed = try #require(victim, "the run ended before a worker could be killed: \(result.err)")
        #expect(result.status == 0, "\(result.err)")
        #expect(Self.lines(result.err).contains {
            $0.hasPrefix("stancegraph: warning: extraction worker \(killed) ended") && $0.contains("signal 9, SIGKILL")
        }, "\(result.err)")
        #expect(Self.lines(result.err).last?.contains("1500 articles, 0 skipped") == true, "\(result.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(input, in: folder))
    }

    /// Killed from outside while on the same article twice (held there by
    /// the hang hook): that article is skipped as crashed.
    @Test func aWorkerKilledFromOutsideTwiceOnOneArticleSkipsIt() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(8, marked: [3])
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let without = try Self.feed(items, in: folder, name: "without.jsonl", omit: [3])
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try Running(["extract", input.path, "--graphml", out, "--keep-going", "--jobs", "1",
                               "--article-timeout", "0"], in: folder, environment: [Self.hang: Self.marker])
        var killed: [pid_t] = []
        let deadline = ContinuousClock.now + .seconds(120)
        while run.isRunning && ContinuousClock.now < deadline {
            for worker in run.workers() where !killed.contains(worker) && Running.isSleeping(worker) {
                killed.append(worker)
                _ = Glibc.kill(worker, SIGKILL)
            }
            usleep(20_000)
        }
        if run.isRunning { run.terminate() }
        let result = run.wait()
        #expect(killed.count == 2)
        #expect(result.status == 0, "\(result.err)")
        #expect(Self.lines(result.err).contains {
            $0 == "stancegraph: skipped \(input.path):4: extractor crashed twice (signal 9, SIGKILL)"
        }, "\(result.err)")
        #expect(Self.lines(result.err).last?.contains("7 articles, 1 skipped (1 crashed)") == true, "\(result.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Self.reference(without, in: folder))
    }

    /// A worker never outlives its supervisor, even one stuck in a loop.
    @Test func workersDieWithTheirSupervisor() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(6, marked: [2])
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let out = folder.appendingPathComponent("out.graphml").path

        let run = try Running(["extract", input.path, "--graphml", out, "--isolate", "--jobs", "2"], in: folder,
                              environment: [Self.hang: Self.marker])
        var workers: [pid_t] = []
        let deadline = ContinuousClock.now + .seconds(60)
        while run.isRunning && ContinuousClock.now < deadline {
            workers = run.workers()
            if workers.contains(where: Running.isSleeping) { break }
            usleep(20_000)
        }
        #expect(workers.contains(where: Running.isSleeping), "no worker was seen stuck")
        run.kill()
        _ = run.wait()
        let gone = ContinuousClock.now + .seconds(10)
        while workers.contains(where: Running.isAlive) && ContinuousClock.now < gone { usleep(20_000) }
        #expect(!workers.contains(where: Running.isAlive))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func isolatedOutputIsTheSameBytesForAnyJobs() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Self.articles(60, seed: 11)
        let input = try Self.feed(items, in: folder, name: "feed.jsonl")
        let reference = try Self.reference(input, in: folder)
        for jobs in [1, 2, 3] {
            let out = folder.appendingPathComponent("j\(jobs).graphml").path
            let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--isolate", "--jobs", "\(jobs)",
                                           "--quiet"])
            #expect(run.status == 0, "\(run.err)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == reference, "jobs \(jobs)")
        }
    }

    /// Bad inputs found in a worker (here invalid UTF-8 and a bad date)
    /// read exactly as in-process ones.
    @Test func errorsFoundInAWorkerReadAsInProcess() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var feed = Array(SyntheticCorpus.jsonLine(Self.articles(1)[0]).utf8)
        feed += Array("{\"id\":\"b\",\"text\":\"caf".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)
        feed += Array("{\"id\":\"c\",\"date\":\"yesterday\",\"text\":\"Russia backs China.\"}\n".utf8)
        let input = folder.appendingPathComponent("feed.jsonl")
        try Data(feed).write(to: input)
        var outputs: [String] = []
        for extra in [["--no-isolate"], ["--isolate"]] {
            let out = folder.appendingPathComponent("out.graphml").path
            let run = try TestSupport.run(["extract", input.path, "--graphml", out, "--keep-going", "--jobs", "1"] + extra)
            #expect(run.status == 0, "\(run.err)")
            outputs.append(Self.lines(run.err).dropLast().joined(separator: "\n"))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].contains("feed.jsonl:2: invalid UTF-8"), "\(outputs[0])")
    }

    /// An article's graph survives the trip from a worker unchanged.
    @Test func anArticleGraphCrossesTheWireUnchanged() throws {
        let text = """
        "We will never accept this," the Russian foreign minister said, as Moscow condemned NATO. \
        Japan warned China over the islands. Brazil backed Canada's plan on tariffs.
        """
        let graph = TestSupport.extractor.extract(text, article: "wire.txt")
        #expect(!graph.edges.isEmpty)
        let frame = WorkerMessage.graphFrame(graph, provenance: Provenance(
            url: "https://news.example.org/a/1", title: "Moscow condemns", date: "2025-03-01"),
            print: StoryPrint(text: text))
        let reply = try frame.withUnsafeBytes { bytes in
            try WorkerMessage.decodeReply(UnsafeRawBufferPointer(rebasing: bytes[4...]))
        }
        guard case .graph(let decoded, let provenance, let print) = reply else {
            Issue.record("not a graph: \(reply)")
            return
        }
        #expect(decoded == graph)
        #expect(print == StoryPrint(text: text))
        #expect(provenance == Provenance(url: "https://news.example.org/a/1", title: "Moscow condemns",
                                         source: "news.example.org", date: "2025-03-01"))

        let error = InputError(path: "feed.jsonl", line: 12, reason: .invalidUTF8, message: "invalid UTF-8 at column 3")
        let errorReply = try WorkerMessage.errorFrame(error).withUnsafeBytes { bytes in
            try WorkerMessage.decodeReply(UnsafeRawBufferPointer(rebasing: bytes[4...]))
        }
        guard case .error(let decodedError) = errorReply else {
            Issue.record("not an error: \(errorReply)")
            return
        }
        #expect(decodedError == error)

        let raw = RawArticle(sequence: 4, path: "p/feed.jsonl", defaultID: "feed.jsonl", line: 7, format: .jsonl,
                             bytes: Array("{\"id\":\"x\",\"text\":\"é\"}".utf8))
        var request: [UInt8] = []
        WorkerMessage.appendRequest(raw, to: &request)
        let back = try request.withUnsafeBytes { bytes in
            try WorkerMessage.decodeRequest(UnsafeRawBufferPointer(rebasing: bytes[4...]))
        }
        #expect(back.path == raw.path && back.defaultID == raw.defaultID && back.line == raw.line
                && back.format == raw.format && back.bytes == raw.bytes)
    }
}

/// A `stancegraph` run in the background, with its standard error in a
/// file, and a look at its worker processes.
final class Running {
    let process = Process()
    let errFile: URL

    init(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws {
        errFile = folder.appendingPathComponent("err-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        process.executableURL = TestSupport.builtExecutable()
            ?? TestSupport.root.appendingPathComponent(".build/debug/stancegraph")
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    func terminate() { process.terminate() }

    func wait() -> (status: Int32, err: String) {
        process.waitUntilExit()
        let err = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, err)
    }

    /// The run's child processes: its workers.
    func workers() -> [pid_t] {
        let parent = process.processIdentifier
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { Running.stat($0)?.parent == parent }.sorted()
    }

    /// State and parent from /proc/PID/stat ("pid (name) S ppid ...").
    static func stat(_ pid: pid_t) -> (state: Character, parent: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 2, let state = fields[0].first, let parent = pid_t(fields[1]) else { return nil }
        return (state, parent)
    }

    /// Whether the process's main thread sleeps in `nanosleep` or
    /// `clock_nanosleep` (x86-64 numbers), as the hang hook does; a worker
    /// waiting for work is in `read` instead.
    static func isSleeping(_ pid: pid_t) -> Bool {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) else { return false }
        return ["35", "230"].contains(text.split(separator: " ").first.map(String.init) ?? "")
    }

    /// Alive: not gone and not a zombie waiting to be reaped.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let state = stat(pid)?.state else { return false }
        return state != "Z" && state != "X"
    }
}
