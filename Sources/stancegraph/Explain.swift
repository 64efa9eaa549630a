import ArgumentParser
import StanceGraph

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how the extractor reads articles, sentence by sentence.",
        discussion: """
        For each sentence: the actor mentions found (id, and whether the phrase \
        can hold a stance), and the edges drawn with the cue and rule. Use it to \
        see why an edge exists or is missing, and to report a wrong one. A JSON \
        Lines file is explained record by record, each under a header with its \
        id and line (its date picks the office holders, as in extract); --id \
        picks one record.

        Example:
          stancegraph explain Examples/01-baltic-summit.txt
          stancegraph explain feed.jsonl --id a-1042
        """
    )

    @Argument(help: ArgumentHelp("The article: a text, HTML or JSON Lines file, or - for standard input.",
                                 valueName: "INPUT"))
    var input: String

    @Option(help: ArgumentHelp("Explain only the JSON Lines record with this id.", valueName: "ID"))
    var id: String?

    @OptionGroup var ontology: OntologyOptions

    func run() throws {
        try reportingErrors {
            let extractor = Extractor(ontology: try ontology.load())
            var explained = 0
            var failure: InputError?
            ArticleSource.forEachArticle(in: input) { result in
                switch result {
                case .failure(let error):
                    // Like extract without --keep-going: the first bad record stops.
                    if failure == nil { failure = error }
                case .success(let article):
                    guard failure == nil, id == nil || article.id == id else { return }
                    if let line = article.line { print("== \(article.id) (\(article.path ?? input):\(line))") }
                    explained += 1
                    explain(article, extractor: extractor)
                }
            }
            if let failure { throw failure }
            if explained == 0 {
                throw CommandFailure(id.map { "\(input): no record with id \($0)" } ?? "\(input): no article")
            }
        }
    }

    private func explain(_ article: Article, extractor: Extractor) {
        let analysis = extractor.analyze(article.text, date: article.date, trace: true)
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
