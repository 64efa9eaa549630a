import ArgumentParser
import Foundation
import StanceGraph

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank actors by stances held and received, and list contested and reciprocated pairs.",
        discussion: """
        Actors are ranked by the stances they hold (edges as source; ties by \
        evidence sentences, then id), with what they hold and receive per \
        relation. A pair is contested when one side both supports and opposes \
        the other (mixed), or supports it while the other opposes or warns it \
        (one-sided); reciprocated when both hold the same relation toward each \
        other.

        Examples:
          stancegraph stats Exports/stance.graphml
          stancegraph stats week.graphml --top 20
          stancegraph stats week.graphml --json > stats.json
        """
    )

    @Argument(help: ArgumentHelp("The GraphML file.", valueName: "GRAPHML"))
    var file: String

    @Option(help: ArgumentHelp("How many actors to rank in the table (the JSON holds all).", valueName: "N"))
    var top: Int = 10

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    func run() throws {
        try reportingErrors {
            let statistics = try GraphMLReader.read(path: file).statistics
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(statistics), as: UTF8.self))
            } else {
                print(Self.table(statistics, top: top))
            }
        }
    }

    static func table(_ stats: GraphStatistics, top: Int) -> String {
        let relations = Relation.allCases.map(\.rawValue)
        var lines = ["\(stats.actors) actors, \(stats.edges) edges ("
            + relations.map { "\(stats.byRelation[$0] ?? 0) \($0)" }.joined(separator: ", ") + ")", "",
            "actors by stances held (held / received per relation: " + relations.joined(separator: ", ") + ")"]
        for counts in stats.ranking.prefix(max(0, top)) {
            let held = relations.map { String(counts.held[$0] ?? 0) }.joined(separator: "/")
            let received = relations.map { String(counts.received[$0] ?? 0) }.joined(separator: "/")
            lines.append("  \(counts.id) (\(counts.label))  held \(held)  received \(received)  "
                         + "sentences \(counts.heldWeight) out, \(counts.receivedWeight) in")
        }
        if stats.ranking.count > top { lines.append("  ... \(stats.ranking.count - top) more (--top N, --json)") }
        lines += ["", "contested pairs: \(stats.contested.count)"]
        lines += stats.contested.map { "  \($0.edges.joined(separator: ", "))  (\($0.kind == "mixed" ? "mixed" : "one-sided"))" }
        lines += ["", "reciprocated pairs: \(stats.reciprocated.count)"]
        lines += stats.reciprocated.map { "  \($0.edges.joined(separator: ", "))" }
        return lines.joined(separator: "\n")
    }
}
