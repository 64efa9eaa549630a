import CLibXML2

/// The article of a web page, as text: the headline, then the story's
/// paragraphs, separated by blank lines, which the sentence splitter treats
/// as sentence breaks.
///
/// libxml2's HTML parser reads the page (`HTMLTree`: no network, no DTD, no
/// external entities, tag soup recovered, deep nesting flattened), with
/// NONET, NOERROR/NOWARNING (tag soup is normal on the web, not an error)
/// and RECOVER. `HTMLOutline` cuts its text into blocks; `HTMLArticle` finds
/// the story among them by its content, so that menus, "most read" lists,
/// teaser cards, share buttons and footers do not reach the extractor.
/// Scripts, styles and other non-text elements (`dropped`) never count.
enum HTMLText {
    struct Page {
        var text: String
        /// The publication date from the page's metadata, as `YYYY-MM-DD`.
        var date: String?
        /// Where the parse stopped before the end of the page, if it did:
        /// the text is then incomplete, and the page is refused.
        var stop: HTMLTree.Stop?
        /// `og:url` (else `<link rel="canonical">`), `og:title` (else the
        /// `<title>`) and `og:site_name`: the page's provenance.
        var url: String? = nil
        var title: String? = nil
        var siteName: String? = nil
    }

    /// Elements whose content is never text of the page.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "math", "button", "select", "textarea",
        "object", "embed", "canvas", "head", "dialog", "title",
    ]

    /// Block elements: each starts and ends a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "table", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
        "figcaption", "hr", "address", "details", "summary", "body", "center",
        "nav", "header", "footer", "aside", "menu", "form",
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
        let (parsed, stop) = HTMLTree.parse(bytes)
        guard let document = parsed else { return Page(text: "", date: nil, stop: stop) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return Page(text: "", date: nil, stop: stop) }
        let outline = HTMLOutline(root: root)
        return Page(text: HTMLArticle(outline).text(), date: outline.date, stop: stop, url: outline.url,
                    title: outline.ogTitle ?? outline.title.map(HTMLArticle.headline(fromTitle:)),
                    siteName: outline.siteName)
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
        traverse(root) { node, entering in
            entering && node != root ? node.pointee.type == XML_ELEMENT_NODE && visit(node) : entering
        }
    }

    /// Visits `root` and every node under it in document order, without
    /// recursion: `visit(node, true)` on the way in, which says whether to
    /// descend, and `visit(node, false)` on the way out of each node it
    /// descended into (its result is ignored).
    static func traverse(_ root: xmlNodePtr, _ visit: (xmlNodePtr, Bool) -> Bool) {
        var node = root
        var entered = visit(root, true)
        walking: while true {
            if entered, let child = node.pointee.children {
                node = child
                entered = visit(child, true)
                continue
            }
            if entered { _ = visit(node, false) }
            while node != root {
                if let next = node.pointee.next {
                    node = next
                    entered = visit(next, true)
                    continue walking
                }
                guard let parent = node.pointee.parent else { break walking }
                node = parent
                _ = visit(node, false)
            }
            break
        }
    }

    /// The text under `node`, white space collapsed.
    static func textContent(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { stancegraph_xmlFree(content) }
        return String(cString: content).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
