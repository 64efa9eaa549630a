import ArgumentParser
import Foundation
import StanceGraph

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extractor against annotated articles or benchmark sentences.",
        discussion: """
        Prints every miss and false alarm, then precision, recall and F1 per \
        relation and overall, counted as the shared scorers count them: \
        distinct (source, relation, target) per text, optional gold edges \
        neither for nor against, micro-averaged.

        Examples:
          stancegraph evaluate --gold ../shared/corpus/dev
          stancegraph evaluate --sentences ../shared/benchmarks/plover/sentences.jsonl
          stancegraph evaluate --sentences ../shared/benchmarks/petrarch/sentences.jsonl \\
              --actors ../shared/benchmarks/petrarch/actors.json
        """
    )

    @Option(help: ArgumentHelp("A folder of NAME.txt articles with NAME.gold.json beside them.", valueName: "DIR"))
    var gold: String?

    @Option(help: ArgumentHelp("A JSON Lines file of {id, text, gold} records.", valueName: "FILE.jsonl"))
    var sentences: String?

    @Flag(name: .shortAndLong, help: "Print only the figures, not each miss and false alarm.")
    var quiet = false

    @OptionGroup var ontology: OntologyOptions

    mutating func validate() throws {
        if (gold == nil) == (sentences == nil) { throw ValidationError("give exactly one of --gold DIR and --sentences FILE") }
    }

    func run() throws {
        try reportingErrors {
            let items = try gold.map(EvaluationItems.goldFolder) ?? EvaluationItems.sentences(sentences!)
            let extractor = Extractor(ontology: try ontology.load())
            let evaluation = Evaluation.run(items, extractor: extractor)
            print(evaluation.report(name: "stance", details: !quiet))
        }
    }
}
