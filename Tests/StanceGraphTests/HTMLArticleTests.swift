import Foundation
import PropertyBased
@testable import StanceGraph
import Testing

/// Web pages: the article, not the page furniture. Every page here was
/// written for these tests, in the shapes news sites use: a header menu,
/// "most read" and "related" lists, share buttons, newsletter and cookie
/// boxes, teaser cards, ads between the story's parts, footers, and old
/// tag soup nested hundreds deep.
@Suite("HTML articles")
struct HTMLArticleTests {
    struct Page: Sendable, CustomTestStringConvertible {
        var name: String
        var html: String
        /// The first line of the text.
        var headline: String
        /// Sentences of the story, in the order they must appear.
        var story: [String]
        /// Words of the page's furniture: none may appear.
        var furniture: [String]
        var testDescription: String { name }
    }

    static let newsPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Japan and China resume talks on fishing rights | The Harbour Times</title>
    <meta property="article:published_time" content="2024-06-11T07:30:00+09:00">
    <link rel="stylesheet" href="/static/site.css">
    <script>window.dataLayer = [{"section": "asia"}];</script>
    </head>
    <body>
    <header class="site-header">
      <a class="logo" href="/"><img src="/logo.svg" alt="The Harbour Times"></a>
      <nav class="main-menu" aria-label="Sections">
        <ul>
          <li><a href="/">Home</a></li>
          <li><a href="/world">World</a></li>
          <li><a href="/business">Business</a></li>
          <li><a href="/sport">Sport</a></li>
          <li><a href="/opinion">Opinion</a></li>
        </ul>
      </nav>
      <a class="account-link" href="/login">Sign in</a>
    </header>
    <div class="layout">
      <div class="content-column">
        <ol class="breadcrumbs"><li><a href="/world">World</a></li><li><a href="/world/asia">Asia</a></li></ol>
        <article class="story">
          <h1>Japan and China resume talks on fishing rights</h1>
          <p class="byline">By Mariko Sato, Tokyo</p>
          <div class="share-tools">
            <a href="https://facebook.example/share">Share on Facebook</a>
            <a href="https://x.example/share">Post to X</a>
            <a href="mailto:?subject=story">Email this story</a>
          </div>
          <p>Japan warned China on Tuesday against sending more coast guard ships into the disputed waters, a day before the two sides were due to meet in Tokyo.</p>
          <p>Officials in Beijing said the patrols were routine, and that the boats would stay in the area for as long as the weather allowed.</p>
          <p>The United States backed Japan in a short statement, saying it would stand by its ally under the treaty signed in 1960.</p>
          <p>Seoul, which has its own quarrel with Tokyo over a group of islets, said it hoped the meeting would calm the region.</p>
          <p>The negotiators are expected to meet again next month, after the end of the fishing season.</p>
          <div class="newsletter-box">
            <h3>Get the morning briefing</h3>
            <p>Sign up for our newsletter, sent every weekday before breakfast.</p>
            <form action="/subscribe"><input type="email" placeholder="Your email"><button>Subscribe</button></form>
          </div>
          <section class="related-stories">
            <h2>Related stories</h2>
            <ul>
              <li><a href="/a/1">Vietnam protests against survey ship near its coast</a></li>
              <li><a href="/a/2">Australia supports the Philippines in sea dispute</a></li>
            </ul>
          </section>
        </article>
      </div>
      <aside class="sidebar">
        <div class="most-read">
          <h2>Most read</h2>
          <ol>
            <li><a href="/b/1">Spain criticised Italy over migrant boats</a></li>
            <li><a href="/b/2">Brazil backs Argentina in trade row</a></li>
            <li><a href="/b/3">India warns Pakistan after border clash</a></li>
            <li><a href="/b/4">France opposes Germany on budget rules</a></li>
            <li><a href="/b/5">Chile praised Peru for flood relief</a></li>
          </ol>
        </div>
      </aside>
    </div>
    <footer class="site-footer">
      <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
      <p>Copyright 2024 The Harbour Times. All rights reserved.</p>
    </footer>
    </body>
    </html>
    """

    /// No `<article>`, no `<main>`, no telling tags: divs only, and a
    /// "most read" box whose class names say nothing.
    static let divsPage = """
    <html>
    <head><title>Ministers clash over grain corridor - Daily Ledger</title></head>
    <body>
    <div id="top">
      <div class="logo"><a href="/">Daily Ledger</a></div>
      <div class="links"><a href="/news">News</a> | <a href="/markets">Markets</a> | <a href="/weather">Weather</a> | <a href="/games">Games</a></div>
    </div>
    <div class="wrap">
      <div class="col-8">
        <div class="kicker">Europe</div>
        <div class="when">12 March 2024</div>
        <div class="text">
          <div>Poland criticised Ukraine on Monday over the price of grain crossing its border, and said farmers could not wait for another season of talks.</div>
          <div>Kyiv replied that the corridor had been agreed with the European Commission, and that it would keep the trucks moving.</div>
          <div>Hungary backed Poland, saying its own growers had lost money since the spring, while Romania called for calm.</div>
          <div>A meeting of agriculture ministers is planned for the end of the month in Brussels.</div>
        </div>
        <div class="links"><a href="/print">Print</a> <a href="/email">Email</a> <a href="/c/comments">Comments (12)</a></div>
      </div>
      <div class="col-4">
        <div class="box">
          <div class="box-title">Most read</div>
          <div class="item"><a href="/c/1">Greece condemned Turkey over airspace</a></div>
          <div class="item"><a href="/c/2">Canada supports Mexico on tariffs</a></div>
          <div class="item"><a href="/c/3">Egypt warned Ethiopia about the dam</a></div>
          <div class="item"><a href="/c/4">Norway praised Sweden for rescue</a></div>
          <div class="item"><a href="/c/5">Iran opposes Iraq oil deal</a></div>
        </div>
        <div class="box">
          <div class="box-title">Trending</div>
          <div class="item"><a href="/t/1">Weather warning for the weekend</a></div>
          <div class="item"><a href="/t/2">Crossword answers</a></div>
        </div>
      </div>
    </div>
    <div id="bottom">
      <div><a href="/about">About the Ledger</a> | <a href="/jobs">Jobs</a> | <a href="/terms">Terms of use</a></div>
      <div>All content copyright Daily Ledger Media.</div>
    </div>
    </body>
    </html>
    """

    /// Every teaser card is an `<article>` too, before and after the story.
    static let cardsPage = """
    <!DOCTYPE html>
    <html><head><title>Court rules on river dam | Valley Courier</title></head>
    <body>
    <header><a href="/">Valley Courier</a></header>
    <div class="page">
      <section class="top-cards">
        <article class="card"><h2><a href="/s/1">Egypt warned Ethiopia about the dam</a></h2><p>Cairo said the filling of the reservoir broke an earlier promise, and asked for new talks.</p></article>
        <article class="card"><h2><a href="/s/2">Kenya backs Uganda on rail link</a></h2><p>The two neighbours will share the cost of the line, officials in Nairobi said on Friday.</p></article>
        <article class="card"><h2><a href="/s/3">Ghana praised Nigeria for debt deal</a></h2><p>Accra welcomed the agreement, which spreads repayments over ten years.</p></article>
      </section>
      <article class="story-page">
        <h1>Court rules on river dam</h1>
        <div class="article-text">
          <p>Sudan condemned Ethiopia on Thursday after a regional court declined to order a pause in filling the reservoir on the Blue Nile.</p>
          <p>The judges said the matter belonged to the three governments, and urged them to return to the table before the rainy season.</p>
          <p>Egypt supported Sudan in a statement from its foreign ministry, calling the ruling a missed chance to protect farmers downstream.</p>
        </div>
      </article>
      <section class="more">
        <h2>More from Africa</h2>
        <article class="card"><h3><a href="/s/4">Morocco criticised Algeria at summit</a></h3><p>Rabat accused its neighbour of blocking a joint statement on the border.</p></article>
        <article class="card"><h3><a href="/s/5">Senegal supports Mali transition plan</a></h3><p>Dakar said elections should follow within two years, and offered help.</p></article>
        <article class="card"><h3><a href="/s/6">Tanzania opposes Kenya over port fees</a></h3><p>Officials in Dodoma said the new charges hurt traders on both sides.</p></article>
      </section>
    </div>
    <footer><p>Valley Courier, printed since 1921.</p></footer>
    </body></html>
    """

    /// The story in three parts with ad blocks between them, inside `<main>`.
    static let splitPage = """
    <!DOCTYPE html>
    <html><head><title>Summit ends without a deal - Northern Post</title></head>
    <body>
    <main>
      <h1>Summit ends without a deal</h1>
      <div class="body-part">
        <p>Canada opposed Mexico on Wednesday over new rules for car parts, as a two-day summit in Ottawa ended without a joint statement.</p>
        <p>The Mexican delegation said the rules would cost thousands of jobs in its northern states, and asked for a review.</p>
      </div>
      <div class="ad-slot" data-size="300x250">
        <span>Advertisement</span>
        <a href="https://ads.example/click"><img src="/ad.png" alt="">Cheap flights to Lisbon this spring</a>
        <p>Sponsored: Portugal welcomes Spain travellers with new rail passes, book today.</p>
      </div>
      <div class="body-part">
        <p>Washington backed Canada, with a trade official saying that the rules had been agreed by all three countries in 2020.</p>
      </div>
      <div class="ad-slot"><span>Advertisement</span></div>
      <div class="body-part">
        <p>Negotiators will meet again in June, and neither side expects a quick result.</p>
      </div>
    </main>
    </body></html>
    """

    /// A cookie banner before the story, named only by its role and label,
    /// and a consent box after it.
    static let cookiePage = """
    <html><head><title>Rail strike spreads to ports</title></head>
    <body>
    <div class="notice" role="dialog" aria-label="Cookie consent">
      <p>We use cookies to measure how our pages are read and to show you offers from Belgium and the Netherlands. By continuing you accept this.</p>
      <button>Accept all</button> <a href="/cookies">Manage settings</a>
    </div>
    <div class="main-wrap">
      <h1>Rail strike spreads to ports</h1>
      <p>Dock workers in Antwerp joined the rail strike on Friday, and the unions said the action would last into next week.</p>
      <p>Germany urged Belgium to keep freight moving, saying that factories along the Rhine were running short of parts.</p>
      <p>The transport minister said talks with the unions would resume on Monday morning.</p>
    </div>
    <div id="onetrust-consent-sdk"><div class="ot-text">Your privacy choices: Italy and Austria partners may store data on your device.</div></div>
    </body></html>
    """

    /// Old tag soup: `<p><font>` never closed, nested far past libxml2's
    /// limit of 256 open elements, with a script deep inside.
    static func deepPage(entries: Int) -> String {
        var html = "<html><head><title>Harbour records</title></head><body><h1>Harbour records</h1>"
        for entry in 0..<entries {
            html += "<p><font face=\"Arial\" size=\"2\">Entry \(entry) of the harbour log was written by the clerk on duty. "
        }
        html += "<p><font>Japan warned Russia about the fishing quota."
        html += "<script>var notice = \"Spain criticised Italy.\";</script><style>.log { color: gray }</style>"
        return html + "<p>The last entry closes the log.</body></html>"
    }

    static let pages: [Page] = [
        Page(name: "news page with menu, sidebar, related, share, newsletter and footer", html: newsPage,
             headline: "Japan and China resume talks on fishing rights",
             story: ["Japan warned China on Tuesday", "a day before the two sides were due to meet in Tokyo.",
                     "Officials in Beijing said the patrols were routine", "The United States backed Japan",
                     "Seoul, which has its own quarrel", "after the end of the fishing season."],
             furniture: ["Home", "Business", "Opinion", "Sign in", "Asia", "Share on Facebook", "Post to X",
                         "Email this story", "morning briefing", "newsletter", "Subscribe", "Related stories",
                         "Vietnam", "Australia", "Most read", "Spain", "Brazil", "India", "France", "Chile",
                         "About us", "Privacy policy", "Copyright", "Harbour Times"]),
        Page(name: "divs only, no article or main", html: divsPage,
             headline: "Ministers clash over grain corridor",
             story: ["Poland criticised Ukraine on Monday", "Kyiv replied that the corridor",
                     "Hungary backed Poland", "in Brussels."],
             furniture: ["Daily Ledger", "News", "Markets", "Print", "Comments", "Most read", "Greece",
                         "Canada", "Egypt", "Norway", "Iran", "Trending", "Crossword", "Jobs", "Terms of use",
                         "copyright"]),
        Page(name: "teaser cards as articles around the story", html: cardsPage,
             headline: "Court rules on river dam",
             story: ["Sudan condemned Ethiopia on Thursday", "The judges said the matter belonged",
                     "Egypt supported Sudan in a statement", "protect farmers downstream."],
             furniture: ["Valley Courier", "Egypt warned Ethiopia", "Cairo", "Kenya", "Ghana", "Accra",
                         "More from Africa", "Morocco", "Rabat", "Senegal", "Dakar", "Tanzania", "Dodoma", "1921"]),
        Page(name: "story split by ad blocks", html: splitPage,
             headline: "Summit ends without a deal",
             story: ["Canada opposed Mexico on Wednesday", "The Mexican delegation said",
                     "Washington backed Canada", "Negotiators will meet again in June"],
             furniture: ["Advertisement", "Lisbon", "Sponsored", "Portugal", "Spain", "Northern Post"]),
        Page(name: "cookie banner and consent box", html: cookiePage,
             headline: "Rail strike spreads to ports",
             story: ["Dock workers in Antwerp joined the rail strike", "Germany urged Belgium to keep freight moving",
                     "would resume on Monday morning."],
             furniture: ["cookies", "Netherlands", "Accept all", "Manage settings", "privacy", "Italy", "Austria"]),
        Page(name: "600 unclosed <p><font> deep", html: deepPage(entries: 600),
             headline: "Harbour records",
             story: ["Entry 0 of", "Entry 127 of", "Entry 128 of", "Entry 300 of", "Entry 599 of",
                     "Japan warned Russia about the fishing quota.", "The last entry closes the log."],
             furniture: ["Spain", "notice", "gray"]),
    ]

    static func text(_ html: String) -> String { HTMLText.mainText(Array(html.utf8)).text }

    @Test(arguments: pages)
    func theStoryInOrderAndNoFurniture(_ page: Page) throws {
        let text = Self.text(page.html)
        #expect(text.hasPrefix(page.headline + "\n\n"), "\(text.prefix(200))")
        var from = text.startIndex
        for sentence in page.story {
            let found = try #require(text.range(of: sentence, range: from..<text.endIndex),
                                     "missing or out of order: \(sentence)\n\(text)")
            from = found.upperBound
        }
        for words in page.furniture {
            #expect(!text.contains(words), "furniture \"\(words)\" in:\n\(text)")
        }
    }

    @Test func paragraphsStaySeparate() {
        let text = Self.text(Self.newsPage)
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 7, "\(paragraphs)")
        #expect(paragraphs[1] == "By Mariko Sato, Tokyo")
        #expect(paragraphs[2].hasPrefix("Japan warned China") && paragraphs[2].hasSuffix("meet in Tokyo."))
        let deep = Self.text(Self.deepPage(entries: 300)).components(separatedBy: "\n\n")
        #expect(deep.count == 303)
        #expect(deep[300] == "Entry 299 of the harbour log was written by the clerk on duty.")
    }

    /// The story's edges, none from the sidebar, the related list or the
    /// teaser cards: through the corpus reader and the extractor.
    @Test func extractingAPageGivesTheStorysEdgesOnly() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (name, html) in [("news.html", Self.newsPage), ("cards.htm", Self.cardsPage), ("divs.html", Self.divsPage)] {
            let url = folder.appendingPathComponent(name)
            try Data(html.utf8).write(to: url)
            paths.append(url.path)
        }
        let news = try CorpusExtraction.run([paths[0]], extractor: TestSupport.extractor, options: .init(jobs: 1))
        #expect(news.graph.sortedEdges.map(\.key.description) == ["JPN warns CHN", "USA supports JPN"])
        #expect(news.graph.edges.values.allSatisfy { $0.firstSeen == "2024-06-11" })
        let all = try CorpusExtraction.run(paths, extractor: TestSupport.extractor, options: .init(jobs: 2))
        let sources = Set(all.graph.edges.keys.map(\.source))
        #expect(sources.isDisjoint(with: ["ESP", "BRA", "IND", "FRA", "CHL", "VNM", "AUS", "GRC", "CAN", "NOR",
                                          "IRN", "KEN", "GHA", "MAR", "SEN", "TZA"]), "\(all.graph.sortedEdges)")
        #expect(all.graph.edges[EdgeKey(source: "SDN", relation: .opposes, target: "ETH")] != nil)
        #expect(all.graph.edges[EdgeKey(source: "POL", relation: .opposes, target: "UKR")] != nil)
    }

    @Test func theTitleLosesItsOutletName() {
        #expect(HTMLArticle.headline(fromTitle: "Talks resume | The Herald") == "Talks resume")
        #expect(HTMLArticle.headline(fromTitle: "Talks resume - World - The Herald") == "Talks resume - World")
        #expect(HTMLArticle.headline(fromTitle: "  Talks\n resume  ") == "Talks resume")
        #expect(HTMLArticle.headline(fromTitle: "Russia-China talks resume") == "Russia-China talks resume")
        #expect(HTMLArticle.headline(fromTitle: "| The Herald") == "| The Herald")
    }

    @Test func hintsMatchWholeWordsOfClassNames() {
        for name in ["most-read", "c-most-read__list", "mostRead", "MostRead", "ad-slot", "adSlot", "site-footer",
                     "cookie-consent", "cookieconsent", "newsletterBox", "share_tools", "related stories"] {
            #expect(PageHints.matches(PageHints.words(name), PageHints.furnitureWords), "\(name)")
        }
        for name in ["download", "bread", "shareholders", "story-body", "content", "ready", "overflow-hidden",
                     "loaded", "navy", "caddy"] {
            #expect(!PageHints.matches(PageHints.words(name), PageHints.furnitureWords), "\(name)")
        }
    }

    /// A furniture name on the story's own container (a layout name) does
    /// not lose the story: it holds most of the page's prose.
    @Test func aFurnitureNameOnTheStorysContainerKeepsTheStory() {
        let html = """
        <body><div class="content-with-sidebar"><div class="text">
        <p>Russia backs China over the dispute, officials in Moscow said on Monday.</p>
        <p>The statement came after a week of talks in Beijing on trade and energy.</p>
        </div><div class="sidebar"><a href="/x">Spain criticised Italy</a></div></div></body>
        """
        #expect(Self.text(html) == """
        Russia backs China over the dispute, officials in Moscow said on Monday.

