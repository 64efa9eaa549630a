import Foundation
import Testing
@testable import StanceExtraction
import StanceGraph

/// `extract --report-unknown`: capitalised names where a holder or target
/// stands that are no actor, table-driven on sentences written here.
@Suite struct UnknownNameTests {
    static func names(_ text: String) -> [String] {
        var found: [(name: UnknownName, sentence: String)] = []
        _ = TestSupport.extractor.extract(text, article: "t", unknown: &found)
        return found.map { "\($0.name.role.rawValue): \($0.name.name)" }
    }

    @Test(arguments: [
        // A subject before the verb, past auxiliaries and adverbs.
        ("The Blue River Alliance condemned Chad.", ["holder: Blue River Alliance"]),
        ("Zorlandia Front has strongly condemned Chad.", ["holder: Zorlandia Front"]),
        // An object after it, past a determiner; joiners inside a name.
        ("Kenya backed the Tigray Liberation Front.", ["target: Tigray Liberation Front"]),
        ("Chad criticised the Ministry of Harbours of Zorlandia.", ["target: Ministry of Harbours of Zorlandia"]),
        // Both at once.
        ("Marco Vell praised Zorlandia Front.", ["holder: Marco Vell", "target: Zorlandia Front"]),
        // Known actors, pronouns and common words are not reported.
        ("Russia condemned China.", []),
        ("The minister condemned Chad.", []),
        ("They condemned the decision.", []),
        ("He praised Kenya on Monday.", []),
    ])
    func namesBesideCueVerbs(text: String, expected: [String]) {
        #expect(Self.names(text) == expected, "\(text)")
    }

    @Test func theCommandTalliesThemWithAnExample() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = ["Zorlandia Front condemned Chad.", "Chad warned Zorlandia Front again.",
                     "Zorlandia Front praised Kenya.", "Kenya backed the Tigray Liberation Front."]
        for (index, text) in texts.enumerated() {
            try text.write(to: articles.appendingPathComponent("a\(index).txt"), atomically: true, encoding: .utf8)
        }
        var outputs: [String] = []
        for jobs in ["1", "2"] {
            let report = folder.appendingPathComponent("unknown-\(jobs).csv").path
            let run = try TestSupport.run(["extract", articles.path, "--graphml", folder.appendingPathComponent("g.graphml").path,
                                           "--report-unknown", report, "--jobs", jobs, "-q"])
            #expect(run.status == 0, "\(run.err)")
            outputs.append(try String(contentsOfFile: report, encoding: .utf8))
        }
        #expect(outputs[0] == outputs[1], "the same table for any number of jobs")
        let rows = outputs[0].split(separator: "\r\n").map(String.init)
        #expect(rows == [
            "name,role,count,article,sentence",
            "Zorlandia Front,holder,2,a0.txt,Zorlandia Front condemned Chad.",
            "Tigray Liberation Front,target,1,a3.txt,Kenya backed the Tigray Liberation Front.",
            "Zorlandia Front,target,1,a1.txt,Chad warned Zorlandia Front again.",
        ])
    }
}
