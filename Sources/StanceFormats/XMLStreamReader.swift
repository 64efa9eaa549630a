import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thin, throwing wrapper around libxml2's streaming `xmlTextReader`.
///
/// Streaming keeps memory constant on large graphs. The options are fixed to
/// `NONET | NOERROR | NOWARNING`: never `NOENT`, `DTDLOAD`, `HUGE` or
/// `XINCLUDE`, which let a file read local files or expand entity bombs
/// (engineering notes). libxml2's errors are collected through a structured
/// error handler instead of being printed, and the first one is thrown as a
/// `FormatError` with its line and column.
final class XMLStreamReader {
    /// What the reader is positioned on, reduced to what callers act on.
    enum NodeKind {
        case element, endElement, text, documentType, other
    }

    private static let options = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// The file name used in errors.
    let name: String
    private let reader: xmlTextReaderPtr
    /// The libxml2 reader, for the extensions in other files.
    var readerPointer: xmlTextReaderPtr { reader }
    private let errors = ErrorSink()
    /// The input of an in-memory reader; libxml2 reads it until `deinit`.
    private let memory: UnsafeMutableBufferPointer<UInt8>?
    /// The open file of a file reader, closed in `deinit`.
    private let descriptor: Int32

    /// Reads `bytes`, calling the document `name` in errors.
    init(bytes: [UInt8], name: String) throws {
        LibXML.initialize()
        guard bytes.count < Int(Int32.max) else {
            throw FormatError(file: name, message: "file too large for the XML reader (2 GiB or more)")
        }
        guard !bytes.isEmpty else { throw FormatError(file: name, message: "empty file: not GraphML") }
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = memory.initialize(from: bytes)
        let pointer = UnsafeRawPointer(memory.baseAddress!).assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(pointer, Int32(bytes.count), nil, nil, Self.options) else {
            memory.deallocate()
            throw FormatError(file: name, message: "libxml2 could not create a reader")
        }
        self.name = name
        self.reader = reader
        self.memory = memory
        self.descriptor = -1
        installErrorHandler()
    }

    /// Streams the file at `path`. The file is opened here rather than by
    /// `xmlReaderForFile`, so the path is never taken for a URI and a
    /// failure to open it is reported with the system's reason.
    init(path: String) throws {
        LibXML.initialize()
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
        guard let reader = xmlReaderForFd(descriptor, nil, nil, Self.options) else {
            close(descriptor)
            throw FormatError(file: path, message: "libxml2 could not create a reader")
        }
        self.name = path
        self.reader = reader
        self.memory = nil
        self.descriptor = descriptor
        installErrorHandler()
    }

    deinit {
        xmlFreeTextReader(reader)
        memory?.deallocate()
        if descriptor >= 0 { close(descriptor) }
    }

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Moves to the next node. Returns false at the end of the document;
    /// throws the first error libxml2 reported, even a recoverable one such
    /// as an undeclared namespace prefix: input with errors is refused.
    func read() throws -> Bool {
        let result = capturingErrors { xmlTextReaderRead(reader) }
        if var first = errors.first {
            first.message = explained(first)
            // Encoding and I/O errors come without a position: give the
            // parser's line, so every error names a place in the file.
            if first.line == nil { first.line = max(Int(xmlTextReaderGetParserLineNumber(reader)), 1) }
            throw first.formatError(file: name)
        }
        switch result {
        case 1: return true
        case 0: return false
        default: throw FormatError(file: name, line: line, message: "malformed XML")
        }
    }

