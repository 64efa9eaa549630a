import Foundation

/// The bytes of one article, read but not yet decoded: decoding (UTF-8
/// checks, JSON, HTML) runs on the extraction threads, reading on one.
struct RawArticle: Sendable {
    /// Position in reading order: errors and skips are reported in it
    /// whatever thread finds them.
    var sequence: Int
    var path: String
    /// The id when the input does not carry one: the file name or `stdin`.
    var defaultID: String
    var line: Int?
    var format: InputFormat
    var bytes: [UInt8]
}

/// Reads inputs one article at a time, in order. Holds one open file and
/// one chunk; a JSON Lines file is read line by line, each line at most
/// `articleLimit` bytes.
struct ArticleStream {
    enum Element: Sendable {
        case article(RawArticle)
        case failure(sequence: Int, InputError)

        var sequence: Int {
            switch self {
            case .article(let raw): raw.sequence
            case .failure(let sequence, _): sequence
            }
        }
    }

    private var items: [InputItem]
    private var index = 0
    private let articleLimit: Int
    private var sequence = 0
    /// The JSON Lines file being read, its item and its last line number.
    private var open: (reader: ByteReader, item: InputItem, format: InputFormat)?
    private var lineNumber = 0
    private var readFailed = false
    /// Bytes of finished inputs, plus the open one's so far.
    private var finishedBytes = 0

    init(items: [InputItem], articleLimit: Int) {
        self.items = items
        self.articleLimit = articleLimit
    }

    private var limitText: String {
        articleLimit % (1 << 20) == 0 ? "\(articleLimit >> 20) MiB" : "\(articleLimit) bytes"
    }

    var bytesRead: Int { finishedBytes + (open?.reader.bytesRead ?? 0) }

    mutating func next() -> Element? {
        while true {
            if let current = open {
                if let element = nextLine(current.reader, current.item) {
                    if readFailed {
                        // A file that failed once is given up, not retried.
                        finishedBytes += current.reader.bytesRead
                        open = nil
                        readFailed = false
                    }
                    return element
                }
                finishedBytes += current.reader.bytesRead
                open = nil
                continue
            }
            guard index < items.count else { return nil }
            let item = items[index]
            index += 1
            if let element = start(item) { return element }
        }
    }

    private mutating func numbered(_ make: (Int) -> Element) -> Element {
        defer { sequence += 1 }
        return make(sequence)
    }

    private mutating func fail(_ error: InputError) -> Element {
        numbered { .failure(sequence: $0, error) }
    }

    /// Opens an input: a text or HTML file becomes one article at once; a
    /// JSON Lines input stays open for `nextLine`.
    private mutating func start(_ item: InputItem) -> Element? {
        if let problem = item.problem { return fail(problem) }
        let name = item.displayName
        let reader: ByteReader
        if item.isStandardInput {
            reader = ByteReader(fd: 0, closesOnDeinit: false)
        } else {
            let fd = Foundation.open(item.path, O_RDONLY)
            if fd < 0 {
                // A dangling link or a file gone since the listing: unreadable.
                return fail(InputError(path: name, reason: .unreadable,
                                       message: "cannot open: \(String(cString: strerror(errno)))"))
            }
            reader = ByteReader(fd: fd, closesOnDeinit: true)
            var info = stat()
            if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                return fail(InputError(path: name, reason: .unreadable, message: "is a folder, not a file"))
            }
        }
        var format = item.format
        if format == nil {
            // Standard input without --format: look at its first byte.
            let head = (try? reader.peek()) ?? []
            let first = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            format = first == UInt8(ascii: "{") ? .jsonl : first == UInt8(ascii: "<") ? .html : .text
        }
        let id = item.isStandardInput ? "stdin" : (item.path as NSString).lastPathComponent
        if format == .jsonl {
            open = (reader, item, .jsonl)
            lineNumber = 0
            return nil
        }
        defer { finishedBytes += reader.bytesRead }
        do {
            guard let bytes = try reader.readAll(limit: articleLimit) else {
                return fail(InputError(path: name, reason: .tooLong,
                                       message: "longer than \(limitText), the limit for one article (--max-article-mib)"))
            }
            return numbered { .article(RawArticle(sequence: $0, path: name, defaultID: id, line: nil,
                                                  format: format!, bytes: bytes)) }
        } catch let failure as ByteReader.ReadFailure {
            return fail(InputError(path: name, reason: .unreadable, message: "cannot read: \(failure.message)"))
        } catch {
            return fail(InputError(path: name, reason: .unreadable, message: "cannot read: \(error)"))
        }
    }

    private mutating func nextLine(_ reader: ByteReader, _ item: InputItem) -> Element? {
        while true {
            let line: ByteReader.Line?
            do {
                line = try reader.nextLine(limit: articleLimit)
            } catch let failure as ByteReader.ReadFailure {
                lineNumber += 1
                readFailed = true
                let error = InputError(path: item.displayName, line: lineNumber, reason: .unreadable,
                                       message: "cannot read: \(failure.message)")
                return fail(error)
            } catch {
                return nil
            }
            guard let line else { return nil }
            lineNumber += 1
            switch line {
            case .tooLong(let length, ended: true):
                return fail(InputError(path: item.displayName, line: lineNumber, reason: .tooLong,
                                       message: "line of \(length) bytes, longer than \(limitText), the limit for one article (--max-article-mib)"))
            case .tooLong(let length, ended: false):
                // No line end in sight: give the input up, as after a read error.
                readFailed = true
                return fail(InputError(path: item.displayName, line: lineNumber, reason: .tooLong,
                                       message: "no line end in the first \(length) bytes of a line, far past "
                                        + "\(limitText), the limit for one article (--max-article-mib); the rest "
                                        + "of the input is not read"))
            case .bytes(let bytes):
                // Blank lines separate nothing in JSON Lines: skip them.
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let line = lineNumber
                let id = item.isStandardInput ? "stdin" : (item.path as NSString).lastPathComponent
                return numbered { .article(RawArticle(sequence: $0, path: item.displayName, defaultID: id,
                                                      line: line, format: .jsonl, bytes: bytes)) }
            }
        }
    }
}
