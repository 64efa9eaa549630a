import Foundation
import StanceGraph
import Testing

/// Issue 12, parts 1 and 2: every evidence item says where it was read,
/// and any window of days keeps exact counts, also after caps and merges.
/// The articles are sentences written for these tests.
@Suite("Windows and provenance (issue 12)")
struct WindowTests {
    // MARK: Days, weeks and their text

    @Test(arguments: [
        ("2024-03-05", Period.day, "2024-03-05"),
        ("2024-03-05", .week, "2024-W10"),
        ("2024-03-01", .week, "2024-W09"),
        ("2021-01-01", .week, "2020-W53"),   // a Friday: the week of 2020's last Thursday
        ("2024-12-30", .week, "2025-W01"),   // a Monday: its Thursday is in 2025
        ("2026-12-31", .week, "2026-W53"),
        ("2024-03-05", .month, "2024-03"),
        ("2024-03-05", .year, "2024"),
        ("0001-01-01", .week, "0001-W01"),
    ])
    func windowLabels(day: String, period: Period, label: String) throws {
        #expect(period.label(try #require(Day.number(day))) == label)
        #expect(period.label(Day.undated) == "undated")
    }

    @Test(arguments: [
        ("", true),
        ("2024-03-05=3/2", true),
        ("undated=1/0 2024-03-05=3/2 2024-03-09=1/1", true),
        ("2024-03-05=3", false),           // no articles
        ("2024-03-05=0/0", false),         // an empty day is left out, not written
        ("2024-03-05=2/3", false),         // more articles than sentences
        ("2024-03-09=1/1 2024-03-05=1/1", false),  // not sorted
        ("2024-03-05=1/1 2024-03-05=1/1", false),  // a day twice
        ("2024-3-5=1/1", false),
        ("2024-02-30=1/1", false),
        ("2024-03-05=-1/0", false),
        ("2024-03-05=99999999999999999999/1", false),
    ])
    func daysText(text: String, valid: Bool) {
        let days = try? DayCounts(text: text)
        #expect((days != nil) == valid)
        if let days { #expect(days.text == text) }
    }

    /// The counts of an edge read from a file must add up and agree with
    /// what the evidence shows, like `weight` and `articles`.
    @Test func daysThatContradictTheCountsAreRefused() throws {
        let key = EdgeKey(source: "JPN", relation: .warns, target: "CHN")
        let item = Evidence(article: "a", start: 0, end: 10, sentence: "Japan warned China.", cue: "warned",
                            rule: "r", provenance: Provenance(date: "2024-05-02"))
        let days = try DayCounts(text: "2024-05-02=2/1 2024-06-01=1/1")
        #expect(throws: EdgeCountError.self) {   // sums to 3, not 4
            try Edge(key: key, evidence: [item], weight: 4, articles: 2, days: days)
        }
        #expect(throws: EdgeCountError.self) {   // complete evidence says 2024-05-02=1/1
            try Edge(key: key, evidence: [item], weight: 1, articles: 1, days: try DayCounts(text: "2024-06-01=1/1"))
        }
        #expect(throws: EdgeCountError.self) {   // the kept item's day is not counted
            try Edge(key: key, evidence: [item], weight: 2, articles: 2, days: try DayCounts(text: "2024-06-01=2/2"))
        }
        let edge = try Edge(key: key, evidence: [item], weight: 3, articles: 2, days: days)
        #expect(edge.restricted(to: DayWindow(since: Day.number("2024-06-01")))?.weight == 1)
        #expect(edge.restricted(to: DayWindow(until: Day.number("2024-05-31")))?.evidence == [item])
        #expect(edge.restricted(to: DayWindow(since: Day.number("2024-07-01"))) == nil)
    }

    // MARK: Provenance from each kind of input

    @Test func provenanceComesFromEachKindOfInput() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.jsonl").path
        try """
        {"id":"n1","date":"2024-04-02T09:30:00+02:00","url":"https://www.harbour-news.example/world/n1?x=1","title":"Tokyo and Beijing spar","text":"Japan warned China over the drills."}
        {"id":"n2","date":"2024-04-03","source":"Coastal Wire","title":"  Lima   protests ","text":"Peru condemned Chile over the border incident."}

        """.write(toFile: feed, atomically: true, encoding: .utf8)
        let text = folder.appendingPathComponent("brasilia-note.txt").path
        try "Brazil backed Canada's plan on tariffs.".write(toFile: text, atomically: true, encoding: .utf8)
        let page = folder.appendingPathComponent("page.html").path
        try """
        <html><head><title>Moscow and the alliance | The Daily Example</title>
        <meta property="og:url" content="https://daily.example/2024/05/nato">
        <meta property="og:title" content="Moscow condemns the alliance">
        <meta property="og:site_name" content="The Daily Example">
        <meta property="article:published_time" content="2024-05-07T18:00:00Z"></head>
        <body><article><h1>Moscow condemns the alliance</h1>
        <p>Russia condemned NATO over the exercises near its border on Tuesday evening.</p></article></body></html>
        """.write(toFile: page, atomically: true, encoding: .utf8)
        let graph = try CorpusExtraction.run([feed, text, page], extractor: TestSupport.extractor).graph
        func provenance(_ article: String) -> Provenance? {
            graph.edges.values.flatMap(\.evidence).first { $0.article == article }?.provenance
        }
        #expect(provenance("n1") == Provenance(url: "https://www.harbour-news.example/world/n1?x=1",
                                               title: "Tokyo and Beijing spar", source: "www.harbour-news.example",
                                               date: "2024-04-02"))
        #expect(provenance("n2") == Provenance(title: "Lima protests", source: "Coastal Wire", date: "2024-04-03"))
        #expect(provenance("brasilia-note.txt") == Provenance(title: "brasilia-note.txt"))
        #expect(provenance("page.html") == Provenance(url: "https://daily.example/2024/05/nato",
                                                      title: "Moscow condemns the alliance",
                                                      source: "The Daily Example", date: "2024-05-07"))
        // Through GraphML and back, field for field.
        let back = try GraphMLReader.read(bytes: try GraphMLWriter.data(graph), name: "g.graphml")
        #expect(back == graph)
        #expect(try GraphMLWriter.data(back) == GraphMLWriter.data(graph))
    }

    @Test(arguments: [
        ("https://www.example.org/a/b", "www.example.org"),
        ("http://user:pw@News.Example.COM:8080/x?y#z", "news.example.com"),
        ("https://example.net", "example.net"),
        ("example.net/a", nil),
        ("https:///nothing", nil),
    ] as [(String, String?)])
    func outletIsTheHostWhenNotGiven(url: String, host: String?) {
        #expect(Provenance.host(of: url) == host)
        #expect(Provenance(url: url).source == host)
        #expect(Provenance(url: url, source: "Given").source == "Given")
    }

    /// Evidence written before issue 12 has no provenance: read as nil,
    /// written back byte for byte.
    @Test func evidenceWithoutProvenanceStillReads() throws {
        let json = #"[{"article":"a","start":0,"end":5,"sentence":"s","cue":"c","rule":"r"}]"#
        let graphml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
          <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
          <graph edgedefault="directed"><node id="A"/><node id="B"/>
          <edge source="A" target="B"><data key="relation">warns</data><data key="evidence">\(json)</data></edge>
          </graph></graphml>
        """
        let graph = try GraphMLReader.read(bytes: Array(graphml.utf8), name: "old.graphml")
        let edge = try #require(graph.edges.values.first)
        #expect(edge.evidence.first?.provenance == Provenance())
        #expect(edge.days == DayCounts.undated(weight: 1, articles: 1))
        #expect(String(decoding: try GraphMLWriter.data(graph), as: UTF8.self).contains(json))
        #expect(!String(decoding: try GraphMLWriter.data(graph), as: UTF8.self).contains("key=\"days\""))
    }

    // MARK: The issue's acceptance test

    /// Who says what each month of 2024, in sentences written here.
    static let sentences: [(text: String, key: EdgeKey)] = [
        ("Japan warned China over the drills.", EdgeKey(source: "JPN", relation: .warns, target: "CHN")),
        ("Brazil backed Canada's plan on tariffs.", EdgeKey(source: "BRA", relation: .supports, target: "CAN")),
        ("Peru condemned Chile over the border incident.", EdgeKey(source: "PER", relation: .opposes, target: "CHL")),
    ]

    /// Article `n` of month `m` says sentence `(m + n) % 3`, and in odd
    /// months also sentence 0 again; one article has no date.
    static func corpus() -> (jsonl: String, counts: [String: [EdgeKey: Int]], articles: [String: [EdgeKey: Int]]) {
        var lines: [String] = []
        var counts: [String: [EdgeKey: Int]] = [:], articles: [String: [EdgeKey: Int]] = [:]
        for month in 1...12 {
            for n in 0..<(month % 4 + 1) {
                let day = 1 + (n * 9 + month) % 28
                var said = [sentences[(month + n) % 3]]
                if month % 2 == 1 { said.append(sentences[0]) }
                let date = "2024-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
                let label = String(date.prefix(7))
                for sentence in said { counts[label, default: [:]][sentence.key, default: 0] += 1 }
                for key in Set(said.map(\.key)) { articles[label, default: [:]][key, default: 0] += 1 }
                let text = said.map(\.text).joined(separator: " ")
                lines.append(#"{"id":"m\#(month)-\#(n)","date":"\#(date)","url":"https://wire.example/\#(month)/\#(n)","text":"\#(text)"}"#)
            }
        }
        lines.append(#"{"id":"undated-1","text":"Japan warned China over the drills."}"#)
        counts["undated", default: [:]][sentences[0].key, default: 0] += 1
        articles["undated", default: [:]][sentences[0].key, default: 0] += 1
        return (lines.joined(separator: "\n") + "\n", counts, articles)
    }

    /// `extract --by month` writes one graph per month (and the undated
    /// one) with the counts of that month, whatever the evidence cap, and
    /// merging them gives the graph of the year byte for byte.
    @Test(arguments: ["all", "1"])
    func monthlyGraphsAreExactAndMergeIntoTheYear(evidence: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (jsonl, counts, articles) = Self.corpus()
        let feed = folder.appendingPathComponent("year.jsonl").path
        try jsonl.write(toFile: feed, atomically: true, encoding: .utf8)
        let year = folder.appendingPathComponent("year.graphml").path
        let monthly = folder.appendingPathComponent("m.graphml").path
        let whole = try TestSupport.run(["extract", feed, "--graphml", year, "--evidence", evidence, "--quiet"])
        #expect(whole.status == 0, "\(whole.err)")
        let split = try TestSupport.run(["extract", feed, "--graphml", monthly, "--by", "month",
                                         "--evidence", evidence, "--quiet", "--jobs", "2"])
        #expect(split.status == 0, "\(split.err)")
        let labels = (1...12).map { "2024-" + ($0 < 10 ? "0" : "") + "\($0)" } + ["undated"]
        let files = labels.map { folder.appendingPathComponent("m-\($0).graphml").path }
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("m-") }
        #expect(written.sorted() == labels.map { "m-\($0).graphml" })
        for (label, file) in zip(labels, files) {
            let graph = try GraphMLReader.read(path: file)
            #expect(graph.edges.mapValues(\.weight) == counts[label], "\(label)")
            #expect(graph.edges.mapValues(\.articles) == articles[label], "\(label)")
        }
        let merged = folder.appendingPathComponent("merged.graphml").path
        let merge = try TestSupport.run(["merge"] + files + ["--graphml", merged])
        #expect(merge.status == 0, "\(merge.err)")
        // The monthly graphs count different days: nothing to warn about.
        #expect(!merge.err.contains("warning"), "\(merge.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: merged)) == Data(contentsOf: URL(fileURLWithPath: year)))
        // A window of the year is the merge of its months.
        let spring = folder.appendingPathComponent("spring.graphml").path
        let springMerged = folder.appendingPathComponent("spring-merged.graphml").path
        #expect(try TestSupport.run(["convert", year, "--since", "2024-03-01", "--until", "2024-05-31",
                                     "--graphml", spring]).status == 0)
        #expect(try TestSupport.run(["merge"] + files[2...4] + ["--graphml", springMerged]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: spring))
                == Data(contentsOf: URL(fileURLWithPath: springMerged)))
    }

    @Test func windowsAreRefusedOnStandardOutputAndWarnAboutUndated() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.jsonl").path
        try Self.corpus().jsonl.write(toFile: feed, atomically: true, encoding: .utf8)
        let dash = try TestSupport.run(["extract", feed, "--dot", "-", "--by", "week"])
        #expect(dash.status != 0 && dash.err.contains("--by"))
        let since = try TestSupport.run(["extract", feed, "--dot", "-", "--since", "2024-12-01", "--quiet"])
        #expect(since.status == 0)
        #expect(since.err.contains("1 undated evidence sentence left out"))
        let backwards = try TestSupport.run(["query", feed, "--actor", "JPN", "--since", "2024-12-01",
                                             "--until", "2024-01-01"])
        #expect(backwards.status != 0 && backwards.err.contains("before --since"))
        let query = folder.appendingPathComponent("g.graphml").path
        #expect(try TestSupport.run(["extract", feed, "--graphml", query, "--quiet"]).status == 0)
        let december = try TestSupport.run(["query", query, "--actor", "Japan", "--evidence",
                                            "--since", "2024-12-01", "--until", "2024-12-31"])
        #expect(december.status == 0)
        #expect(december.out.contains("from: wire.example, 2024-12-"))
        #expect(december.out.contains("https://wire.example/12/"))
    }
}
