import Foundation
import StanceGraph

/// A synthetic news page of a given size, for timing HTML input: a head with
/// a large inline script and style (as real pages carry), a header menu, the
/// story (synthetic articles' paragraphs with an ad block every few
/// paragraphs), a "most read" sidebar, a grid of teaser cards that fills the
/// page to its size, and a footer of links. Deterministic for a seed.
enum NewsPage {
    static func page(bytes target: Int, seed: UInt64) -> String {
        var generator = SyntheticCorpus(seed: seed)
        let config = String(repeating: #"{"slot":"top","sizes":[[728,90],[970,250]],"targeting":{"section":"world"}},"#, count: 1500)
        var html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks resume over the strait | The Synthetic Herald</title>
        <meta property="article:published_time" content="2025-03-04T08:00:00Z">
        <style>\(String(repeating: ".card{margin:0 0 1rem;padding:.5rem}.nav a{color:#333} ", count: 300))</style>
        <script>window.adConfig=[\(config)null];</script></head>
        <body><header class="site-header"><nav class="main-nav"><ul>
        """
        for k in 0..<60 { html += "<li><a href=\"/section/\(k)\">Section \(k)</a></li>" }
        html += "</ul></nav></header><div class=\"layout\"><div class=\"main-column\">"
        html += "<h1 class=\"headline\">Talks resume over the strait</h1><p class=\"byline\">By A. Writer</p>"
        html += "<div class=\"story-body\">"
        var paragraphs = 0
        for index in 0..<12 {
            for paragraph in generator.article(index: index).text.components(separatedBy: "\n\n") {
                html += "<p>\(paragraph)</p>\n"
                paragraphs += 1
                if paragraphs % 5 == 0 {
                    html += "<div class=\"ad-slot\" data-slot=\"inline-\(paragraphs)\"><span>Advertisement</span></div>\n"
                }
            }
        }
        html += "</div></div><aside class=\"sidebar\"><h2>Most read</h2><ol>"
        for k in 0..<10 { html += "<li><a href=\"/story/\(k)\">\(generator.article(index: 100 + k).text.prefix(60))</a></li>" }
        html += "</ol></aside><section class=\"more-stories\">"
        let footer = "</section></div><footer class=\"site-footer\">"
            + (0..<100).map { "<a href=\"/about/\($0)\">Page \($0)</a> " }.joined()
            + "<p>Copyright The Synthetic Herald.</p></footer></body></html>\n"
        var card = 0
        while html.utf8.count + footer.utf8.count < target {
            let summary = generator.article(index: 200 + card).text.prefix(160)
            html += "<article class=\"card\" data-id=\"\(card)\"><a class=\"card-link\" href=\"/story/\(card)\">"
                + "<img src=\"/img/\(card).jpg\" alt=\"\" width=\"320\" height=\"180\"></a>"
                + "<h3 class=\"card-title\"><a href=\"/story/\(card)\">Story number \(card) of the day</a></h3>"
                + "<p class=\"card-summary\">\(summary)</p><time datetime=\"2025-03-04\">4 March</time></article>\n"
            card += 1
        }
        return html + footer
    }
}

extension Workloads {
    /// Writes a synthetic news page of `megabytes` MB and reads it with
    /// `ArticleSource.read` (file, checks, HTML parse, main text) `runs`
    /// times; prints the fastest and the median.
    static func htmlRead(megabytes: Double, runs: Int, seed: UInt64, keep: String?) throws {
        let page = NewsPage.page(bytes: Int(megabytes * 1_000_000), seed: seed)
        let path = keep ?? NSTemporaryDirectory() + "stancegraph-page-\(getpid()).html"
        try Data(page.utf8).write(to: URL(fileURLWithPath: path))
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: path) } }
        var times: [Double] = []
        var characters = 0
        for _ in 0..<max(1, runs) {
            times.append(try Measure.seconds { characters = try ArticleSource.read(path).text.count })
        }
        times.sort()
        Measure.line("html-read", [("MB", Measure.fixed(Double(page.utf8.count) / 1e6, 2)), ("runs", "\(times.count)"),
                                   ("best_ms", Measure.fixed(times[0] * 1000, 1)),
                                   ("median_ms", Measure.fixed(times[times.count / 2] * 1000, 1)),
                                   ("text_chars", "\(characters)"), ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1))])
    }
}
