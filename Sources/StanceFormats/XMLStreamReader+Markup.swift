import CLibXML2

/// What the GraphML parser needs to carry other tools' data through
/// unchanged: an element's attributes as written and its content as markup.
extension XMLStreamReader {
    /// The attributes of the current element in document order, namespace
    /// declarations (`xmlns`, `xmlns:y`) included, by qualified name.
    func allAttributes() -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        guard kind == .element, xmlTextReaderMoveToFirstAttribute(readerPointer) == 1 else { return result }
        repeat {
            let name = string(fromXML: xmlTextReaderConstName(readerPointer)) ?? ""
            let value = string(fromXML: xmlTextReaderConstValue(readerPointer)) ?? ""
            result.append((name, value))
        } while xmlTextReaderMoveToNextAttribute(readerPointer) == 1
        xmlTextReaderMoveToElement(readerPointer)
        return result
    }

    /// The content of the current element as an XML fragment (escaped text
    /// and child elements as libxml2 serialises them), then consumes the
    /// element. Prefixes declared on ancestors are not repeated in the
    /// fragment; the parser keeps the root's declarations for that.
    func innerXMLAndText() throws -> (markup: String, text: String, hasElements: Bool) {
        let markup = string(takingXML: capturingErrors { xmlTextReaderReadInnerXml(readerPointer) }) ?? ""
        var text = ""
        var hasElements = false
        try children(onText: { text += $0 }) {
            hasElements = true
            try skipElement()
        }
        if let first = errorsSoFar { throw first }
        return (markup, text, hasElements)
    }
}
