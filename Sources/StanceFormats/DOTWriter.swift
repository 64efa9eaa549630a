import Foundation
import StanceModel

/// Writes a `StanceGraph` as Graphviz DOT, for a quick picture with `dot`,
/// `sfdp` or Gephi's DOT import.
///
/// Node ids are the actor ids, always quoted and escaped (`DOTText`). Each
/// relation has a colour from the Okabe-Ito palette, which stays
/// distinguishable with the common colour-vision deficiencies, and its own
/// line style, so the picture does not depend on colour alone. The legend is
/// the graph's own label, not extra nodes, which would show up as actors in
/// any tool importing the file. Output is a pure function of the graph.
public enum DOTWriter {
    /// Colour and line style of each relation.
    static func style(of relation: Relation) -> (color: String, line: String) {
        switch relation {
        case .supports: ("#009E73", "solid")   // bluish green
        case .warns: ("#E69F00", "dashed")     // orange
        case .opposes: ("#D55E00", "bold")     // vermillion
        }
    }

    /// Line width grows with the logarithm of the evidence count, so a
    /// heavily reported stance stands out without drowning the others.
    static func penwidth(weight: Int) -> String {
        let width = weight > 1 ? 1 + log2(Double(weight)) : 1
        return DOTText.decimal(min(width, 8))
    }

    /// The DOT text for `graph`.
    public static func string(_ graph: StanceGraph) -> String {
        var out = "digraph \"stancegraph\" {\n"
        out += "  graph [charset=\"UTF-8\", labelloc=\"t\", fontsize=12, label=\(legend)];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#F5F5F5\"];\n"
        out += "  edge [fontsize=10];\n"
        for actor in graph.sortedActors {
            out += "  \(DOTText.id(actor.id)) [label=\(DOTText.quoted(actor.label))"
            if !actor.kind.isEmpty {
                out += ", tooltip=\(DOTText.quoted(actor.kind, limit: DOTText.tooltipLimit))"
            }
            out += "];\n"
        }
        for edge in graph.sortedEdges {
            out += "  " + statement(for: edge) + "\n"
        }
        out += "}\n"
        return out
    }

    /// Writes the DOT text to `path` atomically (see `AtomicFile`).
    public static func write(_ graph: StanceGraph, to path: String) throws {
        try AtomicFile.write(Array(string(graph).utf8), to: path)
    }

    /// One edge statement: label "relation (weight)", colour and style of
    /// the relation, and the first evidence sentence as tooltip.
    static func statement(for edge: Edge) -> String {
        let (color, line) = style(of: edge.relation)
        var attributes = [
            "label=\"\(edge.relation.rawValue) (\(edge.weight))\"",
            "color=\"\(color)\"",
            "fontcolor=\"\(color)\"",
            "style=\"\(line)\"",
            "penwidth=\(penwidth(weight: edge.weight))",
            "weight=\(edge.weight)",
        ]
        if let first = edge.evidence.first {
            attributes.append("tooltip=\(DOTText.quoted(first.sentence, limit: DOTText.tooltipLimit))")
        }
        return "\(DOTText.id(edge.source)) -> \(DOTText.id(edge.target)) ["
            + attributes.joined(separator: ", ") + "];"
    }

    /// An HTML-like label naming each relation in its colour and line style.
    /// Fixed text, well-formed XML, no user data.
    static var legend: String {
        let items = Relation.allCases.map { relation in
            let (color, line) = style(of: relation)
            return "<font color=\"\(color)\">\(relation.rawValue) (\(line))</font>"
        }
        return "<<b>Stances</b>: " + items.joined(separator: " &#183; ")
            + "<br/>line width: evidence sentences>"
    }
}
