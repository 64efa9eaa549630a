import ArgumentParser
import StanceGraph

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a GraphML graph to DOT, or rewrite it as canonical GraphML.",
        discussion: """
        Examples:
          stancegraph convert Exports/stance.graphml --dot stance.dot
          dot -Tsvg stance.dot -o stance.svg
          stancegraph convert big.graphml --evidence 3 --graphml small.graphml
        """
    )

    @Argument(help: ArgumentHelp("The GraphML file to read.", valueName: "GRAPHML"))
    var file: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var window: WindowOptions

    @Option(help: ArgumentHelp("Evidence sentences kept per edge: a number, or all.", valueName: "K|all"))
    var evidence: EvidenceLimit = .all

    mutating func validate() throws {
        if output.isEmpty { throw ValidationError("give at least one output: --graphml, --dot, --json, --csv-edges or --csv-evidence PATH") }
    }

    func run() throws {
        try reportingErrors {
            try output.check(inputs: [file])
            // Cut to the window first, then each graph written to K items.
            let graph = window.apply(to: try GraphMLReader.read(path: file))
            _ = try output.write(graph, evidenceLimit: evidence.limit)
        }
    }
}
