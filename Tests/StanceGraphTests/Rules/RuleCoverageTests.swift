@testable import StanceExtraction
import Testing

/// Every rule the extractor has is exercised by the tables: at least two
/// sentences it fires on and one near miss it must not fire on.
@Suite("Rules: coverage")
struct RuleCoverageTests {
    var rows: [RuleCase] { RuleTables.all.flatMap(\.cases) }

    @Test func everyRuleHasAPositiveCase() {
        let positive = Set(rows.filter(\.fires).map(\.rule))
        let missing = RuleName.allCases.filter { !positive.contains($0) }
        #expect(missing.isEmpty, "no positive case for \(missing.map(\.rawValue))")
    }

    @Test(arguments: RuleName.allCases)
    func twoPositivesAndANearMiss(_ rule: RuleName) {
        let positives = rows.filter { $0.rule == rule && $0.fires }
        let nearMisses = rows.filter { $0.rule == rule && !$0.fires }
        #expect(positives.filter { $0.knownIssue == nil }.count >= 2,
                "\(rule.rawValue): fewer than two positive cases that pass")
        #expect(!nearMisses.isEmpty, "\(rule.rawValue): no near miss")
    }

    /// The labels the witness parses are the ones rules write.
    @Test func labelsParse() {
        #expect(RuleWitness.parse("verb:subject-object")! == (.subject, .object))
        #expect(RuleWitness.parse("verb:shared-subject-object")! == (.sharedSubject, .object))
        #expect(RuleWitness.parse("noun:clause-subject-object")! == (.nounSubject, .object))
        #expect(RuleWitness.parse("judgement:reporter-judge")! == (.reportedJudge, nil))
        #expect(RuleWitness.parse("verdict:reporter")! == (.reporter, nil))
        #expect(RuleWitness.parse("refusal:subject-demander")! == (.subject, .demander))
        #expect(RuleWitness.parse("mutual:joint-subject")! == (.jointSubject, nil))
        #expect(RuleWitness.parse("verb:no-such-rule") == nil)
    }

    /// Every label the tables' sentences produce names a known rule.
    @Test func everyLabelIsKnown() {
        var unknown: Set<String> = []
        for row in rows {
            for finding in TestSupport.extractor.analyze(row.text).findings where RuleWitness.parse(finding.rule) == nil {
                unknown.insert(finding.rule)
            }
        }
        #expect(unknown.isEmpty, "labels naming no RuleName: \(unknown.sorted())")
    }

    /// A sentence is in one family's table once per rule it is about.
    @Test func noDuplicateRows() {
        var seen: Set<String> = []
        var duplicates: [String] = []
        for row in rows where !seen.insert(row.testDescription).inserted { duplicates.append(row.testDescription) }
        #expect(duplicates.isEmpty, "duplicate rows: \(duplicates)")
    }
}
