import CLibXML2

/// A page reduced to what finding its article needs, in one walk of the
/// tree: its block elements in document order, and its text cut into
/// blocks (paragraphs) with the counts that tell a story's sentences from a
/// menu or a list of links.
///
/// Only block elements are kept (paragraphs, headings, list items, `<div>`
/// and the like), with the elements that say they are page furniture by
/// tag, hint or being hidden, which count as blocks so that their text is
/// a block of its own that can be dropped. Inline elements add their text to
/// the block around them; a link (`<a href>` not to `#` on the same page)
/// counts its text as link text. The walk is iterative: however deep the
/// tree, the stack does not grow.
struct HTMLOutline {
    enum Tag: UInt8 {
        case other, root, body, div, paragraph, heading1, heading, list, listItem, cell, pre, quote, article, main, form
    }

    /// Why an element is page furniture, before `HTMLArticle` weighs it
    /// against how much of the page's prose it holds (and finds teaser
    /// cards, from their counts).
    struct Furniture: OptionSet {
        let rawValue: UInt8
        /// `<nav>`, `<header>`, `<footer>`, `<aside>`, `<menu>`, `<form>`.
        static let tag = Furniture(rawValue: 1)
        /// A word of `PageHints.furniture` in its class, id, role or aria-label.
        static let hint = Furniture(rawValue: 2)
        /// `hidden`, `aria-hidden="true"`, or `display: none` in its style.
        static let hidden = Furniture(rawValue: 4)
    }

    struct Element {
        var parent: Int32
        /// One past the last element of its subtree.
        var end: Int32
        var tag: Tag
        var furniture: Furniture
        /// How much its class, id, role or tag says "this is the story".
        var storyWeight: Float
        /// Holds a block element: its own text lies between blocks.
        var hasBlockChild = false
    }

    struct Block {
        /// The innermost block element holding the text.
        var owner: Int32
        var start: Int
        var end: Int
        /// Characters (Unicode scalars) other than white space.
        var characters: Int
        var linkCharacters: Int
        /// `.`, `!`, `?` (and their CJK forms) ending a word.
        var sentenceEnds: Int
        var commas: Int
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    /// The text of every block, back to back: `Block.start..<Block.end`.
    var bytes: [UInt8] = []
    var title: String?
    var date: String?
    /// Provenance metadata from `<head>` (issue 12).
    var url: String?
    var ogTitle: String?
    var siteName: String?

    static let tags: [String: Tag] = [
        "html": .root, "body": .body, "div": .div, "p": .paragraph, "h1": .heading1, "h2": .heading,
        "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading, "ul": .list, "ol": .list,
        "dl": .list, "li": .listItem, "dd": .listItem, "dt": .listItem, "td": .cell, "th": .cell,
        "pre": .pre, "blockquote": .quote, "article": .article, "main": .main, "form": .form,
    ]

    /// Tags that are page furniture (unless they hold most of the prose).
    static let furnitureTags: Set<String> = ["nav", "header", "footer", "aside", "menu", "form"]

    init(root: xmlNodePtr) {
        var walker = Walker(outline: self)
        walker.walk(root)
        self = walker.outline
    }

    /// Builds the outline; `open` holds, for each entered element, whether
    /// it is a kept element and whether it is a link.
    private struct Walker {
        var outline: HTMLOutline
        var open: [(kept: Bool, link: Bool)] = []
        /// The kept elements enclosing the current position.
        var keptStack: [Int32] = []
        var linkDepth = 0
        var blockStart = 0
        var pendingSpace = false
        var characters = 0
        var linkCharacters = 0
        var hintCache: ElementAttributes.HintCache = [:]

        init(outline: HTMLOutline) { self.outline = outline }

        mutating func walk(_ root: xmlNodePtr) {
            HTMLText.traverse(root) { node, entering in
                if entering { return enter(node) }
                leave(node)
                return false
            }
            flush()
        }

        mutating func enter(_ node: xmlNodePtr) -> Bool {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(content) }
                return false
            case XML_ELEMENT_NODE:
                break
            default:
                return false
            }
            guard let tag = HTMLText.name(node) else { return false }
            switch tag {
            case "head":
                readHead(node)
                return false
            case "meta":
                readMeta(node)
                return false
            case "br":
                lineBreak()
                return false
            default:
                if HTMLText.dropped.contains(tag) { return false }
            }
            let kind = Self.kindOf(tag, parentless: keptStack.isEmpty)
            let attributes = ElementAttributes(node, cache: &hintCache)
            var furniture: Furniture = []
            if HTMLOutline.furnitureTags.contains(tag) { furniture.insert(.tag) }
            if kind != .root && kind != .body {
                if attributes.hidden { furniture.insert(.hidden) }
                if attributes.furnitureHint { furniture.insert(.hint) }
            }
            let link = tag == "a" && attributes.linksAway
            let kept = kind != .other || !furniture.isEmpty || HTMLText.blocks.contains(tag)
            if kept {
                flush()
                let index = Int32(outline.elements.count)
                let parent = keptStack.last ?? -1
                if parent >= 0 { outline.elements[Int(parent)].hasBlockChild = true }
                var weight = attributes.storyWeight
                if kind == .main { weight *= PageHints.strongStoryWeight }
                if kind == .article { weight *= PageHints.articleTagWeight }
                outline.elements.append(Element(parent: parent, end: index + 1, tag: kind,
                                                furniture: furniture, storyWeight: weight))
                keptStack.append(index)
            }
            if link { linkDepth += 1 }
            open.append((kept, link))
            return true
        }