    /// Runs a libxml2 call with the thread's global error handler pointed
    /// at this reader's sink, then silenced again. Some errors (encoding
    /// conversion, I/O) bypass the reader's handler and would otherwise be
    /// printed on stderr by libxml2 itself, adding lines to our one-line
    /// error; the handler is thread-local, so concurrent readers on other
    /// threads are unaffected.
    func capturingErrors<T>(_ body: () -> T) -> T {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(errors).toOpaque(), { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        })
        defer { xmlSetStructuredErrorFunc(nil, { _, _ in }) }
        return body()
    }

    /// The first error libxml2 reported so far, if any, located.
    var errorsSoFar: FormatError? {
        guard var first = errors.first else { return nil }
        first.message = explained(first)
        return first.formatError(file: name)
    }

    /// libxml2's message, made clearer where its wording misleads: it
    /// reports a file cut short with the same code and text ("Extra content
    /// at the end of the document") as trailing content, and the reader may
    /// parse the whole input before returning a node, so which of the two it
    /// was cannot be told reliably.
    private func explained(_ error: ErrorSink.Recorded) -> String {
        switch error.code {
        case Int32(XML_ERR_DOCUMENT_END.rawValue):
            "the document ends too early (an element is not closed) or has content after its root element"
        case Int32(XML_ERR_DOCUMENT_EMPTY.rawValue):
            "the document is empty"
        case Int32(XML_ERR_INTERNAL_ERROR.rawValue) where error.message.contains("Huge input lookup"),
             Int32(XML_ERR_ATTRIBUTE_NOT_FINISHED.rawValue) where error.message.contains("too long"):
            "a value is longer than libxml2 reads (10,000,000 bytes; the option that lifts the limit, "
                + "XML_PARSE_HUGE, is never used because it also lets entity bombs through)"
        default:
            error.message
        }
    }

    var kind: NodeKind {
        switch UInt32(xmlTextReaderNodeType(reader)) {
        case XML_READER_TYPE_ELEMENT.rawValue: .element
        case XML_READER_TYPE_END_ELEMENT.rawValue: .endElement
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
             XML_READER_TYPE_WHITESPACE.rawValue, XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue: .text
        case XML_READER_TYPE_DOCUMENT_TYPE.rawValue: .documentType
        default: .other
        }
    }

    /// Whether the current node's local name and namespace URI are
    /// `local` and `namespace`, without copying either.
    func hasName(_ local: String, in namespace: String) -> Bool {
        let name = xmlTextReaderConstLocalName(reader)
        guard withXMLChars(local, { xmlStrEqual(name, $0) }) == 1 else { return false }
        guard let uri = xmlTextReaderConstNamespaceUri(reader) else { return namespace.isEmpty }
        return withXMLChars(namespace) { xmlStrEqual(uri, $0) } == 1
    }

    var localName: String { string(fromXML: xmlTextReaderConstLocalName(reader)) ?? "" }
    var namespaceURI: String { string(fromXML: xmlTextReaderConstNamespaceUri(reader)) ?? "" }
    var depth: Int32 { xmlTextReaderDepth(reader) }
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }
    /// The text of a text node.
    var value: String { string(fromXML: xmlTextReaderConstValue(reader)) ?? "" }

    /// The value of an attribute (unprefixed, or prefixed as written) of the
    /// current element, or nil when it has none.
    func attribute(_ attribute: String) -> String? {
        withXMLChars(attribute) { string(takingXML: xmlTextReaderGetAttribute(reader, $0)) }
    }

    /// The line of the current node. libxml2 stores at most 65535 without
    /// `XML_PARSE_BIG_LINES`, which is not among the allowed options; past
    /// that the parser's position is used, which may be a few lines late.
    var line: Int {
        let nodeLine = xmlTextReaderCurrentNode(reader).map { xmlGetLineNo($0) } ?? 0
        if nodeLine > 0 && nodeLine < 65535 { return Int(nodeLine) }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// An error located at the current node.
    func error(_ message: String) -> FormatError {
        FormatError(file: name, line: line, message: message)
    }
}

/// Collects libxml2's errors for one reader: the C callback cannot capture
/// Swift state, so it gets this object through its context pointer.
private final class ErrorSink {
    struct Recorded {
        var code: Int32
        var message: String
        var line: Int?
        var column: Int?

        func formatError(file: String) -> FormatError {
            FormatError(file: file, line: line, column: column, message: message)
        }
    }

    private(set) var first: Recorded?

    /// Keeps the first error or fatal error; warnings are ignored.
    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        while message.last?.isWhitespace == true { message.removeLast() }
        // One line per error: libxml2 puts details ("Bytes: 0xFF ...") on a
        // second line.
        message = message.split(whereSeparator: \.isNewline).joined(separator: "; ")
        first = Recorded(code: error.code, message: message,
                         line: error.line > 0 ? Int(error.line) : nil,
                         column: error.int2 > 0 ? Int(error.int2) : nil)
    }
}
