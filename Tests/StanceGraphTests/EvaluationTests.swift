import Foundation
import StanceGraph
import Testing

@Suite("Evaluation")
struct EvaluationTests {
    func key(_ s: String, _ r: Relation, _ t: String) -> EdgeKey { EdgeKey(source: s, relation: r, target: t) }

    @Test func countsLikeTheSharedScorers() {
        var evaluation = Evaluation()
        let item = Evaluation.Item(id: "a", text: "", required: [key("A", .supports, "B"), key("A", .warns, "C")],
                                   optional: [key("B", .opposes, "A")])
        // One hit, one miss, one false alarm; the optional edge counts for nothing.
        evaluation.add(item, predicted: [key("A", .supports, "B"), key("B", .opposes, "A"), key("C", .opposes, "A")])
        #expect(evaluation.total == Evaluation.Counts(tp: 1, fp: 1, fn: 1))
        #expect(evaluation.byRelation[.warns] == Evaluation.Counts(tp: 0, fp: 0, fn: 1))
        #expect(evaluation.outcomes.first?.misses == [key("A", .warns, "C")])
        #expect(evaluation.outcomes.first?.falseAlarms == [key("C", .opposes, "A")])
        let report = evaluation.report(name: "stance")
        #expect(report.hasSuffix("stance: P=0.500 R=0.500 F1=0.500 (n=1 tp=1 fp=1 fn=1)"))
    }

    @Test func emptyPredictionsOnEmptyGoldArePerfect() {
        var evaluation = Evaluation()
        evaluation.add(.init(id: "x", text: "", required: [], optional: []), predicted: [])
        #expect(evaluation.total.precision == 1 && evaluation.total.recall == 1)
    }

    @Test func readsBenchmarkLinesAndReportsTheBadLine() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("s.jsonl").path
        try """
        {"id": "s1", "text": "Brazil backs Argentina.", "gold": [{"source": "BRA", "relation": "supports", "target": "ARG"}]}
        {"id": "s2", "text": "Nothing here.", "gold": []}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let items = try EvaluationItems.sentences(file)
        #expect(items.map(\.id) == ["s1", "s2"])
        let evaluation = Evaluation.run(items, extractor: TestSupport.extractor)
        #expect(evaluation.total == Evaluation.Counts(tp: 1, fp: 0, fn: 0))

        try "{\"id\": \"s1\"}\nnot json\n".write(toFile: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: InputError.self) { try EvaluationItems.sentences(file) }
        #expect(error.path.hasSuffix(":1"))
    }
}
