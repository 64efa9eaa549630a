import Foundation

/// Words that say what a part of a web page is, matched against the words of
/// an element's `class`, `id`, `role` and `aria-label`.
///
/// This is data, not logic: add a word here when real pages name their
/// furniture in a way the list misses. Attribute values are cut into words
/// at anything but ASCII letters and digits and where a lower-case letter
/// meets an upper-case one, then lower-cased; an entry matches one word, or
/// two or three neighbouring words run together, so "most read" matches
/// `most-read`, `mostRead`, `c-most-read__list` and `mostread`. Whole words
/// only: "ad" matches `ad-slot` but not `header` or `load`.
enum PageHints {
    /// Page furniture: the frame of the site, lists of other stories,
    /// sharing and sign-up boxes, notices, comments, bios and advertising.
    /// An element named so is left out, with all it holds, unless it holds
    /// most of the page's prose (then the word names a layout, such as
    /// `content-with-sidebar`, not a piece of furniture).
    static let furniture: [String] = [
        // the frame of the site
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "header", "masthead",
        "footer", "sidebar", "rail", "aside", "banner", "skip", "pagination", "pager", "toolbar", "tools",
        // ARIA landmark roles that are not the story
        "complementary", "contentinfo", "search", "dialog", "alertdialog",
        // lists of other stories
        "related", "trending", "most read", "most popular", "most viewed", "most shared", "most commented",
        "popular", "top stories", "more stories", "more news", "read more", "read next", "up next", "see also",
        "also read", "recommended", "recommendations", "teaser", "ticker", "outbrain", "taboola",
        // sharing, following, signing up
        "share", "sharing", "social", "follow us", "newsletter", "subscribe", "subscription", "sign up",
        "signup", "login", "sign in", "paywall", "modal", "popup",
        // notices
        "cookie", "cookies", "cookie consent", "consent", "gdpr", "privacy",
        // comments and bios
        "comment", "comments", "disqus", "bio", "author bio", "about the author",
        // advertising
        "ad", "ads", "advert", "advertisement", "advertising", "adsbygoogle", "sponsor", "sponsored",
        "promo", "promotion", "widget",
        // text for screen readers only, and tag lists
        "sr only", "visually hidden", "tags",
    ]

    /// Names of the story's container. They only raise its score (by
    /// `storyWordWeight`): teaser cards are often named "article" too.
    static let story: [String] = ["article", "story", "content", "entry", "post", "main"]

    /// `<main>`, `role="main"`, `itemprop="articleBody"`.
    static let strongStoryWeight: Float = 1.5
    /// `<article>`, `role="article"`: one story, though maybe a teaser.
    static let articleTagWeight: Float = 1.25
    /// A word of `story` in the class, id, role or aria-label.
    static let storyWordWeight: Float = 1.2

    static let furnitureWords = Set(furniture.map { String($0.filter { $0 != " " }) })
    static let storyWords = Set(story.map { String($0.filter { $0 != " " }) })

