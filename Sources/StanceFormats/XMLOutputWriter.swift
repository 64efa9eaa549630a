import CLibXML2

/// Writes XML through libxml2's output buffer API (`xmlOutputBuffer`): the
/// GraphML writer's default path.
///
/// Why not `xmlTextWriter` (`XMLStreamWriter`): it allocates an escaped copy
/// of every string and checks its state per call, and was measured slower
/// than igraph's plain C writer on a large graph (issue 5). This type keeps
/// libxml2 doing all of the output and all of the escaping, one level lower:
/// - text content: `xmlOutputBufferWriteEscape(out, text, nil)`, libxml2's
///   `xmlEscapeContent` (`<` `>` `&` and CR escaped; quotes, tabs and
///   newlines need no escaping in content);
/// - attribute values: `xmlAttrSerializeTxtContent`, the function libxml2's
///   own serialiser uses (also `"`, LF and TAB as character references, so
///   they survive attribute-value normalisation on reading);
/// - markup this writer spells itself (tag and attribute names, indentation,
///   the constant values of `constantAttribute`): `xmlOutputBufferWrite`,
///   with no user text in it.
///
/// The layout is `xmlTextWriter`'s with two-space indentation, so output
/// differs from it only in the spelling of escapes. Callers pass text that
/// XML can hold (`XMLText.clean`); markup given to `raw` is written as it is.
///
/// A struct, with the libxml2 objects in a class that frees them: its
/// mutating methods then need no dynamic exclusivity checks, which cost
/// more than libxml2's own work on a large graph.
struct XMLOutputWriter: XMLSink {
    /// The libxml2 objects, freed with the last copy of the writer.
    private final class Handles {
        let out: xmlOutputBufferPtr
        /// Receives `xmlAttrSerializeTxtContent`'s result for one value.
        let attributeBuffer: xmlBufferPtr
        /// A document declared UTF-8, so that `xmlAttrSerializeTxtContent`
        /// writes non-ASCII as UTF-8 rather than as character references.
        let document: xmlDocPtr
        /// The markup waiting for libxml2 (`XMLOutputWriter.markupCapacity` bytes).
        let markup = UnsafeMutablePointer<UInt8>.allocate(capacity: XMLOutputWriter.markupCapacity)

        init() throws {
            guard let out = xmlAllocOutputBuffer(nil) else {
                throw FormatError(file: "", message: "libxml2 could not allocate an output buffer")
            }
            guard let attributeBuffer = xmlBufferCreate() else {
                _ = xmlOutputBufferClose(out)
                throw FormatError(file: "", message: "libxml2 could not allocate an attribute buffer")
            }
            guard let document = xmlNewDoc(nil) else {
                _ = xmlOutputBufferClose(out)
                xmlBufferFree(attributeBuffer)
                throw FormatError(file: "", message: "libxml2 could not allocate a document")
            }
            document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
            self.out = out
            self.attributeBuffer = attributeBuffer
            self.document = document
        }

        deinit {
            _ = xmlOutputBufferClose(out)
            xmlBufferFree(attributeBuffer)
            xmlFreeDoc(document)
            markup.deallocate()
        }
    }

    private let handles: Handles
    private let out: xmlOutputBufferPtr
    private let attributeBuffer: xmlBufferPtr
    private let document: xmlDocPtr
    /// Markup waiting to go to `out` in one `xmlOutputBufferWrite` call:
    /// only names, indentation and constants, never user text. Gathered in
    /// a fixed buffer and handed over before each escaped value: a large
    /// graph has tens of millions of short pieces, and copying them into
    /// raw memory costs a few instructions where growing an array cost a
    /// call each.
    static let markupCapacity = 1 << 16
    private let markup: UnsafeMutablePointer<UInt8>
    private var markupCount = 0
    /// Scratch for evidence JSON, NUL-terminated for libxml2.
    var json: [UInt8] = []
    /// Open elements, innermost last, and whether the start tag of the
    /// innermost one still lacks its `>`.
    private var open: [StaticString] = []
    private var startTagOpen = false
    /// `xmlTextWriter`'s `doindent`: cleared by text, set again by an end tag.
    private var indentNext = true

    /// How many elements `writeInBlocks` writes on one thread at a time
    /// (`Int.max`: all on this one).
    let blockSize: Int

