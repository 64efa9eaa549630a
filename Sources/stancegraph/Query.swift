import ArgumentParser
import Foundation
import StanceGraph

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an actor's relationships in a graph.",
        discussion: """
        NAME is an actor id or any name the ontology knows for it: "RUS", \
        "Russia", "Moscow", "the Kremlin", "Putin". Each relationship is printed \
        with its weight (evidence sentences), its number of articles and one \
        evidence sentence; --evidence prints every sentence with the cue and \
        the rule that produced the edge.

        Examples:
          stancegraph query Exports/stance.graphml --actor Russia
          stancegraph query Exports/stance.graphml --actor CHN --direction in --relation warns
          stancegraph query Exports/stance.graphml --actor Tokyo --json
        """
    )

    @Argument(help: ArgumentHelp("The GraphML file to query.", valueName: "GRAPHML"))
    var file: String

    @Option(help: ArgumentHelp("The actor: an id or any of its names.", valueName: "NAME"))
    var actor: String

    @Option(help: ArgumentHelp("Only this relation: supports, warns or opposes.", valueName: "R"))
    var relation: Relation?

    @Option(help: ArgumentHelp("out: the actor's stances; in: stances toward it; both.", valueName: "out|in|both"))
    var direction: Direction = .both

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Print every evidence sentence with its cue and rule.")
    var evidence = false

    @OptionGroup var window: WindowOptions
    @OptionGroup var ontology: OntologyOptions

    func run() throws {
        try reportingErrors {
            let graph = window.apply(to: try GraphMLReader.read(path: file))
            let known = try? ontology.load()
            guard let id = ActorResolver(graph: graph, ontology: known).resolve(actor) else {
                throw CommandFailure("\(file): no actor '\(actor)' in the graph")
            }
            let edges = graph.relationships(of: id, direction: direction, relation: relation)
            let node = graph.actors[id] ?? Actor(id: id, label: id, kind: "")
            if json {
                print(try QueryReport(actor: node, edges: edges, allEvidence: evidence).json())
            } else {
                print(QueryReport(actor: node, edges: edges, allEvidence: evidence).table())
            }
        }
    }
}

extension Relation: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
