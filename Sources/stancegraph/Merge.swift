import ArgumentParser
import StanceGraph

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge GraphML graphs into one.",
        discussion: """
        The union of the graphs: actors once each, edges once per (source, \
        relation, target), evidence added without duplicates. The result does \
        not depend on the order of the files.

        Example:
          stancegraph merge monday.graphml tuesday.graphml --graphml week.graphml --dot week.dot
        """
    )

    @Argument(help: ArgumentHelp("GraphML files to merge.", valueName: "GRAPHML"))
    var files: [String]

    @OptionGroup var output: OutputOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one GRAPHML file") }
        if output.isEmpty { throw ValidationError("give --graphml PATH, --dot PATH or both") }
    }

    func run() throws {
        try reportingErrors {
            var graph = StanceGraph()
            for file in files { graph.merge(try GraphMLReader.read(path: file)) }
            let written = try output.write(graph)
            if !quiet {
                note("\(files.count) graphs, \(graph.actors.count) actors, \(graph.edges.count) edges -> "
                     + written.joined(separator: ", "))
            }
        }
    }
}
