import CLibXML2

/// The main text of a web page, through libxml2's HTML parser.
///
/// The parser (`HTMLTree`) runs with `NONET` (no network), `NOERROR`/`NOWARNING`
/// (tag soup is normal on the web, not an error) and `RECOVER`, never loads a
/// DTD or expands external entities, and flattens deep nesting instead of
/// stopping at it. Scripts, styles, navigation, headers,
/// footers, asides and forms are dropped. The text is taken from `<main>`
/// when the page has one, else from its `<article>` elements, else from
/// `<body>`. Every block element ends a paragraph with a blank line, which
/// the sentence splitter treats as a sentence break, so a heading never runs
/// into the paragraph below it.
enum HTMLText {
    struct Page {
        var text: String
        /// The publication date from the page's metadata, as `YYYY-MM-DD`.
        var date: String?
    }

    static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "iframe",
        "svg", "math", "form", "button", "select", "textarea", "object", "embed", "canvas", "menu",
        "head", "dialog",
    ]

    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
        "figcaption", "hr", "address", "details", "summary", "body", "center",
    ]

    /// Metadata that carries a publication date, by `property` or `name`.
    static let dateMeta: Set<String> = [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
        "publishdate", "dc.date", "dc.date.issued", "dcterms.date",
    ]

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Calls `xmlInitParser()` once, before threads parse pages.
    static func initialize() { _ = initialized }

    /// `bytes` must be UTF-8 (checked by the caller).
    static func mainText(_ bytes: [UInt8]) -> Page {
        initialize()
        guard let document = HTMLTree.parse(bytes) else { return Page(text: "", date: nil) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return Page(text: "", date: nil) }

        var main: xmlNodePtr?
        var articles: [xmlNodePtr] = []
        var body: xmlNodePtr?
        var date: String?
        walk(root) { node in
            switch name(node) {
            case "main": if main == nil { main = node }; return false
            case "article": articles.append(node); return false
            case "body": if body == nil { body = node }; return true
            case "meta":
                if date == nil, let key = attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop"),
                   dateMeta.contains(key.lowercased()), let content = attribute(node, "content") {
                    date = SeenDate.day(content.trimmingWhitespace)
                }
                return false
            case "script", "style", "template": return false
            default: return true
            }
        }
        let roots = main.map { [$0] } ?? (articles.isEmpty ? [body ?? root] : articles)
        var text = TextBuilder()
        for node in roots {
            text.paragraph()
            text.collect(node)
        }
        return Page(text: text.finish(), date: date)
    }

    static func name(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    static func attribute(_ node: xmlNodePtr, _ attribute: String) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { stancegraph_xmlFree(value) }
        return String(cString: value)
    }

    /// Visits the elements under `root` in document order, without
    /// recursion (a hostile page may nest deeply); `visit` says whether to
    /// descend into an element.
    static func walk(_ root: xmlNodePtr, _ visit: (xmlNodePtr) -> Bool) {
        var node = root.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, visit(current), let child = current.pointee.children {
                node = child
                continue
            }
            node = nextNode(after: current, within: root, leaving: { _ in })
        }
    }

    /// The next node in document order after `node`'s subtree, calling
    /// `leaving` for each ancestor whose subtree ends; nil past `root`.
    static func nextNode(after node: xmlNodePtr, within root: xmlNodePtr, leaving: (xmlNodePtr) -> Void) -> xmlNodePtr? {
        var current = node
        while current.pointee.next == nil {
            guard let parent = current.pointee.parent, parent != root else { return nil }
            leaving(parent)
            current = parent
        }
        return current.pointee.next
    }

    /// Collects text with collapsed white space and paragraph breaks.
    struct TextBuilder {
        var bytes: [UInt8] = []
        var pendingSpace = false

        mutating func paragraph() {
            pendingSpace = false
            guard !bytes.isEmpty else { return }
            while bytes.last == 0x20 || bytes.last == 0x0A { bytes.removeLast() }
            bytes.append(contentsOf: [0x0A, 0x0A])
        }

        mutating func lineBreak() {
            pendingSpace = false
            guard !bytes.isEmpty, bytes.last != 0x0A else { return }
            while bytes.last == 0x20 { bytes.removeLast() }
            bytes.append(0x0A)
        }

        mutating func append(_ text: UnsafePointer<xmlChar>) {
            var p = text
            while p.pointee != 0 {
                let c = p.pointee
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                    pendingSpace = true
                } else {
                    if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(c)
                }
                p += 1
            }
        }

        mutating func collect(_ root: xmlNodePtr) {
            var node = root.pointee.children
            while let current = node {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    let tag = HTMLText.name(current) ?? ""
                    if tag == "br" { lineBreak() }
                    if !HTMLText.dropped.contains(tag) {
                        if HTMLText.blocks.contains(tag) { paragraph() }
                        if let child = current.pointee.children {
                            node = child
                            continue
                        }
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { append(content) }
                default:
                    break
                }
                node = HTMLText.nextNode(after: current, within: root) { parent in
                    if HTMLText.blocks.contains(HTMLText.name(parent) ?? "") { paragraph() }
                }
            }
        }

        mutating func finish() -> String {
            while bytes.last == 0x20 || bytes.last == 0x0A { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
