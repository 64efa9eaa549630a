import Foundation
import StanceModel

/// The `evidence` value of a GraphML edge: a JSON array of objects.
///
/// Written by hand rather than with `JSONEncoder` so the bytes are fixed by
/// this file alone: keys in the order article, start, end, sentence, cue,
/// rule, speaker (left out when nil), no spaces, and only the escapes JSON
/// requires. That keeps GraphML output byte-deterministic across Foundation
/// versions and lets write -> read -> write reproduce a file exactly.
enum EvidenceJSON {
    /// The canonical JSON text for `items`, in their given order. Strings are
    /// cleaned with `XMLText.clean` first, so the same characters are
    /// refused in evidence as everywhere else in the file.
    static func encode(_ items: [Evidence]) -> String {
        var out = "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            out += "{\"article\":"
            appendString(item.article, to: &out)
            out += ",\"start\":\(item.start),\"end\":\(item.end),\"sentence\":"
            appendString(item.sentence, to: &out)
            out += ",\"cue\":"
            appendString(item.cue, to: &out)
            out += ",\"rule\":"
            appendString(item.rule, to: &out)
            if let speaker = item.speaker {
                out += ",\"speaker\":"
                appendString(speaker, to: &out)
            }
            out += "}"
        }
        out += "]"
        return out
    }

    /// Appends `text` as a JSON string literal: quote, backslash and the
    /// control characters escaped (the short forms where JSON has them),
    /// everything else as UTF-8, including `/` and non-ASCII.
    static func appendString(_ text: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        let text = XMLText.clean(text)
        // Fast path: nothing to escape, which is the usual case.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            out.unicodeScalars.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.unicodeScalars.append("\"")
    }

    /// Decodes an `evidence` value written by this package or by hand.
    /// Whitespace alone means no evidence; anything else must be an array of
    /// objects with the fields of `Evidence` (`speaker` optional, unknown
    /// fields ignored). Throws a message for the caller to locate.
    static func decode(_ text: String) throws(DecodeFailure) -> [Evidence] {
        if text.allSatisfy(\.isWhitespace) { return [] }
        if let canonical = CanonicalParser.parse(text) { return canonical }
        do {
            return try JSONDecoder().decode([Evidence].self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            throw DecodeFailure(message: "missing field \"\(key.stringValue)\"\(where: context)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw DecodeFailure(message: "wrong type\(where: context): \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw DecodeFailure(message: "null value\(where: context)")
        } catch {
            throw DecodeFailure(message: "not valid JSON")
        }
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
