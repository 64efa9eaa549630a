import Foundation
import StanceGraph
import Testing

/// Checks on the shared seed corpus (`../shared/corpus/seeds`), skipped when
/// it is not beside the clone.
@Suite("Seed corpus")
struct CorpusTests {
    struct Gold: Decodable {
        struct GoldEdge: Decodable {
            var source: String
            var relation: String
            var target: String
            var required: Bool?
        }
        var edges: [GoldEdge]
    }

    static var seeds: URL { TestSupport.shared.appendingPathComponent("corpus/seeds") }

    static func articles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0) }
    }

    @Test(.enabled(if: !articles().isEmpty))
    func seedArticlesScorePerfectly() throws {
        var tp = 0, fp = 0, fn = 0
        for url in Self.articles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let goldURL = url.deletingPathExtension().appendingPathExtension("gold.json")
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let required = Set(gold.edges.filter { $0.required ?? true }.map { "\($0.source) \($0.relation) \($0.target)" })
            let optional = Set(gold.edges.filter { !($0.required ?? true) }.map { "\($0.source) \($0.relation) \($0.target)" })
            let found = Set(TestSupport.extractor.extract(text, article: url.lastPathComponent).edges.keys
                .map(\.description)).subtracting(optional)
            tp += found.intersection(required).count
            fp += found.subtracting(required).count
            fn += required.subtracting(found).count
            #expect(found.subtracting(required).isEmpty, "false alarms in \(url.lastPathComponent)")
            #expect(required.subtracting(found).isEmpty, "misses in \(url.lastPathComponent)")
        }
        #expect(tp > 0 && fp == 0 && fn == 0)
    }

    @Test(.enabled(if: !articles().isEmpty))
    func extractingTogetherEqualsMergingSeparateGraphs() throws {
        var together = StanceGraph()
        var separate: [StanceGraph] = []
        for url in Self.articles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let graph = TestSupport.extractor.extract(text, article: url.lastPathComponent)
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
