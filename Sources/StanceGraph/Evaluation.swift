import Foundation
import StanceModel
import StanceExtraction

/// Scores extraction against annotated texts the way the shared scorers do:
/// per text, the set of distinct (source, relation, target) triples; gold
/// edges marked `required: false` count neither for nor against; counts
/// are summed over texts (micro average), per relation and overall.
public struct Evaluation: Sendable {
    /// One annotated text: an article of a gold folder or a benchmark sentence.
    public struct Item: Sendable {
        public var id: String
        public var text: String
        public var required: Set<EdgeKey>
        public var optional: Set<EdgeKey>

        public init(id: String, text: String, required: Set<EdgeKey>, optional: Set<EdgeKey>) {
            self.id = id
            self.text = text
            self.required = required
            self.optional = optional.subtracting(required)
        }
    }

    public struct Counts: Sendable, Equatable {
        public var tp = 0, fp = 0, fn = 0

        public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
            self.tp = tp
            self.fp = fp
            self.fn = fn
        }
        public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public struct Outcome: Sendable {
        public var id: String
        public var misses: [EdgeKey]
        public var falseAlarms: [EdgeKey]
    }

    public private(set) var byRelation: [Relation: Counts] = [:]
    public private(set) var outcomes: [Outcome] = []
    public private(set) var items = 0

    public init() {}

    public var total: Counts {
        byRelation.values.reduce(into: Counts()) { $0.tp += $1.tp; $0.fp += $1.fp; $0.fn += $1.fn }
    }

    /// Scores one text's predicted edges.
    public mutating func add(_ item: Item, predicted: Set<EdgeKey>) {
        items += 1
        let found = predicted.subtracting(item.optional)
        for relation in Relation.allCases {
            var counts = byRelation[relation] ?? Counts()
            counts.tp += found.filter { $0.relation == relation && item.required.contains($0) }.count
            counts.fp += found.filter { $0.relation == relation && !item.required.contains($0) }.count
            counts.fn += item.required.filter { $0.relation == relation && !found.contains($0) }.count
            byRelation[relation] = counts
        }
        let misses = item.required.subtracting(found).sorted()
        let falseAlarms = found.subtracting(item.required).sorted()
        if !misses.isEmpty || !falseAlarms.isEmpty {
            outcomes.append(Outcome(id: item.id, misses: misses, falseAlarms: falseAlarms))
        }
    }

    /// Runs the extractor on every item.
    public static func run(_ items: [Item], extractor: Extractor) -> Evaluation {
        var evaluation = Evaluation()
        for item in items {
            let graph = extractor.extract(item.text, article: item.id)
            evaluation.add(item, predicted: Set(graph.edges.keys))
        }
        return evaluation
    }

    /// The report: every miss and false alarm, then P/R/F1 per relation,
    /// then one line `NAME: P=.. R=.. F1=.. (...)` like the shared scorers.
    public func report(name: String, details: Bool = true) -> String {
        var lines: [String] = []
        if details {
            for outcome in outcomes {
                lines.append("\(outcome.id):")
                lines += outcome.misses.map { "  missed       \($0)" }
                lines += outcome.falseAlarms.map { "  false alarm  \($0)" }
            }
        }
        func figures(_ c: Counts) -> String {
            String(format: "P=%.3f R=%.3f F1=%.3f", c.precision, c.recall, c.f1)
        }
        for relation in Relation.allCases {
            let c = byRelation[relation] ?? Counts()
            lines.append("\(relation.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(figures(c)) "
                         + "(tp=\(c.tp) fp=\(c.fp) fn=\(c.fn))")
        }
        let t = total
        lines.append("\(name): \(figures(t)) (n=\(items) tp=\(t.tp) fp=\(t.fp) fn=\(t.fn))")
        return lines.joined(separator: "\n")
    }
}