        mutating func leave(_ node: xmlNodePtr) {
            guard let (kept, link) = open.popLast() else { return }
            if link { linkDepth -= 1 }
            if kept {
                flush()
                if let index = keptStack.popLast() { outline.elements[Int(index)].end = Int32(outline.elements.count) }
            }
        }

        static func kindOf(_ tag: String, parentless: Bool) -> Tag {
            if let kind = HTMLOutline.tags[tag] { return kind }
            return parentless ? .root : .other
        }

        /// Appends text, collapsing white space, and counts its characters.
        mutating func append(_ text: UnsafePointer<xmlChar>) {
            var p = text
            var added = 0
            while p.pointee != 0 {
                let c = p.pointee
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                    pendingSpace = true
                } else {
                    if pendingSpace, outline.bytes.count > blockStart, outline.bytes.last != 0x0A {
                        outline.bytes.append(0x20)
                    }
                    pendingSpace = false
                    outline.bytes.append(c)
                    if c & 0xC0 != 0x80 { added += 1 }
                }
                p += 1
            }
            characters += added
            if linkDepth > 0 { linkCharacters += added }
        }

        mutating func lineBreak() {
            pendingSpace = false
            guard outline.bytes.count > blockStart, outline.bytes.last != 0x0A else { return }
            while outline.bytes.count > blockStart, outline.bytes.last == 0x20 { outline.bytes.removeLast() }
            outline.bytes.append(0x0A)
        }

        /// Ends the current block, if it has any text.
        mutating func flush() {
            defer {
                blockStart = outline.bytes.count
                pendingSpace = false
                characters = 0
                linkCharacters = 0
            }
            while outline.bytes.count > blockStart, outline.bytes.last == 0x20 || outline.bytes.last == 0x0A {
                outline.bytes.removeLast()
            }
            guard characters > 0, let owner = keptStack.last else {
                outline.bytes.removeSubrange(blockStart...)
                return
            }
            let (ends, commas) = Self.punctuation(outline.bytes[blockStart...])
            outline.blocks.append(Block(owner: owner, start: blockStart, end: outline.bytes.count,
                                        characters: characters, linkCharacters: min(linkCharacters, characters),
                                        sentenceEnds: ends, commas: commas))
        }

        /// Sentence ends (a full stop, question or exclamation mark before a
        /// space, a closing quote or bracket, or the end) and commas.
        static func punctuation(_ text: ArraySlice<UInt8>) -> (Int, Int) {
            var ends = 0, commas = 0
            var k = text.startIndex
            while k < text.endIndex {
                let c = text[k]
                switch c {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    var next = k + 1
                    // Closing quotes and brackets: " ' ) ].
                    while next < text.endIndex, text[next] == 0x22 || text[next] == 0x27 || text[next] == 0x29
                            || text[next] == 0x5D {
                        next += 1
                    }
                    // ” and ’ (E2 80 9D, E2 80 99).
                    if next + 2 < text.endIndex, text[next] == 0xE2, text[next + 1] == 0x80,
                       text[next + 2] == 0x9D || text[next + 2] == 0x99 { next += 3 }
                    if next == text.endIndex || text[next] == 0x20 || text[next] == 0x0A { ends += 1 }
                case UInt8(ascii: ","):
                    commas += 1
                case 0xE3 where k + 2 < text.endIndex && text[k + 1] == 0x80:
                    if text[k + 2] == 0x82 { ends += 1 }          // 。
                    if text[k + 2] == 0x81 { commas += 1 }        // 、
                case 0xEF where k + 2 < text.endIndex && text[k + 1] == 0xBC:
                    if text[k + 2] == 0x81 || text[k + 2] == 0x9F { ends += 1 }  // ！？
                    if text[k + 2] == 0x8C { commas += 1 }        // ，
                default:
                    break
                }
                k += 1
            }
            return (ends, commas)
        }

        /// The `<title>` and the date metadata in `<head>`.
        mutating func readHead(_ head: xmlNodePtr) {
            HTMLText.walk(head) { node in
                switch HTMLText.name(node) {
                case "meta":
                    readMeta(node)
                    return false
                case "link":
                    if outline.url == nil, HTMLText.attribute(node, "rel")?.lowercased() == "canonical" {
                        outline.url = HTMLText.attribute(node, "href")?.trimmingWhitespace
                    }
                    return false
                case "title":
                    if outline.title == nil { outline.title = HTMLText.textContent(node) }
                    return false
                default:
                    return true
                }
            }
        }

        mutating func readMeta(_ node: xmlNodePtr) {
            if let key = HTMLText.attribute(node, "property") ?? HTMLText.attribute(node, "name"),
               let content = HTMLText.attribute(node, "content")?.trimmingWhitespace, !content.isEmpty {
                // The first of each wins, as for the date; og:url beats a
                // canonical link read before it.
                switch key.lowercased() {
                case "og:url": outline.url = content
                case "og:title": if outline.ogTitle == nil { outline.ogTitle = content }
                case "og:site_name": if outline.siteName == nil { outline.siteName = content }
                default: break
                }
            }
            guard outline.date == nil,
                  let key = HTMLText.attribute(node, "property") ?? HTMLText.attribute(node, "name")
                    ?? HTMLText.attribute(node, "itemprop"),
                  HTMLText.dateMeta.contains(key.lowercased()),
                  let content = HTMLText.attribute(node, "content") else { return }
            outline.date = SeenDate.day(content.trimmingWhitespace)
        }
    }
}

