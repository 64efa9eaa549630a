import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a handler wants done with an element it has just been shown.
enum XMLElementAction {
    /// Deliver its child elements, then `endElement`.
    case descend
    /// Deliver its direct character data and its child elements, then
    /// `endElement`. Text elsewhere (the whitespace between elements, most
    /// of a large file's events) is not delivered at all.
    case readText
    /// Ignore it and everything inside it; no `endElement`.
    case skip
    /// Build it with libxml2's own tree builder and hand its content over
    /// as markup (`captured`) in place of `endElement`.
    case capture
}

/// Receives the events of an `XMLEventParser`. Each method may throw: the
/// parser stops at once and `parse` throws that error.
protocol XMLEventHandler: AnyObject {
    func startElement(_ tag: XMLStartTag) throws -> XMLElementAction
    /// Character data (text, CDATA, whitespace) directly inside the element
    /// that asked for it with `.readText`, in pieces of any size.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) throws
    func endElement() throws
    func captured(_ fragment: XMLFragment) throws
    /// A `<!DOCTYPE` was met, before anything in it is read.
    func documentType() throws
}

/// libxml2's SAX2 push parser, fed from a file or memory in 1 MiB chunks.
///
/// Why SAX rather than `xmlTextReader`: the reader builds a tree node for
/// every element and text and frees it again, which was a third of the time
/// of reading a large graph; SAX hands over names and values in place
/// (`XMLStartTag`). Handlers skip what they do not read by returning
/// `.skip`, and ask for another tool's markup with `.capture`, which builds
/// just that element with libxml2's own tree builder (`XMLFragment`).
///
/// The options are fixed to `NONET | NOERROR | NOWARNING`: never `NOENT`,
/// `DTDLOAD`, `HUGE` or `XINCLUDE`, which let a file read local files or
/// expand entity bombs (engineering notes); the handler refuses a DOCTYPE
/// before its first declaration is read. The limits a tree builder would
/// enforce and SAX does not are enforced here: nesting deeper than 256
/// levels and text values over 10,000,000 bytes.
///
/// Two more limits keep the time linear in the input (issue 11): libxml2
/// 2.9 compares the attributes of a start tag pairwise, and looks each
/// element's prefix up through every namespace declaration in scope. So a
/// start tag longer than `maximumTagLength` bytes, and more than
/// `maximumNamespaces` namespace declarations in scope, are refused. The
/// input goes to libxml2 in pieces of `pieceSize`, and the tag still
/// pending after each piece is measured, so no longer tag is ever parsed.
/// GraphML's tags are short (an edge's is under 100 bytes; yEd's root
/// declares 7 namespaces). libxml2's errors go to a
/// structured handler instead of being printed, and the first one is thrown
/// as a `FormatError` with its line and column.
final class XMLEventParser {
    /// libxml2's depth limit without `XML_PARSE_HUGE`.
    static let maximumDepth = 256
    static let tooLongMessage = "a value is longer than libxml2 reads (10,000,000 bytes; the option that lifts "
        + "the limit, XML_PARSE_HUGE, is never used because it also lets entity bombs through)"

    private static let options = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    private static let chunkSize = 1 << 20
    /// Longer start tags are refused: in libxml2 2.9 a tag of n attributes
    /// costs n²/2 comparisons (100,000 attributes took 22 s).
    static let maximumTagLength = 32 << 10
    /// How much libxml2 gets at a time, so that a tag it parses is at most
    /// `maximumTagLength + pieceSize` bytes long.
    private static let pieceSize = 8 << 10
    /// More namespace declarations in scope are refused: each prefixed
    /// name is looked up through all of them.
    static let maximumNamespaces = 512

    /// The file name used in errors.
    let name: String
    private let context: xmlParserCtxtPtr
    /// libxml2's first error, kept by the structured error handler.
    private var firstError: RecordedError?
    private let source: Source
    /// Whether the XML declaration says UTF-8, as every file we write does.
    private(set) var declaresUTF8 = false

