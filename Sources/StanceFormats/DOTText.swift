/// Quoting and truncation for Graphviz DOT strings.
///
/// Every id and attribute value is written as a double-quoted string, so no
/// id can be mistaken for a keyword (`node`, `edge`, `graph`, ...) or a
/// number. Inside quotes Graphviz only unescapes `\"`; a raw newline or a
/// trailing lone backslash breaks the file, and strings over 16,384 bytes
/// are refused (engineering notes, CONVENTIONS.md).
enum DOTText {
    /// Byte budget for ids and labels, counted after escaping: far under
    /// Graphviz's 16,384 so that one string can never reach it.
    static let idLimit = 2048
    /// Byte budget for tooltips: a tooltip is a hint, not a document.
    static let tooltipLimit = 500

    /// `text` as a quoted DOT string: `\` and `"` escaped, every line break
    /// written as `\n`, code points XML cannot hold replaced (Graphviz renders
    /// to SVG), and cut at a whole character with "…" when the escaped text
    /// would exceed `limit` bytes. An escape is never split, so the result
    /// never ends in a lone backslash.
    static func quoted(_ text: String, limit: Int = idLimit) -> String {
        let text = XMLText.clean(text)
        // Fast path, the usual case: short, and nothing to escape. Checked on
        // UTF-8 bytes, as splitting into characters is slow.
        if text.utf8.count <= limit && !text.utf8.contains(where: needsEscape) && !hasUnicodeLineBreak(text) {
            return "\"" + text + "\""
        }
        var body = ""
        var bytes = 0
        for character in text {
            let piece = escaped(character)
            let size = piece.utf8.count
            if bytes + size > limit {
                body += "…"
                break
            }
            body += piece
            bytes += size
        }
        return "\"" + body + "\""
    }

    /// A quoted DOT id for `id`, unique for distinct ids. Ids short enough
    /// are only escaped. A longer id is cut, and a hash of the whole id is
    /// appended, so two long ids sharing a prefix stay two nodes.
    static func id(_ id: String) -> String {
        let quoted = quoted(id)
        guard quoted.hasSuffix("…\"") else { return quoted }
        return String(quoted.dropLast()) + "#" + hexHash(id) + "\""
    }

    /// Bytes that `escaped` rewrites: backslash, quote, CR, LF, VT, FF.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || (0x0A...0x0D).contains(byte)
    }

    /// NEL (C2 85), LS and PS (E2 80 A8/A9), also written as `\n`.
    private static func hasUnicodeLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x80 }
            && text.unicodeScalars.contains { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    private static func escaped(_ character: Character) -> String {
        switch character {
        case "\\": "\\\\"
        case "\"": "\\\""
        case "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": "\\n"
        default: String(character)
        }
    }

    /// FNV-1a 64 of the UTF-8 bytes: stable across runs and platforms,
    /// unlike `Hasher`, which is seeded per process.
    static func hexHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A number for attributes such as `penwidth`, with at most two
    /// decimals and no locale or exponent, so output is the same everywhere.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return "\(whole)." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }
}
