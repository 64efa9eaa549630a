import Foundation
import StanceGraph
import Synchronization
import Testing

/// Inputs at the edges (issue 11): nothing is dropped without a word, no
/// input blocks or runs for ever, and no run writes an empty graph for a
/// corpus it never found.
@Suite struct InputEdgeTests {
    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        try CorpusInputTests.write(text, name, in: folder)
    }

    @Test func aFolderWithoutArticlesIsAnErrorAndTheOutputIsKept() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        _ = try write("not an article", "notes.md", in: empty)
        #expect(throws: InputError.self) { _ = try CorpusInputTests.run([empty.path]) }
        let out = try write("previous graph", "out.graphml", in: folder)
        let run = try TestSupport.run(["extract", empty.path, "--graphml", out, "--keep-going"])
        #expect(run.status != 0)
        #expect(run.err.contains("no articles to read"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous graph")
    }

    @Test func aRunThatReadNoArticleWritesNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try write("{not json\n", "feed.jsonl", in: folder)
        let out = try write("previous graph", "out.graphml", in: folder)
        let run = try TestSupport.run(["extract", bad, "--graphml", out, "--keep-going"])
        #expect(run.status != 0)
        #expect(run.err.contains("no article was read (1 skipped"), "\(run.err)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous graph")
    }

    @Test func subfoldersAreNamedNotSilentlySkipped() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("Peru condemned Chile.", "a.txt", in: folder)
        for name in ["2023", "2024", "scripts"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name),
                                                    withIntermediateDirectories: true)
        }
        // Articles in two of them; the third holds none, and is not named.
        _ = try write("Chile backed Peru.", "2023/b.txt", in: folder)
        _ = try write("{}", "2024/c.jsonl", in: folder)
        _ = try write("print(1)", "scripts/job.py", in: folder)
        let warnings = WarningLog()
        let result = try CorpusExtraction.run([folder.path], extractor: TestSupport.extractor,
                                              options: .init(jobs: 1), onWarning: { warnings.add($0) })
        #expect(result.articles == 1)
        let said = warnings.all
        #expect(said.count == 1)
        #expect(said.first?.contains("2 subfolders not read (2023, 2024)") == true)
    }

    @Test func aNamedPipeInAFolderIsReportedNotWaitedFor() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("Peru condemned Chile.", "a.txt", in: folder)
        #expect(mkfifo(folder.appendingPathComponent("b.txt").path, 0o600) == 0)
        // Nobody writes to the pipe: reading it would block for ever.
        let result = try CorpusInputTests.run([folder.path], keepGoing: true)
        #expect(result.articles == 1)
        #expect(result.skipped.map(\.path) == [folder.appendingPathComponent("b.txt").path])
        #expect(result.skipped.first?.message.hasPrefix("not a regular file") == true)
    }

    @Test func aJSONDocumentIsRefusedNotReadAsText() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let array = try write(#"[{"id": "1", "text": "Peru condemned Chile."}]"#, "feed.json", in: folder)
        let error = #expect(throws: InputError.self) { _ = try CorpusInputTests.run([array]) }
        #expect(error?.message.contains("JSON Lines (.jsonl)") == true)
        // Named as what it is, it is read.
        let lines = try CorpusExtraction.run([array], extractor: TestSupport.extractor,
                                             options: .init(jobs: 1, keepGoing: true, format: .jsonl))
        #expect(lines.articles == 0 && lines.skipped.count == 1)
    }

    @Test func anEndlessLineEndsTheInputNotTheRun() throws {
        // /dev/zero: one line that never ends.
        let result = try CorpusExtraction.run(["/dev/zero"], extractor: TestSupport.extractor,
                                              options: .init(jobs: 1, keepGoing: true, format: .jsonl,
                                                             articleLimit: 1 << 16))
        #expect(result.articles == 0)
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.message.contains("the rest of the input is not read") == true)
    }

    @Test func outOfRangeLimitsAreRefusedAndJobsAreCapped() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try write("Peru condemned Chile.", "a.txt", in: folder)
        let out = folder.appendingPathComponent("o.graphml").path
        let huge = try TestSupport.run(["extract", input, "--graphml", out, "--max-article-mib", "9007199254740992"])
        #expect(huge.status != 0)
        #expect(huge.err.contains("--max-article-mib must be between 1 and 4096"))
        let many = try TestSupport.run(["extract", input, "--graphml", out, "--jobs", "100000"])
        #expect(many.status == 0)
        #expect(many.err.contains("--jobs 100000 lowered to"))
    }

    @Test func explainReadsEveryJSONLinesRecord() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = try write("""
        {"id": "r1", "text": "Peru condemned Chile."}
        {"id": "r2", "text": "Japan praised India."}
        """, "feed.jsonl", in: folder)
        let all = try TestSupport.run(["explain", feed])
        #expect(all.status == 0)
        #expect(all.out.contains("== r1 (\(feed):1)") && all.out.contains("== r2 (\(feed):2)"))
        #expect(all.out.contains("EDGE PER opposes CHL") && all.out.contains("EDGE JPN supports IND"))
        let one = try TestSupport.run(["explain", feed, "--id", "r2"])
        #expect(!one.out.contains("PER") && one.out.contains("EDGE JPN supports IND"))
        let none = try TestSupport.run(["explain", feed, "--id", "r3"])
        #expect(none.status != 0 && none.err.contains("no record with id r3"))
    }
}

/// Warnings heard from another thread.
final class WarningLog: Sendable {
    private let lines = Mutex<[String]>([])
    func add(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