    private enum Source {
        case memory([UInt8])
        case file(Int32)
    }

    // State while parsing.
    private var handler: (any XMLEventHandler)?
    /// The handler's error, and whether libxml2 had reported one before it.
    private var failure: (error: any Error, afterXMLError: Bool)?
    /// Set by the first error of either kind: no event is delivered after it.
    private var stopped = false
    private var depth = 0
    /// Depth inside an element being skipped (0: none).
    private var skipDepth = 0
    /// The depth of the element whose text is delivered (0: none), and how
    /// much of it was.
    private var textDepth = 0
    private var textBytes = 0
    private var capture: (holder: xmlNodePtr, depth: Int)?

    /// Parses `bytes`, calling the document `name` in errors.
    init(bytes: [UInt8], name: String) throws {
        guard !bytes.isEmpty else { throw FormatError(file: name, message: "empty file: not GraphML") }
        self.name = name
        self.source = .memory(bytes)
        self.context = try Self.makeContext(name: name)
        attach()
    }

    /// Streams the file at `path`. The file is opened here rather than by
    /// libxml2, so the path is never taken for a URI and a failure to open
    /// it is reported with the system's reason.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FormatError.system("cannot open", path: path, code: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw FormatError(file: path, message: "is a directory, not a GraphML file")
        }
        if (status.st_mode & S_IFMT) == S_IFREG, status.st_size == 0 {
            close(descriptor)
            throw FormatError(file: path, message: "empty file: not GraphML")
        }
        do {
            self.context = try Self.makeContext(name: path)
        } catch {
            close(descriptor)
            throw error
        }
        self.name = path
        self.source = .file(descriptor)
        attach()
    }

    deinit {
        if let document = context.pointee.myDoc {
            context.pointee.myDoc = nil
            xmlFreeDoc(document)
        }
        xmlFreeParserCtxt(context)
        if case .file(let descriptor) = source { close(descriptor) }
    }

    private static func makeContext(name: String) throws -> xmlParserCtxtPtr {
        LibXML.initialize()
        var sax = XMLEventParser.handlers()
        guard let context = name.withCString({ xmlCreatePushParserCtxt(&sax, nil, nil, 0, $0) }) else {
            throw FormatError(file: name, message: "libxml2 could not create a parser")
        }
        xmlCtxtUseOptions(context, options)
        return context
    }

    /// Lets the C callbacks find this object through the context.
    private func attach() {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
    }

    /// Parses the whole input, sending its events to `handler`.
    func parse(_ handler: any XMLEventHandler) throws {
        self.handler = handler
        defer { self.handler = nil }
        switch source {
        case .memory(let bytes):
            bytes.withUnsafeBufferPointer { buffer in
                var offset = 0
                while offset < buffer.count && !stopped {
                    let count = min(Self.chunkSize, buffer.count - offset)
                    feed(UnsafeRawPointer(buffer.baseAddress! + offset), count)
                    offset += count
                }
            }
        case .file(let descriptor):
            let chunk = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
            defer { chunk.deallocate() }
            while !stopped {
                let count = read(descriptor, chunk, Self.chunkSize)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FormatError.system("cannot read", path: name, code: errno)
                }
                if count == 0 { break }
                feed(UnsafeRawPointer(chunk), count)
            }
        }
        if !stopped { finish() }
        try throwFirstError()
    }

    private func feed(_ bytes: UnsafeRawPointer, _ count: Int) {
        var offset = 0
        while offset < count && !stopped {
            let piece = min(Self.pieceSize, count - offset)
            _ = capturingErrors {
                xmlParseChunk(context, (bytes + offset).assumingMemoryBound(to: CChar.self), Int32(piece), 0)
            }
            offset += piece
            if !stopped, pendingTagLength > Self.maximumTagLength {
                fail(error("a start tag longer than \(Self.maximumTagLength) bytes: GraphML's tags are short, and "
                    + "libxml2 compares a tag's attributes pairwise, in time that grows with the square of its length"))
            }
        }
    }

    /// The bytes libxml2 holds of a start tag it has not parsed yet
    /// (waiting for its `>`), 0 when it is not inside one.
    private var pendingTagLength: Int {
        guard context.pointee.instate == XML_PARSER_START_TAG, let input = context.pointee.input,
              let current = input.pointee.cur, let end = input.pointee.end else { return 0 }
        return end - current
    }

    private func finish() {
        _ = capturingErrors { xmlParseChunk(context, nil, 0, 1) }
    }

    /// The first error, the handler's or libxml2's: input with errors is
    /// refused, even a recoverable one such as an undeclared namespace
    /// prefix.
    private func throwFirstError() throws {
        if let failure, !failure.afterXMLError { throw failure.error }
        if var first = firstError {
            first.message = explained(first)
            // Encoding and I/O errors come without a position: give the
            // parser's line, so every error names a place in the file.
            if first.line == nil { first.line = max(line, 1) }
            throw first.formatError(file: name)
        }
        if context.pointee.wellFormed == 0 { throw FormatError(file: name, line: line, message: "malformed XML") }
    }

    /// Runs a libxml2 call with the thread's structured error handler
    /// pointed at this parser, then puts back the handler that was there.
    /// With no handler in the SAX table, libxml2 sends every error there,
    /// including the encoding and I/O errors that would otherwise be printed
    /// on stderr. The handler is thread-local, so parsers on other threads
    /// are unaffected; putting the previous one back (rather than silencing)
    /// matters when a parse runs inside another's callback (markup is
    /// serialised again in `GraphMLParser.inOutputContext`): the outer
    /// parse must go on hearing of its own errors.
    private func capturingErrors<T>(_ body: () -> T) -> T {
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLEventParser>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        })
        defer {
            if previousHandler == nil {
                xmlSetStructuredErrorFunc(nil, { _, _ in })
            } else {
                xmlSetStructuredErrorFunc(previousContext, previousHandler)
            }
        }
        return body()
    }

    /// libxml2's message, made clearer where its wording misleads: it
    /// reports a file cut short with the same code and text ("Extra content
    /// at the end of the document") as trailing content.
    private func explained(_ error: RecordedError) -> String {
        switch error.code {
        case Int32(XML_ERR_DOCUMENT_END.rawValue):
            "the document ends too early (an element is not closed) or has content after its root element"
        case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue):
            "the document is empty"
        case Int32(XML_ERR_INTERNAL_ERROR.rawValue) where error.message.contains("Huge input lookup"),
             Int32(XML_ERR_ATTRIBUTE_NOT_FINISHED.rawValue) where error.message.contains("too long"):
            Self.tooLongMessage
        default:
            error.message
        }
    }

    /// The parser's current line, exact at any size.
    var line: Int { Int(xmlSAX2GetLineNumber(context)) }

    /// An error located at the parser's current line.
    func error(_ message: String) -> FormatError {
        FormatError(file: name, line: line, message: message)
    }

    /// Stops the parse with `error`, which `parse` then throws.
    private func fail(_ error: any Error) {
        if failure == nil { failure = (error, firstError != nil) }
        stopped = true
        xmlStopParser(context)
    }

    /// Keeps libxml2's first error or fatal error (warnings are ignored)
    /// and stops delivering events.
    fileprivate func record(_ error: xmlError) {
        guard firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        while message.last?.isWhitespace == true { message.removeLast() }
        // One line per error: libxml2 puts details ("Bytes: 0xFF ...") on a
        // second line.
        message = message.split(whereSeparator: \.isNewline).joined(separator: "; ")
        firstError = RecordedError(code: error.code, message: message,
                                   line: error.line > 0 ? Int(error.line) : nil,
                                   column: error.int2 > 0 ? Int(error.int2) : nil)
        stopped = true
    }

    // MARK: Events

    fileprivate func startDocument() {
        xmlSAX2StartDocument(context)
        if let encoding = string(fromXML: context.pointee.encoding) {
            declaresUTF8 = encoding.uppercased() == "UTF-8"
        }
    }

    fileprivate func startElement(
        _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
        _ namespaceCount: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        _ attributeCount: Int32, _ defaultedCount: Int32, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !stopped, let localName else { return }
        depth += 1
        guard depth <= Self.maximumDepth else {
            return fail(error("elements nested deeper than \(Self.maximumDepth) levels (libxml2's depth limit; "
                + "XML_PARSE_HUGE, which lifts it, is never used)"))
        }
        guard context.pointee.nsNr / 2 <= Self.maximumNamespaces else {
            return fail(error("more than \(Self.maximumNamespaces) namespace declarations in scope: libxml2 "
                + "looks every prefixed name up through all of them (GraphML files use a handful)"))
        }
        if let holder = capture?.holder {
            capture!.depth += 1
            declareOuterNamespaces(on: holder, prefix: prefix, uri: uri, namespaces: namespaces,
                                   namespaceCount: Int(namespaceCount), attributes: attributes,
                                   attributeCount: Int(attributeCount))
            xmlSAX2StartElementNs(context, localName, prefix, uri, namespaceCount, namespaces,
                                  attributeCount, defaultedCount, attributes)
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let tag = XMLStartTag(localName: localName, namespaceURI: uri, namespaces: namespaces,
                              namespaceCount: Int(namespaceCount), attributes: attributes,
                              attributeCount: Int(attributeCount), line: line)
        do {
            switch try handler!.startElement(tag) {
            case .descend: break
            case .readText:
                textDepth = depth
                textBytes = 0
            case .skip: skipDepth = 1
            case .capture:
                let holder = beginCapture()
                declareOuterNamespaces(on: holder, prefix: prefix, uri: uri, namespaces: namespaces,
                                       namespaceCount: Int(namespaceCount), attributes: attributes,
                                       attributeCount: Int(attributeCount))
                xmlSAX2StartElementNs(context, localName, prefix, uri, namespaceCount, namespaces,
                                      attributeCount, defaultedCount, attributes)
            }
        } catch {
            fail(error)
        }
    }

    fileprivate func endElement(_ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
                                _ uri: UnsafePointer<xmlChar>?) {
        guard !stopped else { return }
        if depth == textDepth { textDepth = 0 }
        depth -= 1
        if let open = capture {
            xmlSAX2EndElementNs(context, localName, prefix, uri)
            if open.depth > 1 {
                capture!.depth -= 1
            } else {
                endCapture(open.holder)
            }
            return
        }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        do { try handler!.endElement() } catch { fail(error) }
    }

    fileprivate func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32, cdata: Bool) {
        guard !stopped, let bytes else { return }
        if capture != nil {
            if cdata { xmlSAX2CDataBlock(context, bytes, count) } else { xmlSAX2Characters(context, bytes, count) }
            return
        }
        guard depth == textDepth, skipDepth == 0 else { return }
        textBytes += Int(count)
        guard textBytes <= LibXML.maximumTextLength else { return fail(error(Self.tooLongMessage)) }
        do { try handler!.text(UnsafeBufferPointer(start: bytes, count: Int(count))) } catch { fail(error) }
    }

    fileprivate func comment(_ text: UnsafePointer<xmlChar>?) {
        guard !stopped, capture != nil else { return }
        xmlSAX2Comment(context, text)
    }

    fileprivate func processingInstruction(_ target: UnsafePointer<xmlChar>?, _ data: UnsafePointer<xmlChar>?) {
        guard !stopped, capture != nil else { return }
        xmlSAX2ProcessingInstruction(context, target, data)
    }

    fileprivate func documentType() {
        guard !stopped else { return }
        do { try handler!.documentType() } catch { fail(error) }
    }

    // MARK: Capture

    /// Prepares libxml2's tree builder for the element about to start: a
    /// holder element, root of the parser's (otherwise empty) document,
    /// which declares the namespaces the captured elements use from
    /// outside (`declareOuterNamespaces`), so they resolve their prefixes
    /// as they would in a whole tree.
    ///
    /// Only those: declaring every namespace in scope made each capture
    /// cost the square of their number (5,000 prefixes and 5,000 yEd
    /// fragments took over 300 s).
    private func beginCapture() -> xmlNodePtr {
        let document = context.pointee.myDoc!
        let holder = xmlNewDocNode(document, nil, "fragment", nil)!
        xmlAddChild(UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self), holder)
        nodePush(context, holder)
        capture = (holder, 1)
        return holder
    }

    /// Declares on `holder` the namespace of an element about to be built,
    /// and those of its prefixed attributes, unless the element declares
    /// them itself or an element already built (or the holder) does.
    /// libxml2 has resolved each prefix to its URI already.
    private func declareOuterNamespaces(
        on holder: xmlNodePtr, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
        namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, namespaceCount: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, attributeCount: Int
    ) {
        func declare(_ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
            guard let uri else { return }
            if let namespaces {
                for index in 0..<namespaceCount where xmlStrEqual(namespaces[2 * index], prefix) == 1 { return }
            }
            guard xmlSearchNs(context.pointee.myDoc, context.pointee.node, prefix) == nil else { return }
            xmlNewNs(holder, uri, prefix)
        }
        declare(prefix, uri)
        guard let attributes else { return }
        for index in 0..<attributeCount {
            let base = attributes + 5 * index
            if let attributePrefix = base[1] { declare(attributePrefix, base[2]) }
        }
    }

    private func endCapture(_ holder: xmlNodePtr) {
        nodePop(context)
        capture = nil
        var fragment = XMLFragment(children: holder.pointee.children?.pointee.children,
                                   document: context.pointee.myDoc)
        var declared = holder.pointee.nsDef
        while let namespace = declared {
            if let prefix = string(fromXML: namespace.pointee.prefix) { fragment.outerPrefixes.append(prefix) }
            declared = namespace.pointee.next
        }
        xmlUnlinkNode(holder)
        xmlFreeNode(holder)
        do { try handler!.captured(fragment) } catch { fail(error) }
    }

    // MARK: The SAX table

    /// The SAX2 callbacks, each handing its event to the parser object.
    private static func handlers() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.getEntity = xmlSAX2GetEntity
        sax.startDocument = { eventParser($0).startDocument() }
        sax.internalSubset = { context, _, _, _ in eventParser(context).documentType() }
        sax.startElementNs = { context, local, prefix, uri, namespaceCount, namespaces, attributeCount,
                               defaultedCount, attributes in
            eventParser(context).startElement(local, prefix, uri, namespaceCount, namespaces,
                                         attributeCount, defaultedCount, attributes)
        }
        sax.endElementNs = { context, local, prefix, uri in eventParser(context).endElement(local, prefix, uri) }
        sax.characters = { context, bytes, count in eventParser(context).characters(bytes, count, cdata: false) }
        sax.ignorableWhitespace = { context, bytes, count in eventParser(context).characters(bytes, count, cdata: false) }
        sax.cdataBlock = { context, bytes, count in eventParser(context).characters(bytes, count, cdata: true) }
        sax.comment = { context, text in eventParser(context).comment(text) }
        sax.processingInstruction = { context, target, data in eventParser(context).processingInstruction(target, data) }
        return sax
    }
}

/// The parser a SAX callback belongs to: libxml2 passes the parser context
/// to each (no user data is given), whose `_private` leads back to it.
private func eventParser(_ context: UnsafeMutableRawPointer?) -> XMLEventParser {
    let context = context!.assumingMemoryBound(to: xmlParserCtxt.self)
    return Unmanaged<XMLEventParser>.fromOpaque(context.pointee._private).takeUnretainedValue()
}

/// libxml2's first error, as reported.
struct RecordedError {
    var code: Int32
    var message: String
    var line: Int?
    var column: Int?

    func formatError(file: String) -> FormatError {
        FormatError(file: file, line: line, column: column, message: message)
    }
}
