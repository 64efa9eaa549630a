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

        Counts stay exact where they can be: while an edge's evidence is \
        complete in every input the counts are those of the evidence union, \
        so merging a graph with itself changes nothing. --evidence K cuts the \
        evidence once, after every file is merged. Where an edge is in more \
        than one input and some input has capped evidence or none (a weighted \
        graph of networkx or Gephi), which sentences the inputs share is not \
        known: the number of such edges is printed, and the counts are added \
        (--assume-disjoint: the inputs came from different articles) or, with \
        --assume-overlapping, the largest count is kept. Inputs that visibly \
        counted the same article are reported.

        Labels and kinds given in a file win over the ontology's (a node \
        labelled "Polska" stays so); a node without a label takes one from \
        the other inputs, not its id; of two different labels from files the \
        lexicographically smallest is kept.

        Example:
          stancegraph merge monday.graphml tuesday.graphml --graphml week.graphml --dot week.dot
          stancegraph merge 2024/*.graphml --evidence 5 --graphml 2024.graphml
          stancegraph merge gephi.graphml networkx.graphml --assume-overlapping --graphml both.graphml
        """
    )

    @Argument(help: ArgumentHelp("GraphML files to merge.", valueName: "GRAPHML"))
    var files: [String]

    @OptionGroup var output: OutputOptions
    @OptionGroup var window: WindowOptions

    @Option(help: ArgumentHelp("Evidence sentences kept per edge: a number, or all.", valueName: "K|all"))
    var evidence: EvidenceLimit = .all

    @Flag(help: ArgumentHelp(
        "Where inputs' overlap is not known (no or capped evidence), add their counts (the default, with a warning).",
        discussion: "Exact when the inputs were extracted from different articles."))
    var assumeDisjoint = false

    @Flag(help: ArgumentHelp(
        "Where inputs' overlap is not known, keep the largest count instead of the sum.",
        discussion: "For inputs that may describe the same articles, such as one graph merged with a copy of itself."))
    var assumeOverlapping = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
    var quiet = false

    @OptionGroup var ontology: OntologyOptions

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one GRAPHML file") }
        if output.isEmpty { throw ValidationError("give at least one output: --graphml, --dot, --json, --csv-edges or --csv-evidence PATH") }
        if assumeDisjoint && assumeOverlapping {
            throw ValidationError("give --assume-disjoint or --assume-overlapping, not both")
        }
    }

    func run() throws {
        try reportingErrors {
            try output.check(inputs: files)
            var union = GraphUnion(rule: assumeOverlapping ? .overlapping : .disjoint, known: try knownActors())
            for file in files {
                let graph = try GraphMLReader.read(path: file)
                do {
                    try union.add(graph)
                } catch {
                    throw CommandFailure("\(file): \(error) (merging it into the files before)")
                }
            }
            let (graph, report): (StanceGraph, GraphUnion.Report)
            do {
                // Cut after the window (and per window with --by), so a
                // window keeps K items of its own days.
                (graph, report) = try union.result(evidenceLimit: window.window.isAll && output.by == nil
                    ? evidence.limit : nil)
            } catch {
                throw CommandFailure("\(files.joined(separator: ", ")): \(error) (in their union)")
            }
            let written = try output.write(window.apply(to: graph), evidenceLimit: evidence.limit)
            warn(report)
            if !quiet {
                note("\(files.count) graphs, \(graph.actors.count) actors, \(graph.edges.count) edges -> "
                     + written.joined(separator: ", "))
            }
        }
    }

    /// The ontology's labels and kinds, which the files' own override. The
    /// default ontology is optional here (a merge needs none); one asked
    /// for with --ontology or --actors must load.
    private func knownActors() throws -> [String: Actor] {
        let asked = ontology.directory != nil || !ontology.actorFiles.isEmpty
        guard let loaded = asked ? try ontology.load() : try? ontology.load() else { return [:] }
        return Dictionary(loaded.actors.map { ($0.id, Actor(id: $0.id, label: $0.name, kind: $0.kind)) },
                          uniquingKeysWith: { first, _ in first })
    }

    private func warn(_ report: GraphUnion.Report) {
        if let first = report.uncertain.first {
            let count = report.uncertain.count
            let what = "\(count) \(count == 1 ? "edge is" : "edges are") in more than one input with no or capped "
                + "evidence, so which sentences the inputs share is not known (first: \(first))"
            if assumeOverlapping {
                if !quiet { note("\(what); kept the largest counts (--assume-overlapping)") }
            } else if assumeDisjoint {
                if !quiet { note("\(what); added their counts (--assume-disjoint)") }
            } else {
                note("warning: \(what); added their counts as if the inputs came from different articles: "
                     + "pass --assume-disjoint to say so, or --assume-overlapping to keep the largest counts instead")
            }
        }
        if let first = report.overlaps.first {
            note("warning: \(report.overlaps.count) edges were counted in more than one input for the same "
                 + "articles, which their kept evidence shows, so their counts may be too high "
                 + "(first: \(first.key), article \(first.articles[0])); --assume-overlapping keeps the largest counts")
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
