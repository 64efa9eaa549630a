import ArgumentParser
import Foundation
import StanceGraph

/// Options shared by the commands that read the ontology.
struct OntologyOptions: ParsableArguments {
    @Option(name: .customLong("ontology"), help: ArgumentHelp(
        "Use this ontology folder instead of the default one.",
        discussion: "The folder holds actors/*.yaml|json, relations.yaml and language.yaml.",
        valueName: "DIR"))
    var directory: String?

    @Option(name: .customLong("actors"), help: ArgumentHelp(
        "Add the actors of a YAML or JSON file (repeatable).",
        discussion: "A list of {id, name, kind, aliases}; an id already known extends that actor.",
        valueName: "FILE"))
    var actorFiles: [String] = []

    func load() throws -> Ontology {
        var ontology = try Ontology.load(directory: try folder())
        for file in actorFiles { try ontology.addActors(file: file) }
        return ontology
    }

    private func folder() throws -> String {
        guard let folder = directory ?? OntologyLocator.defaultDirectory() else {
            throw CommandFailure("cannot find the Ontology folder; pass --ontology DIR or set STANCEGRAPH_ONTOLOGY")
        }
        return folder
    }

    /// These options as arguments for another run of this program, with
    /// the folder found now, so that both load the same ontology.
    func arguments() throws -> [String] {
        ["--ontology", try folder()] + actorFiles.flatMap { ["--actors", $0] }
    }
}

