import ArgumentParser
import Foundation
import StanceGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract stance edges from articles into one graph.",
        discussion: """
        INPUT is a text file, a folder (its *.txt files) or - for standard input. \
        Every article's edges are merged into one graph; each edge keeps the \
        sentences that justify it. With neither --graphml nor --dot, writes \
        Exports/stance.graphml and Exports/stance.dot.

        Examples:
          stancegraph extract Examples/
          stancegraph extract article.txt --graphml out.graphml
          cat article.txt | stancegraph extract - --dot out.dot --actors my-actors.yaml
        """
    )

    @Argument(help: ArgumentHelp("Articles: files, folders or - for standard input.", valueName: "INPUT"))
    var inputs: [String]

    @OptionGroup var output: OutputOptions
    @OptionGroup var ontology: OntologyOptions

    @Flag(help: "Skip articles that cannot be read, report them, and go on.")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a folder or -)") }
    }

    func run() throws {
        try reportingErrors {
            let extractor = Extractor(ontology: try ontology.load())
            let run = try CorpusExtraction.run(inputs, extractor: extractor, keepGoing: keepGoing) { error in
                note("skipped \(error)")
            }
            let graph = run.graph
            var target = output
            if target.isEmpty {
                target.graphml = "Exports/stance.graphml"
                target.dot = "Exports/stance.dot"
            }
            let written = try target.write(graph)
            if !quiet {
                let skippedText = run.skipped.isEmpty ? "" : ", \(run.skipped.count) skipped"
                note("\(run.articles) articles\(skippedText), \(graph.actors.count) actors, "
                     + "\(graph.edges.count) edges -> \(written.joined(separator: ", "))")
            }
        }
    }
}
