import CLibXML2
import StanceModel

/// What the GraphML writer needs of an XML writer. Both are libxml2:
/// its output buffer API (`XMLOutputWriter`, the default) or its
/// convenience `xmlTextWriter` (`XMLStreamWriter`, kept as an independent
/// reference for tests). `SendableMetatype`: a writer may hand blocks of work to another thread
/// (`writeInBlocks`), whose closures name the writer's type.
protocol XMLSink: SendableMetatype {
    mutating func startDocument() throws
    /// Element names are the vocabulary's, never data: static strings.
    mutating func startElement(_ element: StaticString) throws
    /// An attribute whose value libxml2 escapes.
    mutating func attribute(_ attribute: String, _ value: String) throws
    /// An attribute whose value this package spells itself (vocabulary
    /// constants, generated edge ids): never user text.
    mutating func constantAttribute(_ attribute: String, _ value: String) throws
    mutating func text(_ text: String) throws
    /// Text this package spells itself (a relation, a count): nothing in it
    /// needs escaping.
    mutating func constantText(_ text: String) throws
    mutating func raw(_ markup: String) throws
    mutating func endElement() throws
    /// Writes an edge's evidence as canonical JSON text; returns the
    /// JSON's length in UTF-8 bytes before XML escaping.
    mutating func evidence(_ items: [Evidence]) throws -> Int
    /// Calls `body` for the parts of `0..<count` in order, as if it wrote
    /// them all itself; a writer may write parts on other threads and put
    /// them in place.
    mutating func writeInBlocks(count: Int,
                                _ body: @escaping @Sendable (Range<Int>, inout Self) throws -> Void) throws
}

/// A thin, throwing wrapper around libxml2's `xmlTextWriter` writing into
/// memory.
///
/// Every piece of markup goes through libxml2, which escapes `&<>"` and
/// writes well-formed structure; this type only turns its negative return
/// codes into `FormatError`s and owns the C objects. Text is not cleaned
/// here: callers pass it through `XMLText.clean` because they know which
/// values are free text and which are checked ids.
final class XMLStreamWriter: XMLSink {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Used as the file of errors.
    private let name: String

    /// Prepares an indented writer (two spaces, so the output diffs well).
    init(name: String) throws {
        LibXML.initialize()
        self.name = name
        guard let buffer = xmlBufferCreate() else {
            throw FormatError(file: name, message: "libxml2 could not allocate an output buffer")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw FormatError(file: name, message: "libxml2 could not create a text writer")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
        try check(withXMLChars("  ") { xmlTextWriterSetIndentString(writer, $0) }, "set indentation")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8"?>`.
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    func startElement(_ element: StaticString) throws {
        try check(withXMLChars(element.description) { xmlTextWriterStartElement(writer, $0) }, "start <\(element)>")
    }

    /// Writes one attribute of the element just started; libxml2 escapes it.
    func attribute(_ attribute: String, _ value: String) throws {
        let result = withXMLChars(attribute) { attribute in
            withXMLChars(value) { xmlTextWriterWriteAttribute(writer, attribute, $0) }
        }
        try check(result, "write attribute \(attribute)")
    }

    /// Writes character data; libxml2 escapes `&`, `<`, `>` and `\r`.
    func text(_ text: String) throws {
        try check(withXMLChars(text) { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Writes `markup` as it is: an XML fragment that was read from a
    /// document (foreign data), so already escaped and well-formed.
    func raw(_ markup: String) throws {
        try check(withXMLChars(markup) { xmlTextWriterWriteRaw(writer, $0) }, "write markup")
    }

    /// Closes the innermost open element (`<x/>` when it has no content).
    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Closes every open element, flushes, and returns the document's bytes.
    func finish() throws -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the output")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    private func check(_ result: Int32, _ action: String) throws {
        if result < 0 {
            throw FormatError(file: name, message: "libxml2 failed to \(action)")
        }
    }
}

/// Process-wide libxml2 set-up.
enum LibXML {
    /// Runs `xmlInitParser()` exactly once, before the first reader or
    /// writer, as libxml2 asks of multithreaded programs. A `static let` is
    /// initialised once, thread-safely, on first use.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The longest text value libxml2 reads without `XML_PARSE_HUGE`
    /// (`XML_MAX_TEXT_LENGTH`), an option never used here since it also
    /// lets entity bombs through: the writer refuses to write longer values
    /// and the reader to read them.
    static let maximumTextLength = 10_000_000

    static func initialize() {
        _ = initialized
    }
}
