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

    /// Every finding names the rules that made it, and its evidence label
    /// spells them: `kind:holder-route`.
    @Test func everyFindingNamesItsRules() {
        for row in rows {
            for finding in TestSupport.extractor.analyze(row.text).findings {
                guard let holder = finding.rules.first else {
                    Issue.record("a finding of \"\(row.text)\" names no rule")
                    continue
                }
                let route = finding.rules.dropFirst().first { $0 != .announcedAct && $0 != .statedBlame }
                let spelled = ":" + holder.rawValue + (route.map { "-" + $0.rawValue } ?? "")
                #expect(finding.rule.hasSuffix(spelled), "\(finding.rule) does not spell \(spelled)")
            }
        }
    }

    /// A sentence is in one family's table once per rule it is about.
    @Test func noDuplicateRows() {
        var seen: Set<String> = []
        var duplicates: [String] = []
        for row in rows where !seen.insert(row.testDescription).inserted { duplicates.append(row.testDescription) }
        #expect(duplicates.isEmpty, "duplicate rows: \(duplicates)")
    }
}
