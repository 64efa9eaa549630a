import Foundation

/// Turns the bytes of one input into an article, or says precisely why it
/// cannot: runs on the extraction threads.
enum ArticleDecoder {
    static func decode(_ raw: RawArticle) throws(InputError) -> Article {
        switch raw.format {
        case .text:
            let text = try checkedText(raw.bytes, path: raw.path, line: raw.line)
            // A text file's name is the only title it has.
            return Article(id: raw.defaultID, path: raw.path, text: text,
                           title: raw.path == "<stdin>" ? nil : raw.defaultID)
        case .html:
            _ = try checkedText(raw.bytes, path: raw.path, line: raw.line, allowEmpty: false)
            let page = HTMLText.mainText(raw.bytes)
            if let stop = page.stop {
                // The text after the stop would be lost without a word.
                throw InputError(path: raw.path, line: stop.line, reason: .cutShort, message: "the page cannot be "
                    + "read past this line: \(stop.reason); close the tags (or drop them) and try again")
            }
            if page.text.allSatisfy(\.isWhitespace) {
                throw InputError(path: raw.path, reason: .empty, message: "no text in the page's body")
            }
            return Article(id: raw.defaultID, path: raw.path, text: page.text, date: page.date, url: page.url,
                           title: page.title, source: page.siteName)
        case .jsonl:
            return try JSONLinesRecord.decode(raw)
        }
    }

    /// The bytes as a string, refusing what is not an article's text: empty
    /// or blank input, binary data (a NUL byte), invalid UTF-8. A UTF-8
    /// byte order mark is dropped. Positions are byte offsets from 0.
    static func checkedText(_ bytes: [UInt8], path: String, line: Int?, allowEmpty: Bool = false) throws(InputError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if !allowEmpty && body.allSatisfy({ $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) {
            throw InputError(path: path, line: line, reason: .empty,
                             message: body.isEmpty ? "empty, no article text" : "only blank space, no article text")
        }
        if let nul = body.firstIndex(of: 0) {
            throw InputError(path: path, line: line, reason: .binary,
                             message: "binary data (NUL byte at byte \(nul)), not text")
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        let offset = invalidUTF8Offset(body) ?? 0
        throw InputError(path: path, line: line, reason: .invalidUTF8, message: "invalid UTF-8 at byte \(offset)")
    }

    /// The index of the first 0 byte, found by `memchr` (a byte loop
    /// cost as much as reading the line's JSON).
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstNUL($0) }
    }

    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, !bytes.isEmpty,
              let found = memchr(base, 0, bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset (within the original array) of the first byte that does
    /// not start or continue a valid UTF-8 sequence.
    static func invalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var k = bytes.startIndex
        let end = bytes.endIndex
        while k < end {
            let b = bytes[k]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: k += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return k
            }
            guard k + length <= end else { return k }
            for j in 1..<length {
                let c = bytes[k + j]
                let (lo, hi) = j == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { return k }
            }
            k += length
        }
        return nil
    }
}

/// One line of a JSON Lines corpus: `{"id", "text", "title"?, "date"?, "url"?, "source"?}`.
///
/// Only `text` is extracted: a headline repeats the lede, and counting it
/// again would double an edge's weight; evidence offsets index `text`.
struct JSONLinesRecord: Decodable {
    var id: String
    var text: String
    var title: String?
    var date: String?
    var url: String?
    /// The outlet ("Reuters", "lemonde.fr"); the host of `url` when missing.
    var source: String?

    enum CodingKeys: String, CodingKey { case id, text, title, date, url, source }

