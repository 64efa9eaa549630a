import Foundation
import StanceModel

/// The `evidence` value of a GraphML edge: a JSON array of objects.
///
/// Written by hand rather than with `JSONEncoder` so the bytes are fixed by
/// this file alone: keys in the order article, start, end, sentence, cue,
/// rule, speaker, url, title, source, date (each of the last five left out
/// when nil; files from before issue 12 have none of them), no spaces, and only the escapes JSON
/// requires. That keeps GraphML output byte-deterministic across Foundation
/// versions and lets write -> read -> write reproduce a file exactly.
enum EvidenceJSON {
    /// The canonical JSON text for `items`, in their given order. Strings are
    /// cleaned with `XMLText.clean` first, so the same characters are
    /// refused in evidence as everywhere else in the file.
    static func encode(_ items: [Evidence]) -> String {
        var bytes: [UInt8] = []
        encode(items, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the canonical JSON text for `items` to `bytes` as UTF-8: what
    /// the GraphML writer hands to libxml2 to escape, without building a
    /// `String` per edge.
    static func encode(_ items: [Evidence], into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendLiteral("{\"article\":", to: &bytes)
            appendString(item.article, to: &bytes)
            appendLiteral(",\"start\":", to: &bytes)
            appendInteger(item.start, to: &bytes)
            appendLiteral(",\"end\":", to: &bytes)
            appendInteger(item.end, to: &bytes)
            appendLiteral(",\"sentence\":", to: &bytes)
            appendString(item.sentence, to: &bytes)
            appendLiteral(",\"cue\":", to: &bytes)
            appendString(item.cue, to: &bytes)
            appendLiteral(",\"rule\":", to: &bytes)
            appendString(item.rule, to: &bytes)
            appendField(",\"speaker\":", item.speaker, to: &bytes)
            // Provenance last and only when known, so files without it
            // are written as before.
            let provenance = item.provenance
            appendField(",\"url\":", provenance.url, to: &bytes)
            appendField(",\"title\":", provenance.title, to: &bytes)
            appendField(",\"source\":", provenance.source, to: &bytes)
            appendField(",\"date\":", provenance.date, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `name` and the value, when there is one.
    private static func appendField(_ name: StaticString, _ value: String?, to bytes: inout [UInt8]) {
        guard let value else { return }
        appendLiteral(name, to: &bytes)
        appendString(value, to: &bytes)
    }

    private static func appendLiteral(_ text: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The decimal digits of `value`, without making a `String` of them.
    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[start...])
        }
    }

    /// Appends `text` as a JSON string literal: quote, backslash and the
    /// control characters escaped (the short forms where JSON has them),
    /// everything else as UTF-8, including `/` and non-ASCII.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = XMLText.clean(text)
        text.withUTF8 { source in
            // Fast path: nothing to escape, which is the usual case.
            if !source.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: source)
                return
            }
            for byte in source {
                switch byte {
                case UInt8(ascii: "\""): appendLiteral("\\\"", to: &bytes)
                case UInt8(ascii: "\\"): appendLiteral("\\\\", to: &bytes)
                case 0x0A: appendLiteral("\\n", to: &bytes)
                case 0x0D: appendLiteral("\\r", to: &bytes)
                case 0x09: appendLiteral("\\t", to: &bytes)
                case 0x08: appendLiteral("\\b", to: &bytes)
                case 0x0C: appendLiteral("\\f", to: &bytes)
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16, uppercase: false)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &bytes)
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Decodes an `evidence` value written by this package or by hand.
    /// Whitespace alone means no evidence; anything else must be an array of
    /// objects with the fields of `Evidence` (`speaker` and the provenance
    /// `url`, `title`, `source`, `date` optional, unknown fields ignored). Throws a message for the caller to locate.
    static func decode(_ text: String) throws(DecodeFailure) -> [Evidence] {
        if let canonical = CanonicalParser.parse(text) { return canonical }
        if text.allSatisfy(\.isWhitespace) { return [] }
        do {
            return try JSONDecoder().decode([Evidence].self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw DecodeFailure(message: "missing field \"\(key.stringValue)\"\(where: context)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw DecodeFailure(message: "wrong type\(where: context): \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw DecodeFailure(message: "null value\(where: context)")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            // A value of the right type that is still wrong (a `date` that is no day).
            throw DecodeFailure(message: "\(context.debugDescription)\(where: context)")
        } catch {
            throw DecodeFailure(message: "not valid JSON")
        }
    }

    /// `decode` of UTF-8 `bytes`, as a GraphML reader holds them: the
    /// canonical form is read in place, anything else as a string.
    static func decode(bytes: UnsafeBufferPointer<UInt8>) throws(DecodeFailure) -> [Evidence] {
        if let canonical = CanonicalParser.parse(bytes: bytes) { return canonical }
        return try decode(String(decoding: bytes, as: UTF8.self))
    }

    /// Why an `evidence` value could not be decoded.
    struct DecodeFailure: Error {
        var message: String
    }
}

extension String.StringInterpolation {
    /// " at [2].start": where in the evidence array a decoding error is.
    fileprivate mutating func appendInterpolation(where context: DecodingError.Context) {
        let path = context.codingPath.map { key in
            key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
        }.joined()
        if !path.isEmpty { appendLiteral(" at \(path.hasPrefix(".") ? String(path.dropFirst()) : path)") }
    }
}
