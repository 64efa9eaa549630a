import Foundation
import StanceGraph
import Testing

/// Corpus inputs (issue 5, part 1): JSON Lines, text and HTML from files,
/// folders and standard input, with errors that name file and line.
@Suite("Corpus inputs")
struct CorpusInputTests {
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func run(_ inputs: [String], jobs: Int = 2, keepGoing: Bool = false,
                    limit: Int = CorpusExtraction.Options.defaultArticleLimit) throws -> CorpusExtraction.Result {
        try CorpusExtraction.run(inputs, extractor: TestSupport.extractor,
                                 options: .init(jobs: jobs, keepGoing: keepGoing, articleLimit: limit))
    }

    @Test func jsonLinesRecordsBecomeArticlesWithTheirIDs() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = try Self.write("""
        {"id": "a1", "title": "Ignored headline: Japan backs Peru.", "text": "Russia backs China over Taiwan.", "date": "2024-03-05", "url": "https://example.org/a1"}

        {"id": 7, "text": "NATO condemned Russia.\\n\\nThe talks ended.", "date": "2024-03-07T10:00:00+02:00"}\r
        """, "feed.jsonl", in: folder)
        let result = try Self.run([feed])
        #expect(result.articles == 2)
        let edges = result.graph.sortedEdges.map(\.key.description)
        #expect(edges == ["NATO opposes RUS", "RUS supports CHN"])
        let articles = Set(result.graph.edges.values.flatMap { $0.evidence.map(\.article) })
        #expect(articles == ["a1", "7"])
    }

    @Test func articleDatesBecomeFirstAndLastSeen() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = try Self.write("""
        {"id": "a", "text": "Russia backs China.", "date": "2024-03-07"}
        {"id": "b", "text": "Russia backs China over the dispute.", "date": "2024-03-05T23:00:00Z"}
        {"id": "c", "text": "Russia backs China again."}
        {"id": "d", "text": "Japan warned Russia.", "date": "2024-04-01"}
        """, "feed.jsonl", in: folder)
        let page = try Self.write("""
        <html><head><meta name="date" content="2023-12-31"></head><body><p>Russia backs China.</p></body></html>
        """, "page.html", in: folder)
        let graph = try Self.run([feed, page]).graph
        let backs = try #require(graph.edges[EdgeKey(source: "RUS", relation: .supports, target: "CHN")])
        #expect(backs.firstSeen == "2023-12-31")
        #expect(backs.lastSeen == "2024-03-07")
        #expect(backs.weight == 4 && backs.articles == 4)
        let warns = try #require(graph.edges[EdgeKey(source: "JPN", relation: .warns, target: "RUS")])
        #expect(warns.firstSeen == "2024-04-01" && warns.lastSeen == "2024-04-01")
    }

    @Test func theEvidenceCapKeepsCountsExact() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (0..<40).map { #"{"id": "a\#($0)", "text": "Russia backs China. Later, Russia backs China again."}"# }
        let feed = try Self.write(lines.joined(separator: "\n"), "feed.jsonl", in: folder)
        let out = folder.appendingPathComponent("out.graphml").path
        let run = try TestSupport.run(["extract", feed, "--graphml", out, "--evidence", "3", "--quiet"])
        #expect(run.status == 0, "\(run.err)")
        let edge = try #require(try GraphMLReader.read(path: out).edges.values.first)
        #expect(edge.weight == 80 && edge.articles == 40)
        #expect(edge.evidence.map(\.article) == ["a0", "a0", "a1"])
        let all = try TestSupport.run(["extract", feed, "--graphml", out, "--evidence", "all", "--quiet"])
        #expect(all.status == 0)
        #expect(try GraphMLReader.read(path: out).edges.values.first?.evidence.count == 80)
        let defaulted = try TestSupport.run(["extract", feed, "--graphml", out, "--quiet"])
        #expect(defaulted.status == 0)
        #expect(try GraphMLReader.read(path: out).edges.values.first?.evidence.count == 80)
    }

    @Test func aBadJSONLineIsNamedByFileAndLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = try Self.write("""
        {"id": "a", "text": "Russia backs China."}
        {"id": "b", "text": "unterminated
        {"text": "no id"}
        {"id": "d", "text": "NATO condemned Russia.", "date": "last Tuesday"}
        {"id": "e", "text": 12}
        ["not", "an", "object"]
        """, "feed.jsonl", in: folder)
        let error = try #require(throws: InputError.self) { try Self.run([feed]) }
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("\(feed):2: "))

        let result = try Self.run([feed], keepGoing: true)
        #expect(result.articles == 1)
        #expect(result.skipped.map(\.line) == [2, 3, 4, 5, 6])
        #expect(result.skipped[1].message == "no \"id\" in the JSON object")
        #expect(result.skipped[2].message.contains("ISO 8601"))
        #expect(result.skipped[3].message == "\"text\" is not a string")
        #expect(result.skipped.skipSummary == "5 skipped (5 bad record)")
    }

    @Test func htmlKeepsTheMainTextAndDropsScriptsAndNavigation() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.write("""
        <!DOCTYPE html><html><head><title>Japan backs Peru</title>
        <meta property="article:published_time" content="2024-05-01T10:00:00Z">
        <style>p { color: red }</style><script>var s = "Russia backs China.";</script></head>
        <body><header>France opposes Germany.</header><nav><a href="/">Japan supports Taiwan.</a></nav>
        <h1>Tension in the strait</h1><p>Russia <b>backs</b> China over the dispute</p>
        <p>The United States warned North Korea &amp; its allies.</p>
        <aside>Spain criticised Italy.</aside><footer>Chile praised Peru.</footer>
        </body></html>
        """, "page.html", in: folder)
        let article = try ArticleSource.read(page)
        #expect(article.text == """
        Tension in the strait

        Russia backs China over the dispute

        The United States warned North Korea & its allies.
        """)
        #expect(article.date == "2024-05-01")
        let result = try Self.run([page])
        #expect(result.graph.sortedEdges.map(\.key.description) == ["RUS supports CHN", "USA warns PRK"])
    }

    @Test func htmlPrefersMainOverTheRestOfTheBody() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try Self.write("""
        <body><div class="teaser">Spain criticised Italy.</div>
        <main><div>Russia backs China.<br>Japan warned Russia.</div></main></body>
        """, "page.htm", in: folder)
        #expect(try ArticleSource.read(page).text == "Russia backs China.\nJapan warned Russia.")
    }

    @Test func aFolderIsReadForItsArticleFilesInNameOrder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.write("Russia backs China.", "b.txt", in: folder)
        _ = try Self.write(#"{"id": "j", "text": "Japan warned Russia."}"#, "a.jsonl", in: folder)
        _ = try Self.write("<p>NATO condemned Russia.</p>", "c.HTML", in: folder)
        _ = try Self.write("Spain criticised Italy.", "notes.md", in: folder)
        _ = try Self.write("Chile praised Peru.", ".hidden.txt", in: folder)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        _ = try Self.write("Peru praised Chile.", "sub/d.txt", in: folder)
        let paths = try ArticleSource.paths(for: [folder.path]).map { ($0 as NSString).lastPathComponent }
        #expect(paths == ["a.jsonl", "b.txt", "c.HTML"])
        let result = try Self.run([folder.path])
        #expect(result.articles == 3)
        #expect(result.graph.edges.count == 3)
    }

    @Test func standardInputIsSniffedOrTold() throws {
        let jsonl = Data(#"{"id": "s1", "text": "Russia backs China."}"#.utf8 + [0x0A])
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (input, format) in [(jsonl, nil), (Data("<p>Russia backs China.</p>".utf8), nil),
                                (Data("Russia backs China.".utf8), nil), (Data("<3 news\n\nRussia backs China.".utf8), "text")] {
            let out = folder.appendingPathComponent("out.graphml").path
            let run = try TestSupport.run(["extract", "-", "--graphml", out, "--quiet"]
                                          + (format.map { ["--format", $0] } ?? []), stdin: input)
            #expect(run.status == 0, "\(run.err)")
            let graph = try GraphMLReader.read(path: out)
            #expect(graph.sortedEdges.map(\.key.description) == ["RUS supports CHN"])
            let article = graph.edges.values.first?.evidence.first?.article
            #expect(article == (format == nil && input == jsonl ? "s1" : "stdin"))
        }
    }

    @Test func isoDatesKeepTheirDay() {
        #expect(SeenDate.day("2024-03-05") == "2024-03-05")
        #expect(SeenDate.day("2024-03-05T23:59:00-05:00") == "2024-03-05")
        #expect(SeenDate.day("2024-02-29 10:00") == "2024-02-29")
        #expect(SeenDate.day("2023-02-29") == nil)
        #expect(SeenDate.day("2024-13-01") == nil)
        #expect(SeenDate.day("05/03/2024") == nil)
        #expect(SeenDate.day("2024-03-05X") == nil)
    }
}