        The statement came after a week of talks in Beijing on trade and energy.
        """)
    }

    /// Pages without a paragraph of prose keep the older rule.
    @Test func shortPagesKeepTheirText() {
        #expect(Self.text("<p>NATO condemned Russia.</p>") == "NATO condemned Russia.")
        #expect(Self.text("<body><nav><a href='/'>Home</a></nav><p>Russia backs China.</p></body>") == "Russia backs China.")
        #expect(Self.text("<html><head><title>A title | Site</title></head><body><p>Russia backs China.</p></body></html>")
                == "A title\n\nRussia backs China.")
        #expect(Self.text("<html><head><title>Only a title</title></head><body></body></html>") == "")
        #expect(Self.text("<body><h1>Russia backs China</h1></body>") == "Russia backs China")
        #expect(Self.text("") == "")
        #expect(Self.text("<html><body><script>Russia backs China.</script></body></html>") == "")
    }

    /// Deeper than `HTMLTree.openLimit` open elements, parsing stops there
    /// and says where (the page is then refused, never cut short in
    /// silence); below it nothing is lost, however deep.
    @Test func depthLimits() {
        let limit = Int(HTMLTree.openLimit)
        let under = "<body><p>Russia backs China.</p>" + String(repeating: "<b>", count: limit - 10)
            + "Japan warned Russia.</body>"
        #expect(Self.text(under) == "Russia backs China.\n\nJapan warned Russia.")
        #expect(HTMLText.mainText(Array(under.utf8)).stop == nil)
        let over = "<body><p>Russia backs China.</p>\n" + String(repeating: "<b>", count: limit + 10)
            + "Japan warned Russia.</body>"
        let page = HTMLText.mainText(Array(over.utf8))
        #expect(page.stop?.line == 2)
        #expect(page.stop?.reason.hasPrefix("more than \(limit) elements open at once") == true, "\(String(describing: page.stop))")
    }

    /// Stray end tags under deep nesting: libxml2 searches all the open
    /// elements for each, so parsing stops after `HTMLTree.deepErrorLimit`
    /// of them (16 MiB of this took 25 s before that limit), and says so.
    @Test func strayEndTagsUnderDeepNestingStopAndSaySo() {
        let html = "<body>" + String(repeating: "<div>", count: 2000) + "Russia backs China.\n"
            + String(repeating: "</a>", count: 1_000_000) + "<p>Japan warned Russia.</p></body>"
        let page = HTMLText.mainText(Array(html.utf8))
        #expect(page.stop?.line == 2)
        #expect(page.stop?.reason.hasPrefix("more than \(HTMLTree.deepErrorLimit) stray or mismatched tags") == true)
        // An end tag that libxml2 searches for and ignores (an element of
        // higher end priority is in the way) is no closing end tag, even
        // when an element closes right after it.
        let blocked = "<body><span><div>" + String(repeating: "<b>", count: 3_000) + "Russia backs China.\n"
            + String(repeating: "<b></span></b>", count: 10_000) + "<p>Japan warned Russia.</p></body>"
        #expect(HTMLText.mainText(Array(blocked.utf8)).stop?.line == 2)
        let shallow = "<body><p>Russia backs China.</p>" + String(repeating: "</a>", count: 20_000)
            + "<p>Japan warned Russia.</p></body>"
        #expect(Self.text(shallow) == "Russia backs China.\n\nJapan warned Russia.")
        #expect(HTMLText.mainText(Array(shallow.utf8)).stop == nil)
    }

    /// Issue 11: tag soup of unclosed `<p><font>` (one level each, never
    /// closed) hid every paragraph after the first 2,048 levels, exit 0.
    /// Thousands of them now read to the end, the sentence after them
    /// gives its edge; beyond the limit the page is refused with the line.
    @Test(arguments: [300, 3_000])
    func unclosedParagraphFontsKeepTheTextAfterThem(count: Int) throws {
        let page = "<html><head><title>Talks</title></head><body>\n<p>The talks went on for a week in Geneva.\n"
            + String(repeating: "<p><font>Delegates met again on the terms of the accord.\n", count: count)
            + "<p><font>Japan warned Russia over the drills, the minister said.\n</body></html>\n"
        let text = Self.text(page)
        #expect(text.hasSuffix("Japan warned Russia over the drills, the minister said."), "\(text.suffix(200))")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("soup.html")
        try Data(page.utf8).write(to: url)
        let result = try CorpusExtraction.run([url.path], extractor: TestSupport.extractor, options: .init(jobs: 1))
        #expect(result.graph.sortedEdges.map(\.key.description) == ["JPN warns RUS"])
    }

    @Test func tooManyUnclosedTagsAreALocatedError() throws {
        let page = "<html><body>\n<p>The talks went on for a week in Geneva.\n"
            + String(repeating: "<p><font>Delegates met again.\n", count: 6_000)
            + "<p>Japan warned Russia over the drills, the minister said.</p></body></html>\n"
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("soup.html")
        try Data(page.utf8).write(to: url)
        #expect {
            try ArticleSource.read(url.path)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.reason == .cutShort && error.line == 4_098 && error.path == url.path
                && error.message.hasPrefix("the page cannot be read past this line: more than 8192 elements open")
        }
    }

    static let soupPieces = [
        "<p>", "</p>", "<div class=\"story\">", "</div>", "<font>", "<b>", "</b>", "<article>", "</article>",
        "<main>", "<aside class=\"most-read\">", "</aside>", "<a href=\"/x\">", "</a>", "<h1>", "</h1>", "<h2><a href=\"/y\">",
        "<br>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "</td>", "<script>", "</script>", "<style>", "</style>",
        "<nav>", "</nav>", "<span hidden>", "</span>", "<div class=\"ad-slot\">", "<title>", "</title>", "<!--", "-->",
        "Russia backs China. ", "Japan warned Russia, officials said. ", "the talks went on ", "&amp; ", "&#x4E2D;",
        "\u{FEFF}", "<", ">", "\"", "<p><font>", "</body>", "<body>", "</html>", "<head>", "<meta name=date content=2024-01-02>",
    ]

    /// Random tag soup: no trap, the same text twice, paragraphs separated
    /// by exactly one blank line.
    @Test func randomTagSoupNeverTraps() async {
        let soup = Gen.int(in: 0...(Self.soupPieces.count - 1)).array(of: 0...400)
        await propertyCheck(count: 300, input: soup) { codes in
            let html = codes.map { Self.soupPieces[$0] }.joined()
            let text = Self.text(html)
            #expect(text == Self.text(html))
            #expect(!text.contains("\u{0}"))
            #expect(!text.hasPrefix("\n") && !text.hasSuffix("\n") && !text.contains("\n\n\n"))
        }
    }
}
