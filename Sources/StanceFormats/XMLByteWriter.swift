/// Writes XML straight into a byte array, reproducing byte for byte what
/// libxml2's `xmlTextWriter` (`XMLStreamWriter`) writes with two-space
/// indentation, UTF-8 and no document object.
///
/// Why: `xmlTextWriter` allocates an escaped copy of every string and
/// checks its state per call, which made GraphML output of a large graph
/// slower than igraph's plain C writer (issue 5). This type keeps the same
/// state machine (an open start tag, whether content was written) and the
/// same escaping, and `GraphMLWriter.referenceData` keeps libxml2's writer
/// as the reference that tests compare it with on generated graphs:
/// - text (`xmlEncodeSpecialChars`): `<` `>` `&` `"` and CR escaped;
/// - attribute values: also LF and TAB, as character references.
/// Non-ASCII text is written as UTF-8 in both.
/// Callers pass text that XML can hold (`XMLText.clean`); markup given to
/// `raw` is written as it is.
struct XMLByteWriter: XMLSink {
    private(set) var bytes: [UInt8] = []
    /// Open elements, innermost last, and whether the start tag of the
    /// innermost one still lacks its `>`.
    private var open: [String] = []
    private var startTagOpen = false
    /// libxml2's `doindent`: cleared by text, set again by an end tag.
    private var indentNext = true

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    mutating func startDocument() {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    mutating func startElement(_ element: String) {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            bytes.append(UInt8(ascii: "\n"))
        }
        open.append(element)
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(element)
        startTagOpen = true
    }

    mutating func attribute(_ attribute: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        append(attribute)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(value, attribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func text(_ text: String) {
        closeStartTag()
        appendEscaped(text, attribute: false)
        indentNext = false
    }

    mutating func raw(_ markup: String) {
        closeStartTag()
        append(markup)
        indentNext = false
    }

    mutating func endElement() {
        guard let element = open.last else { return }
        if startTagOpen {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        } else {
            if indentNext { indent() }
            bytes.append(UInt8(ascii: "<"))
            bytes.append(UInt8(ascii: "/"))
            append(element)
            bytes.append(UInt8(ascii: ">"))
        }
        indentNext = true
        bytes.append(UInt8(ascii: "\n"))
        open.removeLast()
    }

    /// Closes every open element and hands over the bytes.
    mutating func finish() -> [UInt8] {
        while !open.isEmpty { endElement() }
        return bytes
    }

    private mutating func closeStartTag() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    /// Two spaces per open element above the current one.
    private mutating func indent() {
        for _ in 0..<(open.count - 1) {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` escaped as libxml2 escapes text or attribute values.
    /// Copies runs of bytes that need no escaping in one step.
    private mutating func appendEscaped(_ text: String, attribute: Bool) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                let needsEscape: Bool
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x0D: needsEscape = true
                case 0x0A, 0x09: needsEscape = attribute
                default: needsEscape = false
                }
                if !needsEscape {
                    index += 1
                    continue
                }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                switch byte {
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "\""): append("&quot;")
                case 0x0D: append("&#13;")
                case 0x0A: append("&#10;")
                case 0x09: append("&#9;")
                default: break
                }
                index += 1
                runStart = index
            }
            if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
        }
    }
}
