import ArgumentParser
import StanceGraph

struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an interactive page of a graph: one HTML file that works offline.",
        discussion: """
        Nodes are laid out by Graphviz (neato, sfdp from 300 actors); edges are \
        coloured and styled by relation as in the DOT output. The page has a \
        search box over every name of an actor (the ontology's aliases \
        included), filters by relation and minimum weight, and shows an edge's \
        evidence (sentence, cue, rule, date, source) or an actor's stances on a \
        click. Only the --top heaviest edges are drawn, and the page says so. \
        Open a given edge or actor with #edge=RUS/opposes/UKR or #node=RUS at \
        the end of the address.

        Examples:
          stancegraph view Exports/stance.graphml --html Exports/stance.html
          stancegraph view year.graphml --html year.html --top 2000
          stancegraph extract Examples/ --html Exports/stance.html
        """
    )

    @Argument(help: ArgumentHelp("The GraphML file.", valueName: "GRAPHML"))
    var file: String

    @Option(help: ArgumentHelp("Write the page to this path (- for standard output).", valueName: "PATH"))
    var html: String

    @Option(help: ArgumentHelp("Draw the N heaviest edges.", valueName: "N"))
    var top: Int = HTMLView.defaultTop

    @OptionGroup var ontology: OntologyOptions

    mutating func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            try OutputOptions.check(outputs: [("--html", html)], inputs: [file])
            let graph = try GraphMLReader.read(path: file)
            try HTMLView.write(graph, to: html, top: top, names: HTMLView.names(from: try? ontology.load()))
        }
    }
}