/// Options for the graph files a command writes.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write the graph as GraphML to this path (- for standard output).",
                               valueName: "PATH"))
    var graphml: String?

    @Option(help: ArgumentHelp("Write the graph as Graphviz DOT to this path (- for standard output).",
                               valueName: "PATH"))
    var dot: String?

    @Option(help: ArgumentHelp("Write the graph as node-link JSON (networkx, d3) to this path (- for standard output).",
                               discussion: "Read it with networkx.node_link_graph(json.load(f)).",
                               valueName: "PATH"))
    var json: String?

    @Option(name: .customLong("csv-edges"), help: ArgumentHelp(
        "Write one CSV row per edge to this path (- for standard output).",
        discussion: "Columns: source, source_label, relation, target, target_label, weight, articles, "
            + "first_seen, last_seen. RFC 4180; pandas.read_csv and R's read.csv read it without options.",
        valueName: "PATH"))
    var csvEdges: String?

    @Option(name: .customLong("csv-evidence"), help: ArgumentHelp(
        "Write one CSV row per evidence sentence to this path (- for standard output).",
        discussion: "Columns: edge, source, relation, target, article, url, date, sentence, cue, rule, "
            + "speaker, start, end.",
        valueName: "PATH"))
    var csvEvidence: String?

    @Option(help: ArgumentHelp(
        "Write an interactive page (one offline HTML file) to this path; see 'stancegraph view'.",
        valueName: "PATH"))
    var html: String?

    @Option(help: ArgumentHelp(
        "Write the graph as GEXF 1.3 (Gephi; dynamic with dates: spells and weight over time) to this path.",
        valueName: "PATH"))
    var gexf: String?

    @Option(help: ArgumentHelp(
        "Write one graph per day, week, month or year, named after its window.",
        discussion: "--graphml out.graphml --by month writes out-2024-03.graphml, out-2024-04.graphml, ...; "
            + "weeks are ISO weeks (out-2024-W09.graphml); undated evidence goes to out-undated.graphml.",
        valueName: "day|week|month|year"))
    var by: Period?

    var isEmpty: Bool { named.isEmpty }

    /// The outputs given, with the option that named each.
    var namedOutputs: [(option: String, path: String)] { named }

    private var named: [(option: String, path: String)] {
        [("--graphml", graphml), ("--dot", dot), ("--json", json), ("--csv-edges", csvEdges),
         ("--csv-evidence", csvEvidence), ("--html", html), ("--gexf", gexf)].compactMap { option, path in path.map { (option, $0) } }
    }

    /// Refuses, before any work, outputs that would destroy each other or
    /// an input: two outputs naming one file (however spelled: a link, `-`
    /// and /dev/stdout), or an output that is one of `inputs` (files, or
    /// the files a folder input holds). Character devices such as /dev/null
    /// may be shared.
    func check(inputs: [String]) throws {
        if by != nil, let (option, _) = named.first(where: { $0.path == "-" }) {
            throw CommandFailure("\(option) - with --by: one graph per window cannot go to standard output; "
                + "give a file name, which each window's name is added to")
        }
        try Self.check(outputs: named, inputs: inputs)
    }

    /// `check(inputs:)` for outputs named by other options.
    static func check(outputs: [(option: String, path: String)], inputs: [String]) throws {
        var seen: [FileIdentity: String] = [:]
        for (option, path) in outputs {
            guard let identity = FileIdentity(path: path) else { continue }
            if let earlier = seen[identity], !identity.isCharacterDevice {
                throw CommandFailure("\(option) \(path) and \(earlier) name the same file; give each output its own path")
            }
            seen[identity] = "\(option) \(path)"
        }
        var inputFiles: [String] = []
        for input in inputs where input != "-" {
            inputFiles += FileIdentity.isFolder(input) ? ArticleSource.existingFiles(in: input) : [input]
        }
        for file in inputFiles {
            guard let identity = FileIdentity(path: file), !identity.isCharacterDevice,
                  let output = seen[identity] else { continue }
            throw CommandFailure("\(output) is also an input (\(file)); writing it would destroy what is read")
        }
    }

    /// Each file is written to a temporary file and renamed, so a failure
    /// never leaves a half-written graph behind; `-` and special files
    /// (pipes, devices) are written through.
    ///
    /// With `--by`, one set of files per window of `graph` (`split(by:)`),
    /// each path with `-WINDOW` before its extension.
    /// `evidenceLimit` cuts each graph written (each window's own).
    func write(_ graph: StanceGraph, evidenceLimit: Int? = nil, names: [String: [String]] = [:]) throws -> [String] {
        guard let by else { return try writeOne(graph, evidenceLimit: evidenceLimit, names: names) }
        var written: [String] = []
        for (label, part) in graph.split(by: by) {
            var target = self
            target.by = nil
            target.graphml = graphml.map { Self.path($0, window: label) }
            target.dot = dot.map { Self.path($0, window: label) }
            target.json = json.map { Self.path($0, window: label) }
            target.html = html.map { Self.path($0, window: label) }
            target.gexf = gexf.map { Self.path($0, window: label) }
            target.csvEdges = csvEdges.map { Self.path($0, window: label) }
            target.csvEvidence = csvEvidence.map { Self.path($0, window: label) }
            written += try target.writeOne(part, evidenceLimit: evidenceLimit, names: names)
        }
        return written
    }

    /// `out.graphml` -> `out-2024-03.graphml`; a name without an extension
    /// gets the window at its end. Only the file name is changed.
    static func path(_ path: String, window: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        if let dot = name.lastIndex(of: "."), dot > name.startIndex {
            return String(path[..<dot]) + "-" + window + String(path[dot...])
        }
        return path + "-" + window
    }

    private func writeOne(_ graph: StanceGraph, evidenceLimit: Int?, names: [String: [String]]) throws -> [String] {
        var graph = graph
        graph.capEvidence(evidenceLimit)
        var written: [String] = []
        if let graphml {
            try GraphMLWriter.write(graph, to: graphml)
            written.append(graphml == "-" ? "<stdout>" : graphml)
        }
        if let dot {
            try DOTWriter.write(graph, to: dot)
            written.append(dot == "-" ? "<stdout>" : dot)
        }
        if let json {
            try NodeLinkJSON.write(graph, to: json)
            written.append(json == "-" ? "<stdout>" : json)
        }
        if let html {
            try HTMLView.write(graph, to: html, names: names)
            written.append(html == "-" ? "<stdout>" : html)
        }
        if let gexf {
            try GEXFWriter.write(graph, to: gexf)
            written.append(gexf == "-" ? "<stdout>" : gexf)
        }
        if let csvEdges {
            try CSVTables.writeEdges(graph, to: csvEdges)
            written.append(csvEdges == "-" ? "<stdout>" : csvEdges)
        }
        if let csvEvidence {
            try CSVTables.writeEvidence(graph, to: csvEvidence)
            written.append(csvEvidence == "-" ? "<stdout>" : csvEvidence)
        }
        return written
    }
}

/// A one-line error for standard error.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// Runs a command body, turning any error into one line on standard error
/// and a non-zero exit status.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        FileHandle.standardError.write(Data("stancegraph: error: \(error)\n".utf8))
        throw ExitCode.failure
    }
}

func note(_ message: String) {
    FileHandle.standardError.write(Data("stancegraph: \(message)\n".utf8))
}
