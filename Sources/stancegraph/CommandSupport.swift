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

    /// One output format: the option that names its path, and its writer.
    private struct Format: Sendable {
        var option: String
        /// (A key path is immutable once made; the compiler does not know
        /// this one is safe to share.)
        nonisolated(unsafe) var path: WritableKeyPath<OutputOptions, String?>
        var write: @Sendable (StanceGraph, String, _ names: [String: [String]]) throws -> Void
    }

    /// Every format, in the order they are written.
    private static let formats: [Format] = [
        Format(option: "--graphml", path: \.graphml) { graph, path, _ in try GraphMLWriter.write(graph, to: path) },
        Format(option: "--dot", path: \.dot) { graph, path, _ in try DOTWriter.write(graph, to: path) },
        Format(option: "--json", path: \.json) { graph, path, _ in try NodeLinkJSON.write(graph, to: path) },
        Format(option: "--html", path: \.html) { try HTMLView.write($0, to: $1, names: $2) },
        Format(option: "--gexf", path: \.gexf) { graph, path, _ in try GEXFWriter.write(graph, to: path) },
        Format(option: "--csv-edges", path: \.csvEdges) { graph, path, _ in try CSVTables.writeEdges(graph, to: path) },
        Format(option: "--csv-evidence", path: \.csvEvidence) { graph, path, _ in try CSVTables.writeEvidence(graph, to: path) },
    ]

    /// The outputs given, with the option that named each.
    private var named: [(option: String, path: String)] {
        Self.formats.compactMap { format in self[keyPath: format.path].map { (format.option, $0) } }
    }

    /// Refuses, before any work, outputs that would destroy each other or
    /// an input: two outputs naming one file (however spelled: a link, `-`
    /// and /dev/stdout), or an output that is one of `inputs` (files, or
    /// the files a folder input holds). Character devices such as /dev/null
    /// may be shared.
    func check(inputs: [String], alsoWriting extra: [(option: String, path: String)] = []) throws {
        if by != nil, let (option, _) = named.first(where: { $0.path == "-" }) {
            throw CommandFailure("\(option) - with --by: one graph per window cannot go to standard output; "
                + "give a file name, which each window's name is added to")
        }
        try Self.check(outputs: named + extra, inputs: inputs)
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
        for input in inputs where input != "-" {
            if FileIdentity.isFolder(input) {
                // A folder is read for its article files: an output is one of
                // them when it already exists in that folder under such a
                // name (looked up per output, not by listing the folder).
                let folder = FileIdentity(path: input)
                for (option, path) in outputs {
                    guard case .replace(let target)? = try? OutputTarget.resolve(path),
                          FileManager.default.fileExists(atPath: target) else { continue }
                    let (parent, name) = (((target as NSString).deletingLastPathComponent as String),
                                          (target as NSString).lastPathComponent)
                    guard !name.hasPrefix("."), InputFormat.of(path: name) != nil,
                          FileIdentity(path: parent.isEmpty ? "." : parent) == folder else { continue }
                    throw CommandFailure("\(option) \(path) is also an input (\(target) in \(input)); writing it "
                        + "would destroy what is read")
                }
            } else if let identity = FileIdentity(path: input), !identity.isCharacterDevice, let output = seen[identity] {
                throw CommandFailure("\(output) is also an input (\(input)); writing it would destroy what is read")
            }
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
            for format in Self.formats {
                target[keyPath: format.path] = self[keyPath: format.path].map { Self.path($0, window: label) }
            }
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
        for format in Self.formats {
            guard let path = self[keyPath: format.path] else { continue }
            try format.write(graph, path, names)
            written.append(path == "-" ? "<stdout>" : path)
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
