import Foundation
import StanceGraph

/// The printed answer of `query`, as a table for people or JSON for scripts.
struct QueryReport {
    let actor: Actor
    let edges: [Edge]
    let allEvidence: Bool
    /// What the edges are besides the actor's own: "with CHN (China)",
    /// "within 2 steps".
    var scope: String? = nil

    func table() -> String {
        let within = scope.map { " \($0)" } ?? ""
        var lines = ["\(actor.id) (\(actor.label))\(within): \(edges.count) relationship\(edges.count == 1 ? "" : "s")"]
        for edge in edges {
            let seen = edge.firstSeen.map { first in "  seen \(first)..\(edge.lastSeen ?? first)" } ?? ""
            let kept = edge.isEvidenceComplete ? "" : "  (\(edge.evidence.count) sentences kept)"
            lines.append("  \(edge.source) \(edge.relation.rawValue) \(edge.target)  "
                         + "weight \(edge.weight)  articles \(edge.articles)\(seen)\(kept)")
            let shown = allEvidence ? edge.evidence : Array(edge.evidence.prefix(1))
            for item in shown {
                lines.append("    \"\(Self.clip(item.sentence, 160))\" [\(item.article)]")
                if allEvidence {
                    let speaker = item.speaker.map { ", speaker: \($0)" } ?? ""
                    lines.append("      cue: \(item.cue), rule: \(item.rule)\(speaker)")
                    // Where to read it: outlet, day, headline, address.
                    let p = item.provenance
                    let origin = [p.source, p.date, p.title.map { "\"\(Self.clip($0, 100))\"" }, p.url]
                        .compactMap { $0 }
                    if !origin.isEmpty { lines.append("      from: \(origin.joined(separator: ", "))") }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    struct JSONReport: Encodable {
        var actor: Actor
        var scope: String?
        var relationships: [EdgeSummary]
    }

    func json() throws -> String {
        let report = JSONReport(actor: actor, scope: scope, relationships: edges.map { edge in
            EdgeSummary(edge, evidence: allEvidence ? edge.evidence : Array(edge.evidence.prefix(1)))
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
