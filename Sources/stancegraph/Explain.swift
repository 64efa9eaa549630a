import ArgumentParser
import StanceGraph

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how the extractor reads one article, sentence by sentence.",
        discussion: """
        For each sentence: the actor mentions found (id, and whether the phrase \
        can hold a stance), and the edges drawn with the cue and rule. Use it to \
        see why an edge exists or is missing, and to report a wrong one.

        Example:
          stancegraph explain Examples/01-baltic-summit.txt
        """
    )

    @Argument(help: ArgumentHelp("The article: a text file or - for standard input.", valueName: "INPUT"))
    var input: String

    @OptionGroup var ontology: OntologyOptions

    func run() throws {
        try reportingErrors {
            let extractor = Extractor(ontology: try ontology.load())
            let article = try ArticleSource.read(input)
            let analysis = extractor.analyze(article.text, trace: true)
            for (index, range) in analysis.sentences.enumerated() {
                let words = range.map { analysis.tokens[$0].text }.joined(separator: " ")
                print("[\(index + 1)] \(words)")
                for m in analysis.mentions where range.contains(m.start) {
                    let text = range.clamped(to: m.start..<m.end).map { analysis.tokens[$0].text }.joined(separator: " ")
                    let role = m.agentive ? "holder" : (m.possessive ? "owner" : "other")
                    print("    mention \"\(text)\" -> \(m.actor ?? "?") (\(m.form), \(role))")
                }
                for cue in analysis.cues where cue.sentence == range {
                    print("    cue \"\(cue.cue)\" (\(cue.kind), \(cue.relation)) \(cue.outcome)")
                }
                for finding in analysis.findings where finding.sentence == range {
                    print("    EDGE \(finding.key)  cue \"\(finding.cue)\"  rule \(finding.rule)")
                }
            }
        }
    }
}