/// What an element's attributes say about it, read in one pass over them.
struct ElementAttributes {
    var hidden = false
    var furnitureHint = false
    var storyWeight: Float = 1
    /// An `href` that leaves the page (not `#...` on the same page).
    var linksAway = false

    /// Whether a value names furniture or the story, by value: a page
    /// repeats its class names hundreds of times.
    typealias HintCache = [String: (furniture: Bool, story: Bool)]

    static func hints(_ value: String, cache: inout HintCache) -> (furniture: Bool, story: Bool) {
        if let known = cache[value] { return known }
        let words = PageHints.words(value)
        let hints = (PageHints.matches(words, PageHints.furnitureWords), PageHints.matches(words, PageHints.storyWords))
        cache[value] = hints
        return hints
    }

    init(_ node: xmlNodePtr, cache: inout HintCache) {
        var attribute = node.pointee.properties
        var positive = false
        while let current = attribute {
            attribute = current.pointee.next
            // libxml2's HTML parser lower-cases attribute names.
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName)
            switch name {
            case "class", "id", "role", "aria-label":
                guard let value = Self.value(current) else { continue }
                let hints = Self.hints(value, cache: &cache)
                if hints.furniture { furnitureHint = true }
                if hints.story {
                    positive = true
                    if name == "role" {
                        let words = PageHints.words(value)
                        if words.contains("main") { storyWeight *= PageHints.strongStoryWeight }
                        if words.contains("article") { storyWeight *= PageHints.articleTagWeight }
                    }
                }
            case "itemprop":
                if let value = Self.value(current), value.lowercased().split(separator: " ").contains("articlebody") {
                    storyWeight *= PageHints.strongStoryWeight
                }
            case "hidden":
                hidden = true
            case "aria-hidden":
                if Self.value(current)?.lowercased() == "true" { hidden = true }
            case "style":
                if let value = Self.value(current) {
                    let style = value.lowercased().filter { !$0.isWhitespace }
                    if style.contains("display:none") || style.contains("visibility:hidden") { hidden = true }
                }
            case "href":
                linksAway = !Self.startsWithHash(current)
            default:
                break
            }
        }
        if positive { storyWeight *= PageHints.storyWordWeight }
    }

    /// Whether the value's first character other than white space is `#`,
    /// read in place: every link of a page comes here.
    static func startsWithHash(_ attribute: xmlAttrPtr) -> Bool {
        var node = attribute.pointee.children
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE, var p = current.pointee.content {
                while p.pointee == 0x20 || p.pointee == 0x09 || p.pointee == 0x0A || p.pointee == 0x0D || p.pointee == 0x0C {
                    p += 1
                }
                if p.pointee != 0 { return p.pointee == UInt8(ascii: "#") }
            }
            node = current.pointee.next
        }
        return false
    }

    static func value(_ attribute: xmlAttrPtr) -> String? {
        guard let children = attribute.pointee.children else { return "" }
        if children.pointee.next == nil, children.pointee.type == XML_TEXT_NODE, let content = children.pointee.content {
            return String(cString: content)
        }
        guard let value = xmlNodeListGetString(attribute.pointee.doc, children, 1) else { return nil }
        defer { stancegraph_xmlFree(value) }
        return String(cString: value)
    }
}
