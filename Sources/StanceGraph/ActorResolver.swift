import Foundation

import StanceModel
import StanceOntology
import StanceExtraction

/// Turns what a user types ("Russia", "RUS", "Moscow", "the Kremlin") into
/// an actor id of a graph, using the graph's own ids and labels and the
/// ontology's names, aliases, adjectives and officials.
public struct ActorResolver: Sendable {
    let graph: StanceGraph
    let ontology: Ontology?

    public init(graph: StanceGraph, ontology: Ontology?) {
        self.graph = graph
        self.ontology = ontology
    }

    public func resolve(_ name: String) -> String? {
        let wanted = Self.normalize(name)
        if graph.actors[name] != nil { return name }
        if let actor = graph.actors.values.sorted().first(where: {
            Self.normalize($0.id) == wanted || Self.normalize($0.label) == wanted
        }) {
            return actor.id
        }
        guard let ontology else { return nil }
        for entry in ontology.actors {
            var names = [entry.id, entry.name] + entry.aliases + entry.adjectives
            names += entry.officials.flatMap { [$0.name] + $0.aliases }
            if names.contains(where: { Self.normalize($0) == wanted }) { return entry.id }
        }
        return nil
    }

    static func normalize(_ text: String) -> String {
        var words = text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
