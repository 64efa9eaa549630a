import CLibXML2

/// Text rules of XML 1.0 shared by the GraphML and DOT writers.
///
/// XML 1.0 cannot hold some code points at all, not even as character
/// references, and libxml2's writer passes them through raw, which makes the
/// file not well-formed (see the engineering notes). The DOT writer applies
/// the same cleaning because Graphviz renders to SVG, which is XML too.
public enum XMLText {
    /// What forbidden code points are replaced with. U+FFFD rather than
    /// dropping them: the reader of the file can see that something was
    /// there, and the replacement itself is allowed, so cleaning is
    /// idempotent and write -> read -> write gives the same bytes.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 can carry `scalar` (its `Char` production). Lone
    /// surrogates cannot occur in a Swift string, so only the C0 controls
    /// other than tab, newline and carriage return, and U+FFFE and U+FFFF
    /// are refused.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// `text` with every code point XML 1.0 cannot hold replaced by U+FFFD.
    /// Returns the string unchanged (no copy) in the usual case where there
    /// is nothing to replace.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// Whether `text` holds only code points XML 1.0 allows. Scans UTF-8
    /// bytes rather than scalars: this runs on every string of every graph
    /// written, and almost always finds nothing.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                   bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                    return false
                }
                index += 1
            }
            return true
        }
    }

    /// Whether `text` is a valid `xs:NMTOKEN`, the type of GraphML node and
    /// edge ids. Asks libxml2, which is also what `xmllint --schema` uses,
    /// so the writer refuses exactly what schema validation would refuse.
    public static func isNMToken(_ text: String) -> Bool {
        // A NUL would end the C string early and hide the rest from libxml2.
        guard !text.isEmpty, !text.unicodeScalars.contains("\0") else { return false }
        return withXMLChars(text) { xmlValidateNMToken($0, 0) == 0 }
    }
}

/// Calls `body` with `text` as a NUL-terminated `xmlChar` string, libxml2's
/// spelling of UTF-8.
func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
    try text.withCString { pointer in
        try pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
    }
}

/// Copies a libxml2 string the caller does not own (a `Const` getter's result).
func string(fromXML pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
}

/// Copies a libxml2 string the caller owns, then frees it.
func string(takingXML pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { stancegraph_xmlFree(pointer) }
    return string(fromXML: UnsafePointer(pointer))
}
