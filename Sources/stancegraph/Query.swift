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
          stancegraph query Exports/stance.graphml --actor Russia --with China --evidence
          stancegraph query Exports/stance.graphml --actor NATO --depth 2
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

    @Option(name: .customLong("with"), help: ArgumentHelp(
        "Only the stances between the actor and this one, both ways (or as --direction says).",
        valueName: "NAME"))
    var other: String?

    @Option(help: ArgumentHelp(
        "The neighbourhood: the actor's edges (1), and those of the actors they reach (2), and so on.",
        valueName: "N"))
    var depth: Int = 1

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Print every evidence sentence with its cue and rule.")
    var evidence = false

    @OptionGroup var window: WindowOptions
    @OptionGroup var ontology: OntologyOptions

    mutating func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        if other != nil && depth > 1 { throw ValidationError("give --with or --depth, not both") }
    }

    func run() throws {
        try reportingErrors {
            let graph = window.apply(to: try GraphMLReader.read(path: file))
            let known = try? ontology.load()
            guard let id = ActorResolver(graph: graph, ontology: known).resolve(actor) else {
                throw CommandFailure("\(file): no actor '\(actor)' in the graph")
            }
            let resolver = ActorResolver(graph: graph, ontology: known)
            let edges: [Edge]
            var scope: String?
            if let other {
                guard let otherID = resolver.resolve(other) else {
                    throw CommandFailure("\(file): no actor '\(other)' in the graph")
                }
                edges = graph.stances(between: id, and: otherID, direction: direction, relation: relation)
                scope = "with \(otherID) (\(graph.actors[otherID]?.label ?? otherID))"
            } else if depth > 1 {
                edges = graph.neighbourhood(of: id, depth: depth, direction: direction, relation: relation)
                scope = "within \(depth) steps"
            } else {
                edges = graph.relationships(of: id, direction: direction, relation: relation)
            }
            let node = graph.actors[id] ?? Actor(id: id, label: id, kind: "")
            let report = QueryReport(actor: node, edges: edges, allEvidence: evidence, scope: scope)
            print(json ? try report.json() : report.table())
        }
    }
}

extension Relation: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
