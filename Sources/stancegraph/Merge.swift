import ArgumentParser
import StanceGraph

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge GraphML graphs into one.",
        discussion: """
        The union of the graphs: actors once each, edges once per (source, \
        relation, target), evidence added without duplicates, data of other \
        tools (yEd layout, Gephi colours, your own attributes) kept. The result \
        does not depend on the order of the files.

        Counts stay exact: while an edge's evidence is complete the counts are \
        those of the evidence union; once evidence was capped (--evidence K) \
        the counts of the inputs add, which is exact when they came from \
        different articles. Inputs that visibly counted the same article are \
        reported.

        Example:
          stancegraph merge monday.graphml tuesday.graphml --graphml week.graphml --dot week.dot
          stancegraph merge 2024/*.graphml --evidence 5 --graphml 2024.graphml
        """
    )

    @Argument(help: ArgumentHelp("GraphML files to merge.", valueName: "GRAPHML"))
    var files: [String]

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Evidence sentences kept per edge: a number, or all.", valueName: "K|all"))
    var evidence: EvidenceLimit = .all

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one GRAPHML file") }
        if output.isEmpty { throw ValidationError("give --graphml PATH, --dot PATH or both") }
    }

    func run() throws {
        try reportingErrors {
            try output.check(inputs: files)
            var graph = StanceGraph()
            var overlaps: [Edge.Overlap] = []
            for file in files {
                overlaps += graph.merge(try GraphMLReader.read(path: file), evidenceLimit: evidence.limit)
            }
            graph.capEvidence(evidence.limit)
            let written = try output.write(graph)
            if !overlaps.isEmpty {
                let first = overlaps[0]
                note("warning: \(overlaps.count) edges were counted in more than one input for the same "
                     + "articles after their evidence was capped, so their counts may be too high "
                     + "(first: \(first.key), article \(first.articles[0]))")
            }
            if !quiet {
                note("\(files.count) graphs, \(graph.actors.count) actors, \(graph.edges.count) edges -> "
                     + written.joined(separator: ", "))
            }
        }
    }
}

/// `--evidence K|all`: how many evidence sentences each edge keeps.
struct EvidenceLimit: ExpressibleByArgument, Sendable {
    /// nil keeps all.
    var limit: Int?

    static let all = EvidenceLimit(limit: nil)
    /// What `extract` keeps unless told: bounded memory on any corpus.
    /// (`merge` and `convert` keep all: they never drop what a file holds
    /// unless asked, and merging complete evidence is exact and idempotent.)
    static let extractDefault = EvidenceLimit(limit: 100)

    init(limit: Int?) { self.limit = limit }

    init?(argument: String) {
        if argument == "all" {
            limit = nil
        } else if let number = Int(argument), number >= 0 {
            limit = number
        } else {
            return nil
        }
    }

    var defaultValueDescription: String { limit.map(String.init) ?? "all" }
}