    init(id: String, text: String, title: String?, date: String?, url: String?, source: String?) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.source = source
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Feeds number their articles as often as they name them.
        if let number = try? container.decode(Int.self, forKey: .id) {
            id = String(number)
        } else {
            id = try container.decode(String.self, forKey: .id)
        }
        text = try container.decode(String.self, forKey: .text)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        source = try container.decodeIfPresent(String.self, forKey: .source)
    }

    static func decode(_ raw: RawArticle) throws(InputError) -> Article {
        func failure(_ reason: InputError.Reason, _ message: String) -> InputError {
            InputError(path: raw.path, line: raw.line, reason: reason, message: message)
        }
        if let nul = ArticleDecoder.firstNUL(raw.bytes) {
            throw failure(.binary, "binary data (NUL byte at column \(nul + 1)), not a JSON object")
        }
        if String(validating: raw.bytes, as: UTF8.self) == nil {
            let offset = ArticleDecoder.invalidUTF8Offset(raw.bytes[...]) ?? 0
            throw failure(.invalidUTF8, "invalid UTF-8 at column \(offset + 1)")
        }
        let record: JSONLinesRecord
        do {
            record = try quickRecord(raw.bytes) ?? JSONDecoder().decode(JSONLinesRecord.self, from: Data(raw.bytes))
        } catch let DecodingError.keyNotFound(key, _) {
            throw failure(.badRecord, "no \"\(key.stringValue)\" in the JSON object")
        } catch let DecodingError.typeMismatch(_, context) {
            let field = context.codingPath.last?.stringValue ?? "the line"
            throw failure(.badRecord, field == "the line" ? "not a JSON object" : "\"\(field)\" is not a string")
        } catch let DecodingError.valueNotFound(_, context) {
            throw failure(.badRecord, "\"\(context.codingPath.last?.stringValue ?? "?")\" is null")
        } catch {
            throw failure(.badRecord, "not valid JSON")
        }
        if record.text.allSatisfy(\.isWhitespace) {
            throw failure(.empty, "empty \"text\"")
        }
        // (A NUL scalar is a 0 byte in UTF-8, and no other scalar holds one.)
        if record.text.utf8.withContiguousStorageIfAvailable({ ArticleDecoder.firstNUL($0) != nil })
            ?? record.text.unicodeScalars.contains("\u{0}") {
            throw failure(.binary, "\"text\" holds a NUL character, not article text")
        }
        var day: String?
        if let date = record.date, !date.isEmpty {
            guard let parsed = SeenDate.day(date) else {
                throw failure(.badRecord, "\"date\" is not an ISO 8601 date (YYYY-MM-DD...): \(date.prefix(40))")
            }
            day = parsed
        }
        if record.id.isEmpty { throw failure(.badRecord, "empty \"id\"") }
        return Article(id: record.id, path: raw.path, line: raw.line, text: record.text, date: day,
                       url: record.url, title: record.title, source: record.source)
    }

    /// The record of a line in the usual shape, read straight from its
    /// (valid UTF-8) bytes: one object whose members are all strings, no
    /// key twice, no escaped surrogate. Anything else (a number or null, a
    /// nested value, a repeated key, a syntax error) gives nil, and
    /// `JSONDecoder` reads the line, errors and all; so a line reads as
    /// it would through `JSONDecoder` alone, which costs several times
    /// more on the article text.
    static func quickRecord(_ bytes: [UInt8]) -> JSONLinesRecord? {
        bytes.withUnsafeBufferPointer { b -> JSONLinesRecord? in
            let n = b.count
            var k = 0
            func skipSpace() {
                while k < n, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D { k += 1 }
            }
            func hex(_ c: UInt8) -> UInt32? {
                switch c {
                case 0x30...0x39: UInt32(c - 0x30)
                case 0x41...0x46: UInt32(c - 0x41 + 10)
                case 0x61...0x66: UInt32(c - 0x61 + 10)
                default: nil
                }
            }
            /// The string at `k` (its opening quote): the range of its bytes
            /// and, when it holds escapes, its bytes unescaped; nil when it is
            /// none or holds what only `JSONDecoder` should judge.
            func string(escapes allowed: Bool) -> (range: Range<Int>, unescaped: [UInt8]?)? {
                guard k < n, b[k] == 0x22 else { return nil }
                k += 1
                let start = k
                var j = k   // (a local the loop keeps in a register)
                while j < n {
                    let c = b[j]
                    if c == 0x22 || c == 0x5C || c < 0x20 { break }
                    j += 1
                }
                k = j
                guard k < n else { return nil }
                if b[k] == 0x22 {
                    k += 1
                    return (start..<(k - 1), nil)
                }
                guard b[k] == 0x5C, allowed else { return nil }   // a control character, or an escaped key
                var out = Array(UnsafeBufferPointer(rebasing: b[start..<k]))
                while k < n {
                    let c = b[k]
                    if c == 0x22 { k += 1; return (start..<(k - 1), out) }
                    if c < 0x20 { return nil }
                    if c != 0x5C {
                        // The run up to the next quote, backslash or control, at once.
                        var j = k + 1
                        while j < n {
                            let d = b[j]
                            if d == 0x22 || d == 0x5C || d < 0x20 { break }
                            j += 1
                        }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[k..<j]))
                        k = j
                        continue
                    }
                    guard k + 1 < n else { return nil }
                    let e = b[k + 1]
                    k += 2
                    switch e {
                    case 0x22, 0x5C, 0x2F: out.append(e)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x6E: out.append(0x0A)
                    case 0x72: out.append(0x0D)
                    case 0x74: out.append(0x09)
                    case 0x75:
                        guard k + 4 <= n, let h0 = hex(b[k]), let h1 = hex(b[k + 1]), let h2 = hex(b[k + 2]),
                              let h3 = hex(b[k + 3]) else { return nil }
                        k += 4
                        let value = h0 << 12 | h1 << 8 | h2 << 4 | h3
                        guard let scalar = Unicode.Scalar(value) else { return nil }   // a surrogate
                        out.append(contentsOf: UTF8.encode(scalar)!)
                    default: return nil
                    }
                }
                return nil
            }
            skipSpace()
            guard k < n, b[k] == 0x7B else { return nil }
            k += 1
            var fields: [String?] = [nil, nil, nil, nil, nil, nil]
            let names: [[UInt8]] = [Array("id".utf8), Array("text".utf8), Array("title".utf8),
                                    Array("date".utf8), Array("url".utf8), Array("source".utf8)]
            var others: [[UInt8]] = []
            skipSpace()
            if k < n, b[k] == 0x7D {
                k += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = string(escapes: false) else { return nil }
                    skipSpace()
                    guard k < n, b[k] == 0x3A else { return nil }
                    k += 1
                    skipSpace()
                    guard let value = string(escapes: true) else { return nil }
                    let keyBytes = UnsafeBufferPointer(rebasing: b[key.range])
                    if let index = names.firstIndex(where: { $0.elementsEqual(keyBytes) }) {
                        guard fields[index] == nil else { return nil }
                        fields[index] = value.unescaped.map { String(decoding: $0, as: UTF8.self) }
                            ?? String(decoding: UnsafeBufferPointer(rebasing: b[value.range]), as: UTF8.self)
                    } else {
                        guard !others.contains(where: { $0.elementsEqual(keyBytes) }) else { return nil }
                        others.append(Array(keyBytes))
                    }
                    skipSpace()
                    guard k < n else { return nil }
                    if b[k] == 0x2C { k += 1; continue }
                    guard b[k] == 0x7D else { return nil }
                    k += 1
                    break
                }
            }
            skipSpace()
            guard k == n, let id = fields[0], let text = fields[1] else { return nil }
            return JSONLinesRecord(id: id, text: text, title: fields[2], date: fields[3], url: fields[4],
                                   source: fields[5])
        }
    }
}
