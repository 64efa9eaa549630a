@testable import StanceExtraction
import StanceGraph
import Testing

/// One row of a rule table: a sentence (or a few) written for these tests,
/// the edges the annotation standard (`shared/docs/stance-guidelines.md`)
/// says it holds, and the rule the row is about.
///
/// `edges` must all be found and nothing else may be, except `implied`
/// edges, which the standard lets a reader draw or not (`required: false`
/// in gold files). A row that `fires` expects its rule in the evidence: a
/// holder rule or target route in some finding's `kind:holder-route` label,
/// a veto in the trace of some cue ("vetoed: negation"), the announced-force
/// shift in a finding whose relation differs from its cue's. A near miss
/// (`fires == false`) expects the rule nowhere. A row the extractor gets
/// wrong today carries `knownIssue`, a one-line reason: it runs inside
/// `withKnownIssue`, so the suite stays green while the failure stays
/// visible (and the row fails once it passes, to be promoted).
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: RuleName
    let fires: Bool
    let text: String
    let edges: Set<String>
    let implied: Set<String>
    let knownIssue: String?

    var testDescription: String {
        (fires ? "\(rule.rawValue): " : "not \(rule.rawValue): ") + text
    }

    /// A sentence the rule must fire on.
    static func fires(_ rule: RuleName, _ text: String, _ edges: Set<String>, implied: Set<String> = [],
                      knownIssue: String? = nil) -> RuleCase {
        RuleCase(rule: rule, fires: true, text: text, edges: edges, implied: implied, knownIssue: knownIssue)
    }

    /// A near miss: a sentence the rule must not fire on.
    static func misses(_ rule: RuleName, _ text: String, _ edges: Set<String>, implied: Set<String> = [],
                       knownIssue: String? = nil) -> RuleCase {
        RuleCase(rule: rule, fires: false, text: text, edges: edges, implied: implied, knownIssue: knownIssue)
    }

    /// Runs the row, inside `withKnownIssue` when it has one.
    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        if let knownIssue {
            withKnownIssue(Comment(rawValue: knownIssue)) { verify(sourceLocation) }
        } else {
            verify(sourceLocation)
        }
    }

    private func verify(_ sourceLocation: SourceLocation) {
        let extractor = TestSupport.extractor
        let found = Set(extractor.extract(text, article: "t").edges.keys.map(\.description))
        let missing = edges.subtracting(found)
        let extra = found.subtracting(edges).subtracting(implied)
        #expect(missing.isEmpty && extra.isEmpty,
                "edges: missing \(missing.sorted()), extra \(extra.sorted()); found \(found.sorted())",
                sourceLocation: sourceLocation)
        let seen = RuleWitness.rules(in: extractor.analyze(text, trace: true))
        if fires {
            #expect(seen.contains(rule), "\(rule.rawValue) did not fire; saw \(seen.map(\.rawValue).sorted())",
                    sourceLocation: sourceLocation)
        } else {
            #expect(!seen.contains(rule), "\(rule.rawValue) fired on a near miss", sourceLocation: sourceLocation)
        }
    }
}

/// Which rules an analysis shows at work: those behind each finding
/// (holder rule, target route, shift) and the vetoes in the cue trace.
enum RuleWitness {
    static func rules(in analysis: Extractor.Analysis) -> Set<RuleName> {
        var seen = Set(analysis.findings.flatMap(\.rules))
        for cue in analysis.cues where cue.outcome.hasPrefix("vetoed: ") {
            if let veto = RuleName(rawValue: String(cue.outcome.dropFirst("vetoed: ".count))) { seen.insert(veto) }
        }
        return seen
    }
}

/// The tables, one per rule family, each in its own file.
enum RuleTables {
    static var all: [(family: String, cases: [RuleCase])] {
        [("verbs", verbs), ("nouns", nouns), ("judgements and verdicts", judgements), ("mutual", mutual),
         ("vetoes and shifts", vetoes), ("targets", targets), ("coreference", coreference),
         ("discourse", discourse)]
    }
}
