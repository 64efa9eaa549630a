import CLibXML2

/// The content of an element captured by `XMLEventParser`: what another
/// tool wrote inside a `<data>` or `<default>`, kept so that it can be
/// written back unchanged.
struct XMLFragment {
    /// The content as libxml2 serialises it: escaped text and child
    /// elements, each child dumped as `xmlTextReaderReadInnerXml` does (a
    /// copy, so a prefix declared on an ancestor is declared again on the
    /// child that uses it).
    var markup: String
    /// The element's direct character data (text, CDATA, whitespace), exact.
    var text: String
    /// Whether the content holds elements, such as yEd's graphics.
    var hasElements: Bool
    /// The prefixes the content uses that are declared outside it (on the
    /// root, say), in no particular order.
    var outerPrefixes: [String] = []

    /// Reads the children of a captured element, first to last.
    init(children first: xmlNodePtr?, document: xmlDocPtr?) {
        var markup = "", text = "", hasElements = false
        var child = first
        while let node = child {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                hasElements = true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                text += string(fromXML: node.pointee.content) ?? ""
            default:
                break
            }
            if let copy = xmlDocCopyNode(node, document, 1), let buffer = xmlBufferCreate() {
                if xmlNodeDump(buffer, document, copy, 0, 0) >= 0 {
                    markup += string(fromXML: xmlBufferContent(buffer)) ?? ""
                }
                xmlBufferFree(buffer)
                xmlFreeNode(copy)
            }
            child = node.pointee.next
        }
        self.markup = markup
        self.text = text
        self.hasElements = hasElements
    }
}