    /// Where full chunks go when streaming; nil keeps the whole document.
    private let sink: ((UnsafeRawBufferPointer) throws -> Void)?
    private static let chunk = 1 << 20

    /// A writer that keeps the whole document in libxml2's buffer until
    /// `finish`.
    init(blockSize: Int = 4096) throws {
        try self.init(sink: nil, blockSize: blockSize)
    }

    /// A writer that hands libxml2's buffer to `sink` whenever an element
    /// ends with about a megabyte in it, keeping memory flat on large
    /// documents.
    init(streamingTo sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        try self.init(sink: sink, blockSize: 4096)
    }

    private init(sink: ((UnsafeRawBufferPointer) throws -> Void)?, blockSize: Int) throws {
        LibXML.initialize()
        self.sink = sink
        self.blockSize = max(1, blockSize)
        handles = try Handles()
        out = handles.out
        attributeBuffer = handles.attributeBuffer
        document = handles.document
        markup = handles.markup
        json.reserveCapacity(4096)
    }

    /// A writer for part of a document written by another writer whose
    /// open elements are `open` (their start tags complete): what it
    /// writes (`fragmentBytes`) is what that writer would write next.
    init(fragmentInside open: [StaticString]) throws {
        try self.init(sink: nil, blockSize: .max)
        self.open = open
    }

