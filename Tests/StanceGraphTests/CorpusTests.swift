import Foundation
import StanceGraph
import Testing

/// Checks on the shared seed corpus (`../shared/corpus/seeds`), skipped when
/// it is not beside the clone.
@Suite("Seed corpus")
struct CorpusTests {
    static var seeds: URL { TestSupport.shared.appendingPathComponent("corpus/seeds") }

    static func articles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0) }
    }

    @Test(.enabled(if: !articles().isEmpty))
    func seedArticlesScorePerfectly() throws {
        let items = try EvaluationItems.goldFolder(Self.seeds.path)
        let evaluation = Evaluation.run(items, extractor: TestSupport.extractor)
        for outcome in evaluation.outcomes {
            #expect(outcome.falseAlarms.isEmpty, "false alarms in \(outcome.id): \(outcome.falseAlarms)")
            #expect(outcome.misses.isEmpty, "misses in \(outcome.id): \(outcome.misses)")
        }
        let total = evaluation.total
        #expect(total.tp > 0 && total.fp == 0 && total.fn == 0)
    }

    @Test(.enabled(if: !articles().isEmpty))
    func extractingTogetherEqualsMergingSeparateGraphs() throws {
        var together = StanceGraph()
        var separate: [StanceGraph] = []
        for url in Self.articles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            // A text file's name is its title on every evidence item.
            let graph = TestSupport.extractor.extract(text, article: url.lastPathComponent)
                .stamped(Provenance(title: url.lastPathComponent), trace: ArticleTrace(text: text, source: nil))
            together.merge(graph)
            separate.append(graph)
        }
        // The CLI on the folder against the CLI on each file, then merge.
        let folder = try TestSupport.temporaryFolder()
        let all = folder.appendingPathComponent("all.graphml").path
        let run = try TestSupport.run(["extract", Self.seeds.path, "--graphml", all, "--quiet"])
        #expect(run.status == 0, "\(run.err)")
        var parts: [String] = []
        for (index, url) in Self.articles().enumerated() {
            let part = folder.appendingPathComponent("part\(index).graphml").path
            let one = try TestSupport.run(["extract", url.path, "--graphml", part, "--quiet"])
            #expect(one.status == 0, "\(one.err)")
            parts.append(part)
        }
        let merged = folder.appendingPathComponent("merged.graphml").path
        let merge = try TestSupport.run(["merge"] + parts + ["--graphml", merged, "--quiet"])
        #expect(merge.status == 0, "\(merge.err)")
        let a = try GraphMLReader.read(path: all)
        let b = try GraphMLReader.read(path: merged)
        #expect(a == b)
        #expect(a == separate.reduce(StanceGraph()) { $0.merging($1) })
        #expect(a == together)
        #expect(try Data(contentsOf: URL(fileURLWithPath: all)) == Data(contentsOf: URL(fileURLWithPath: merged)))
    }
}
