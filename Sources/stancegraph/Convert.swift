import ArgumentParser
import StanceGraph

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a GraphML graph to another format.",
        discussion: """
        Example:
          stancegraph convert Exports/stance.graphml --dot stance.dot
          dot -Tsvg stance.dot -o stance.svg
        """
    )

    @Argument(help: ArgumentHelp("The GraphML file to read.", valueName: "GRAPHML"))
    var file: String

    @Option(help: ArgumentHelp("Write Graphviz DOT to this path.", valueName: "PATH"))
    var dot: String

    func run() throws {
        try reportingErrors {
            let graph = try GraphMLReader.read(path: file)
            try DOTWriter.write(graph, to: dot)
        }
    }
}