    /// The words of an attribute value, lower-cased.
    static func words(_ value: String) -> [String] {
        var words: [String] = []
        var word = ""
        var lastWasLower = false
        for scalar in value.unicodeScalars {
            let isUpper = scalar >= "A" && scalar <= "Z"
            let isLower = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if !isUpper && !isLower || isUpper && lastWasLower {
                if !word.isEmpty { words.append(word) }
                word = ""
            }
            if isUpper || isLower { word.unicodeScalars.append(isUpper ? Unicode.Scalar(scalar.value + 32)! : scalar) }
            lastWasLower = isLower
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Whether a word, or two or three neighbouring words run together, is in `table`.
    static func matches(_ words: [String], _ table: Set<String>) -> Bool {
        for start in words.indices {
            var joined = ""
            for word in words[start..<min(start + 3, words.count)] {
                joined += word
                if table.contains(joined) { return true }
            }
        }
        return false
    }
}

/// Finds a news page's story by its content, in the spirit of Readability
/// and boilerpipe, and returns its text with the headline as first line.
///
/// 1. Page furniture goes: elements whose tag (`<nav>`, `<header>`,
///    `<footer>`, `<aside>`, `<menu>`, `<form>`) or name (`PageHints`) says
///    so, hidden ones, and teaser cards (a linked heading with at most two
///    paragraphs: the "related" and "more stories" cards), each unless it
///    holds more than half of the page's prose.
/// 2. Each paragraph of prose (25 characters or more, mostly not link text,
///    with a full stop or 80 characters long) scores 1, plus its commas,
///    plus one per 100 characters (up to 3), times its share of text that
///    is not link text; the score goes to the element holding the
///    paragraph (or to the element itself if it holds block elements and
///    text between them, as a `<div>` of loose text does), half of it to
///    that element's parent, and less to three more ancestors. An element's
///    score is then cut by its share of link text and raised by its story
///    hints (`<main>`, `<article>`, `itemprop="articleBody"`, a "story"
///    class). Long runs of sentences in one place win; menus, lists of
///    links, short lines without full stops and teaser summaries spread
///    over many cards do not.
/// 3. The best element grows to its parent while what the parent adds is
///    prose too (mostly sentences, few links: a story split around an ad),
///    then takes in its siblings that are prose themselves.
/// 4. Its blocks are the text, paragraph by paragraph, except furniture and
///    blocks that are mostly link text ("Read more: ...").
///
/// A page without any prose paragraph keeps the older rule: the text of
/// `<main>`, else of its `<article>`s, else of `<body>`, furniture left out.
struct HTMLArticle {
    /// Characters (of all text, of link text, of prose paragraphs), prose
    /// paragraphs and linked headings in an element's subtree.
    struct Counts {
        var characters = 0
        var links = 0
        var prose = 0
        var proseBlocks = 0
        var linkedHeadings = 0

        static func - (a: Counts, b: Counts) -> Counts {
            Counts(characters: a.characters - b.characters, links: a.links - b.links, prose: a.prose - b.prose,
                   proseBlocks: a.proseBlocks - b.proseBlocks, linkedHeadings: a.linkedHeadings - b.linkedHeadings)
        }

        /// Mostly sentences, few links.
        var isProse: Bool {
            prose > 0 && prose * 5 >= characters * 3 && links * 4 <= characters
        }
    }

    let outline: HTMLOutline
    /// Counts of all the text.
    private(set) var raw: [Counts] = []
    /// Left out with all it holds.
    private(set) var excluded: [Bool] = []
    /// Counts of the text that is not left out.
    private(set) var clean: [Counts] = []

    init(_ outline: HTMLOutline) {
        self.outline = outline
        raw = counts(excluding: nil)
        decideFurniture(raw)
        clean = counts(excluding: excluded)
    }

    /// The article's text, headline first.
    func text() -> String {
        let elements = outline.elements
        guard !elements.isEmpty else { return "" }
        let region = storyRegion() ?? fallbackRegion()
        var inRegion = [Bool](repeating: false, count: elements.count)
        for top in region {
            for index in top..<Int(elements[top].end) { inRegion[index] = true }
        }
        let headline = headlineElement(region, inRegion)
        var headlineText = ""
        if let headline {
            headlineText = blockTexts(in: headline..<Int(elements[headline].end)).joined(separator: " ")
                .split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        }
        var paragraphs = headlineText.isEmpty ? [] : [headlineText]
        let skip = headline.map { $0..<Int(elements[$0].end) } ?? 0..<0
        for block in outline.blocks {
            let owner = Int(block.owner)
            guard inRegion[owner], !excluded[owner], !skip.contains(owner), !isLinkList(block) else { continue }
            let text = String(decoding: outline.bytes[block.start..<block.end], as: UTF8.self)
            if paragraphs.count == 1, text == headlineText { continue }
            paragraphs.append(text)
        }
        // The title stands for a missing <h1>, but is no article alone.
        if headline == nil, let title = outline.title, !paragraphs.isEmpty {
            let titleText = Self.headline(fromTitle: title)
            if !titleText.isEmpty, titleText != paragraphs.first { paragraphs.insert(titleText, at: 0) }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    // MARK: Counting

    func isProse(_ block: HTMLOutline.Block) -> Bool {
        let tag = outline.elements[Int(block.owner)].tag
        return tag != .heading && tag != .heading1 && block.characters >= 25
            && block.linkCharacters * 2 < block.characters
            && (block.sentenceEnds > 0 || block.characters >= 80)
    }

    /// Mostly link text: a menu entry, a headline in a list, "Read more:
    /// ...". A paragraph with a sentence of its own around a link stays.
    func isLinkList(_ block: HTMLOutline.Block) -> Bool {
        guard block.linkCharacters * 2 >= block.characters else { return false }
        let ownSentence = outline.elements[Int(block.owner)].tag == .paragraph && block.sentenceEnds > 0
            && block.linkCharacters * 10 < block.characters * 9
        return !ownSentence
    }

    /// Each element's counts over its subtree, leaving out `excluded` ones.
    func counts(excluding excluded: [Bool]?) -> [Counts] {
        let elements = outline.elements
        var counts = [Counts](repeating: Counts(), count: elements.count)
        for block in outline.blocks {
            let owner = Int(block.owner)
            if let excluded, excluded[owner] { continue }
            counts[owner].characters += block.characters
            counts[owner].links += block.linkCharacters
            if isProse(block) {
                counts[owner].prose += block.characters
                counts[owner].proseBlocks += 1
            }
        }
        // Children come after their parent: going backwards, each element
        // is complete when it is reached.
        for index in elements.indices.reversed() {
            if elements[index].tag == .heading, counts[index].characters > 0,
               counts[index].links * 2 >= counts[index].characters {
                counts[index].linkedHeadings += 1
            }
            let parent = Int(elements[index].parent)
            guard parent >= 0 else { continue }
            counts[parent].characters += counts[index].characters
            counts[parent].links += counts[index].links
            counts[parent].prose += counts[index].prose
            counts[parent].proseBlocks += counts[index].proseBlocks
            counts[parent].linkedHeadings += counts[index].linkedHeadings
        }
        return counts
    }

    mutating func decideFurniture(_ raw: [Counts]) {
        let elements = outline.elements
        let total = raw.first?.prose ?? 0
        excluded = [Bool](repeating: false, count: elements.count)
        for index in elements.indices {
            let element = elements[index]
            let parent = Int(element.parent)
            if parent >= 0, excluded[parent] {
                excluded[index] = true
                continue
            }
            var furniture = !element.furniture.isEmpty
            if element.tag != .root && element.tag != .body && raw[index].linkedHeadings > 0
                && raw[index].proseBlocks <= 2 {
                furniture = true  // a teaser card
            }
            excluded[index] = furniture && raw[index].prose * 2 <= total
        }
    }

    // MARK: Choosing the story

    /// Readability's starting scores by tag.
    static func initialScore(_ tag: HTMLOutline.Tag) -> Float {
        switch tag {
        case .div: return 5
        case .pre, .cell, .quote: return 3
        case .list, .listItem, .form: return -3
        case .heading, .heading1: return -5
        default: return 0
        }
    }

    /// The story's elements (the best one and the siblings that are prose
    /// too), or nil when the page has no prose paragraph.
    func storyRegion() -> [Int]? {
        let elements = outline.elements
        var score = [Float](repeating: 0, count: elements.count)
        var touched = [Bool](repeating: false, count: elements.count)
        for block in outline.blocks {
            let owner = Int(block.owner)
            guard !excluded[owner], isProse(block) else { continue }
            let points = (1 + Float(block.commas) + min(Float(block.characters) / 100, 3))
                * (1 - Float(block.linkCharacters) / Float(block.characters))
            // A paragraph-like element gives to its parent; an element with
            // blocks inside holds its own loose text as paragraphs.
            var target = elements[owner].hasBlockChild ? owner : Int(elements[owner].parent)
            if target < 0 { target = owner }
            for level in 0..<5 {
                guard target >= 0 else { break }
                if !touched[target] {
                    touched[target] = true
                    score[target] = Self.initialScore(elements[target].tag)
                }
                score[target] += points / Float(level == 0 ? 1 : level == 1 ? 2 : level * 3)
                target = Int(elements[target].parent)
            }
        }
        var best: Int?
        var bestScore = -Float.infinity
        for index in elements.indices where touched[index] {
            let counts = clean[index]
            let linkDensity = counts.characters > 0 ? Float(counts.links) / Float(counts.characters) : 0
            let final = score[index] * (1 - linkDensity) * elements[index].storyWeight
            if final > bestScore {
                best = index
                bestScore = final
            }
        }
        guard var top = best else { return nil }
        while elements[top].tag != .body && elements[top].tag != .root {
            let parent = Int(elements[top].parent)
            guard parent >= 0 else { break }
            let extra = clean[parent] - clean[top]
            guard extra.characters == 0 || extra.isProse else { break }
            top = parent
        }
        var region = [top]
        let parent = Int(elements[top].parent)
        if parent >= 0 {
            var child = parent + 1
            while child < Int(elements[parent].end) {
                if child != top, !excluded[child], clean[child].isProse { region.append(child) }
                child = Int(elements[child].end)
            }
        }
        return region.sorted()
    }

    /// `<main>`, else the `<article>`s, else `<body>`.
    func fallbackRegion() -> [Int] {
        let elements = outline.elements
        if let main = elements.indices.first(where: { elements[$0].tag == .main && !excluded[$0] }) { return [main] }
        var articles: [Int] = []
        for index in elements.indices where elements[index].tag == .article && !excluded[index] {
            if let last = articles.last, index < Int(elements[last].end) { continue }
            articles.append(index)
        }
        if !articles.isEmpty { return articles }
        return [elements.indices.first(where: { elements[$0].tag == .body }) ?? 0]
    }

    /// The `<h1>` in the story, else the last one before it that is neither
    /// furniture nor a link (a site's logo often is an `<h1>` link).
    func headlineElement(_ region: [Int], _ inRegion: [Bool]) -> Int? {
        let elements = outline.elements
        var before: Int?
        for index in elements.indices where elements[index].tag == .heading1 {
            let counts = clean[index]
            if inRegion[index] {
                if raw[index].characters == 0 { continue }
                return index
            }
            if index < (region.first ?? 0), !excluded[index], counts.characters > 0,
               counts.links * 2 < counts.characters {
                before = index
            }
        }
        return before
    }

    func blockTexts(in range: Range<Int>) -> [String] {
        outline.blocks.filter { range.contains(Int($0.owner)) }.map {
            String(decoding: outline.bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    /// The title without its " | Outlet" or " - Outlet" ending.
    static func headline(fromTitle title: String) -> String {
        let text = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var cut: String.Index?
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
            if let range = text.range(of: separator, options: .backwards), range.lowerBound > text.startIndex,
               cut.map({ range.lowerBound > $0 }) ?? true {
                cut = range.lowerBound
            }
        }
        return cut.map { String(text[..<$0]) } ?? text
    }
}
