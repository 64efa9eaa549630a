import CSV
import Foundation
import StanceModel

/// The graph as two tables for pandas and R: one row per edge, one row per
/// evidence sentence, RFC 4180 quoting (through CSV.swift: a field with a
/// comma, a quote or a line break is quoted, quotes doubled), a header row,
/// CRLF line ends. Both load with `pandas.read_csv(path)` and
/// `read.csv(path)` without options.
///
/// Rows follow the writers' order (edges by key, evidence by position), so
/// the bytes are deterministic. `edge` in the evidence table is the edge's
/// `SOURCE relation TARGET`, the same text `query` prints. `stories` and
/// `sources` (`EdgeStories`) are empty for an edge without story
/// information (read from a file written before they were kept).
public enum CSVTables {
    public static let edgeColumns = ["source", "source_label", "relation", "target", "target_label", "weight",
                                     "articles", "stories", "sources", "first_seen", "last_seen"]
    public static let evidenceColumns = ["edge", "source", "relation", "target", "article", "url", "date",
                                         "sentence", "cue", "rule", "speaker", "start", "end", "outlet", "title"]

    /// One row per edge.
    public static func edges(_ graph: StanceGraph) throws -> [UInt8] {
        try table(edgeColumns) { write in
            for edge in graph.sortedEdges {
                try write([edge.source, graph.actors[edge.source]?.label ?? edge.source, edge.relation.rawValue,
                           edge.target, graph.actors[edge.target]?.label ?? edge.target, String(edge.weight),
                           String(edge.articles), edge.stories.isEmpty ? "" : String(edge.stories.stories),
                           edge.stories.isEmpty ? "" : String(edge.stories.sources),
                           edge.firstSeen ?? "", edge.lastSeen ?? ""])
            }
        }
    }

    /// One row per evidence sentence kept, with where it was read (`url`,
    /// `date`, `outlet`, `title`: empty where the article gave none).
    public static func evidence(_ graph: StanceGraph) throws -> [UInt8] {
        try table(evidenceColumns) { write in
            for edge in graph.sortedEdges {
                for item in edge.evidence {
                    let from = item.provenance
                    try write([edge.key.description, edge.source, edge.relation.rawValue, edge.target,
                               item.article, from.url ?? "", from.date ?? "", item.sentence, item.cue, item.rule,
                               item.speaker ?? "", String(item.start), String(item.end), from.source ?? "",
                               from.title ?? ""])
                }
            }
        }
    }

    public static func writeEdges(_ graph: StanceGraph, to path: String) throws {
        try AtomicFile.write(try edges(graph), to: path)
    }

    public static func writeEvidence(_ graph: StanceGraph, to path: String) throws {
        try AtomicFile.write(try evidence(graph), to: path)
    }

    /// Any table in the same form: `header`, then the rows `rows` writes.
    public static func table(_ header: [String], _ rows: ((([String]) throws -> Void)) throws -> Void) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        try rows { try writer.write(row: $0) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw FormatError(file: "", message: "the CSV table could not be made")
        }
        // A line end after the last row too, as tools that append expect.
        return [UInt8](data) + [0x0D, 0x0A]
    }
}
