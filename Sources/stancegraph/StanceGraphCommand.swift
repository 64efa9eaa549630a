import ArgumentParser
import StanceGraph

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Build a knowledge graph of who supports, warns or opposes whom from news articles.",
        discussion: """
        Reads articles, finds stance edges between actors (states such as RUS, CHN; \
        organisations such as NATO, EU, UN), each backed by the sentences that justify \
        it, and writes the graph as GraphML (Gephi, yEd, Cytoscape, networkx, igraph) \
        and DOT (Graphviz).

        Typical session:
          stancegraph extract Examples/             # -> Exports/stance.graphml, Exports/stance.dot
          stancegraph query Exports/stance.graphml --actor Russia
          stancegraph merge a.graphml b.graphml --graphml all.graphml --dot all.dot
          stancegraph convert all.graphml --dot all.dot
        """,
        subcommands: [Extract.self, Merge.self, Query.self, Stats.self, View.self, Convert.self, Explain.self, Evaluate.self,
                      ExtractWorker.self]
    )
}
