import StanceModel

extension EvidenceJSON {
    /// A parser for exactly the JSON that `EvidenceJSON.encode` writes: keys
    /// in canonical order, no spaces, integers without exponent.
    ///
    /// Why: `JSONDecoder` was half the time of reading a large GraphML file
    /// (300k edges: about 4 s of 9). This parser reads the canonical form
    /// directly from UTF-8 bytes and returns nil on anything else (other key
    /// order, spaces, unknown keys, `\u` surrogate escapes, ...), so such
    /// input still goes to `JSONDecoder`, which stays the reference for what
    /// is accepted. For input it accepts, it gives the same result.
    struct CanonicalParser {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0

        private init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The evidence in `text`, or nil when `text` is not canonical.
        static func parse(_ text: String) -> [Evidence]? {
            var text = text
            return text.withUTF8 { parse(bytes: $0) }
        }

        /// The evidence in UTF-8 `bytes`, or nil when they are not canonical.
        static func parse(bytes: UnsafeBufferPointer<UInt8>) -> [Evidence]? {
            var parser = CanonicalParser(bytes: bytes)
            return parser.array()
        }

        private mutating func array() -> [Evidence]? {
            guard take("[") else { return nil }
            var items: [Evidence] = []
            if !take("]") {
                repeat {
                    guard let item = object() else { return nil }
                    items.append(item)
                } while take(",")
                guard take("]") else { return nil }
            }
            return index == bytes.count ? items : nil
        }

        private mutating func object() -> Evidence? {
            guard take(#"{"article":"#), let article = string(),
                  take(#","start":"#), let start = integer(),
                  take(#","end":"#), let end = integer(),
                  take(#","sentence":"#), let sentence = string(),
                  take(#","cue":"#), let cue = string(),
                  take(#","rule":"#), let rule = string()
            else { return nil }
            var speaker: String?
            if take(#","speaker":"#) {
                guard let text = string() else { return nil }
                speaker = text
            }
            var url: String?, title: String?, source: String?, date: String?
            if take(#","url":"#) {
                guard let text = string() else { return nil }
                url = text
            }
            if take(#","title":"#) {
                guard let text = string() else { return nil }
                title = text
            }
            if take(#","source":"#) {
                guard let text = string() else { return nil }
                source = text
            }
            if take(#","date":"#) {
                // Only the canonical day; anything else goes to JSONDecoder,
                // which reports it.
                guard let text = string(), text.utf8.count == 10, SeenDate.day(text) == text else { return nil }
                date = text
            }
            guard take("}") else { return nil }
            var provenance = Provenance(url: url, title: title, source: source, date: date)
            // An article's items share one copy of its provenance.
            if provenance == previous { provenance = previous } else { previous = provenance }
            return Evidence(article: article, start: start, end: end, sentence: sentence,
                            cue: cue, rule: rule, speaker: speaker, provenance: provenance)
        }

        /// The provenance of the item read last.
        private var previous = Provenance()

        /// Consumes `literal` if the input continues with it.
        private mutating func take(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
                return false
            }
            index += count
            return true
        }

        /// `-?(0|[1-9][0-9]*)` within `Int`'s range.
        private mutating func integer() -> Int? {
            let negative = take("-")
            let start = index
            var value = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
                if overflow1 || overflow2 { return nil }
                value = sum
                index += 1
            }
            let digits = index - start
            guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
            return negative ? -value : value
        }

        /// A string with the escapes `EvidenceJSON.encode` writes.
        private mutating func string() -> String? {
            guard take("\"") else { return nil }
            var decoded: [UInt8] = []
            var runStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    index += 1
                    // Without escapes (the usual case) the string is made
                    // from the input in place, with no buffer in between.
                    if decoded.isEmpty { return String(decoding: run, as: UTF8.self) }
                    decoded.append(contentsOf: run)
                    return String(decoding: decoded, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                if byte != UInt8(ascii: "\\") {
                    index += 1
                    continue
                }
                decoded.append(contentsOf: bytes[runStart..<index])
                guard index + 1 < bytes.count, let unescaped = Self.escapes[bytes[index + 1]] else { return nil }
                if unescaped == 0 {
                    // \uXXXX: only the \u00XX form this package writes.
                    guard index + 5 < bytes.count, bytes[index + 2] == UInt8(ascii: "0"),
                          bytes[index + 3] == UInt8(ascii: "0"),
                          let high = Self.hexValue(bytes[index + 4]), let low = Self.hexValue(bytes[index + 5]),
                          high < 8
                    else { return nil }
                    decoded.append(high << 4 | low)
                    index += 6
                } else {
                    decoded.append(unescaped)
                    index += 2
                }
                runStart = index
            }
            return nil
        }

        /// The byte each one-letter escape stands for; 0 marks `\u`.
        private static let escapes: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
            UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
            UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "u"): 0,
        ]

        private static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }
}