    /// Everything written so far, for `appendFragment` of the writer this
    /// one continues.
    mutating func fragmentBytes() throws -> [UInt8] {
        try flushMarkup()
        let size = xmlOutputBufferGetSize(out)
        guard size > 0, let content = xmlOutputBufferGetContent(out) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: size))
    }

    /// The innermost element's open elements, for `init(fragmentInside:)`;
    /// completes its start tag first, as writing a child would.
    mutating func openElementsForFragments() -> [StaticString] {
        if startTagOpen {
            literal(">\n")
            startTagOpen = false
        }
        return open
    }

    /// Appends what a writer made with `init(fragmentInside:)` wrote.
    mutating func appendFragment(_ bytes: [UInt8]) throws {
        try flushMarkup()
        guard !bytes.isEmpty else { return }
        let result = bytes.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { xmlOutputBufferWrite(out, Int32(bytes.count), $0.baseAddress) }
        }
        try check(result, "write a fragment")
        indentNext = true
        if sink != nil && xmlOutputBufferGetSize(out) >= Self.chunk { try flush() }
    }

    mutating func startDocument() throws {
        literal("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    mutating func startElement(_ element: StaticString) throws {
        if startTagOpen {
            literal(">\n")
        }
        open.append(element)
        indent()
        literal("<")
        literal(element)
        startTagOpen = true
    }

    /// An attribute whose value is escaped by libxml2
    /// (`xmlAttrSerializeTxtContent`). Values are node ids (checked
    /// `xs:NMTOKEN`s) or were read from XML, so hold no NUL that would end
    /// the C string early.
    mutating func attribute(_ attribute: String, _ value: String) throws {
        literal(" ")
        append(attribute)
        literal("=\"")
        try flushMarkup()
        withXMLChars(value) { value in
            xmlAttrSerializeTxtContent(attributeBuffer, document, nil, value)
        }
        let count = xmlBufferLength(attributeBuffer)
        if count > 0, let content = xmlBufferContent(attributeBuffer) {
            let result = content.withMemoryRebound(to: CChar.self, capacity: Int(count)) {
                xmlOutputBufferWrite(out, count, $0)
            }
            xmlBufferEmpty(attributeBuffer)
            try check(result, "write attribute \(attribute)")
        }
        literal("\"")
    }

    /// An attribute whose value this package spells itself (a vocabulary
    /// key id, `directed`, a generated edge id, a namespace constant):
    /// written as markup, without escaping. Never pass user text here.
    mutating func constantAttribute(_ attribute: String, _ value: String) throws {
        literal(" ")
        append(attribute)
        literal("=\"")
        append(value)
        literal("\"")
    }

    /// Character data, escaped by libxml2 (`xmlEscapeContent`). An empty
    /// string is skipped: `xmlOutputBufferWriteEscape` reports it as an
    /// error. libxml2 reads up to the first NUL; cleaned text has none.
    mutating func text(_ text: String) throws {
        openText()
        guard !text.isEmpty else { return }
        try flushMarkup()
        let result = withXMLChars(text) { xmlOutputBufferWriteEscape(out, $0, nil) }
        try check(result, "write text")
    }

    /// Character data already NUL-terminated in `bytes` (the terminator not
    /// counted in `count`), escaped by libxml2 (`xmlEscapeContent`).
    mutating func text(nulTerminated bytes: UnsafePointer<xmlChar>, count: Int) throws {
        openText()
        guard count > 0 else { return }
        try flushMarkup()
        try check(xmlOutputBufferWriteEscape(out, bytes, nil), "write text")
    }

    /// Markup read from a document (foreign data), so already escaped and
    /// well-formed: written as it is.
    /// Text this package spells itself (a relation name, a count), which
    /// has nothing to escape, goes into the markup like a tag name.
    mutating func constantText(_ text: String) throws {
        openText()
        append(text)
    }

    mutating func raw(_ markup: String) throws {
        openText()
        append(markup)
    }

    mutating func endElement() throws {
        guard let element = open.last else { return }
        if startTagOpen {
            literal("/>")
            startTagOpen = false
        } else {
            if indentNext { indent() }
            literal("</")
            literal(element)
            literal(">")
        }
        indentNext = true
        literal("\n")
        open.removeLast()
        if sink != nil && markupCount + xmlOutputBufferGetSize(out) >= Self.chunk { try flush() }
    }

    /// Hands everything written so far to the sink and empties libxml2's
    /// buffer.
    mutating func flush() throws {
        try flushMarkup()
        guard let sink else { return }
        let size = xmlOutputBufferGetSize(out)
        guard size > 0, let content = xmlOutputBufferGetContent(out) else { return }
        try sink(UnsafeRawBufferPointer(start: content, count: size))
        xmlBufShrink(out.pointee.buffer, size)
    }

    /// Closes every open element and returns the document's bytes (empty
    /// when streaming: the sink had them).
    mutating func finish() throws -> [UInt8] {
        while !open.isEmpty { try endElement() }
        try flush()
        try check(out.pointee.error == 0 ? 0 : -1, "write the document")
        let size = xmlOutputBufferGetSize(out)
        guard size > 0, let content = xmlOutputBufferGetContent(out) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: size))
    }

    /// Closes a pending start tag before content, as `xmlTextWriter` does.
    mutating func openText() {
        if startTagOpen {
            literal(">")
            startTagOpen = false
        }
        indentNext = false
    }

    /// Two spaces per open element above the current one.
    private mutating func indent() {
        // Two spaces a level; depth is small (GraphML nests four deep).
        let spaces = min(2 * (open.count - 1), Self.markupCapacity)
        guard spaces > 0 else { return }
        if markupCount + spaces > Self.markupCapacity { flushMarkupUnchecked() }
        (markup + markupCount).update(repeating: 0x20, count: spaces)
        markupCount += spaces
    }

    /// Appends byte by byte: the pieces are a few bytes long, and
    /// `append(contentsOf:)` costs more per call than the copy itself.
    private mutating func literal(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        if markupCount + bytes.count > Self.markupCapacity {
            flushMarkupUnchecked()
            if bytes.count > Self.markupCapacity {
                // Larger than the buffer (another tool's markup): straight to
                // libxml2. A failure is kept by the output buffer, and
                // `finish` reports it.
                _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    xmlOutputBufferWrite(out, Int32(bytes.count), $0)
                }
                return
            }
        }
        (markup + markupCount).update(from: start, count: bytes.count)
        markupCount += bytes.count
    }

    /// `flushMarkup` where no error can be thrown; libxml2 keeps a write
    /// error in the output buffer, and `finish` reports it.
    private mutating func flushMarkupUnchecked() {
        guard markupCount > 0 else { return }
        _ = markup.withMemoryRebound(to: CChar.self, capacity: markupCount) {
            xmlOutputBufferWrite(out, Int32(markupCount), $0)
        }
        markupCount = 0
    }

    /// Passes the waiting markup to libxml2.
    private mutating func flushMarkup() throws {
        guard markupCount > 0 else { return }
        let result = markup.withMemoryRebound(to: CChar.self, capacity: markupCount) {
            xmlOutputBufferWrite(out, Int32(markupCount), $0)
        }
        markupCount = 0
        try check(result, "write markup")
    }

    private func check(_ result: Int32, _ action: String) throws {
        if result < 0 {
            throw FormatError(file: "", message: "libxml2 failed to \(action)")
        }
    }
}
