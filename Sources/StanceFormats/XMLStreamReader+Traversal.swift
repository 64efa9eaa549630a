/// Structured walking over the reader's flat stream of nodes.
///
/// GraphML readers in the wild (igraph, networkx) are small state machines
/// that skip whatever they do not know by depth: yEd's `y:` graphics,
/// `<desc>`, ports, foreign extensions. These helpers give the GraphML
/// parser that shape: each handler consumes exactly one element, either by
/// walking its children or by skipping it.
extension XMLStreamReader {
    /// Calls `onElement` for each child element of the element the reader is
    /// on, and `onText` for each piece of its direct character data (text,
    /// CDATA and whitespace), then returns positioned on its end tag.
    /// `onElement` must consume the child (walk or skip it).
    func children(onText: (String) -> Void = { _ in },
                  _ onElement: () throws -> Void) throws {
        guard kind == .element else { return }
        if isEmptyElement { return }
        let parentDepth = depth
        while try read() {
            switch kind {
            case .element:
                try onElement()
            case .endElement where depth == parentDepth:
                return
            case .text where depth == parentDepth + 1:
                onText(value)
            default:
                continue
            }
        }
        throw error("unexpected end of document inside an element")
    }

    /// Skips the current element and everything inside it.
    func skipElement() throws {
        try children { try skipElement() }
    }

    /// The concatenated direct character data of the current element; child
    /// elements (such as yEd's markup inside a `<data>`) are skipped. Text
    /// is kept exactly, leading and trailing whitespace included.
    func elementText() throws -> String {
        var text = ""
        try children(onText: { text += $0 }) { try skipElement() }
        return text
    }

    /// Whether the current element is `local` in `namespace` (`""` for no
    /// namespace). Compares libxml2's strings in place: this runs several
    /// times per element, and making Swift strings of the names was a
    /// measurable part of reading a large graph.
    func isElement(_ local: String, in namespace: String) -> Bool {
        kind == .element && hasName(local, in: namespace)
    }
}
