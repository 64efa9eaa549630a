import StanceModel

extension XMLSink {
    /// Writes the canonical evidence JSON (`EvidenceJSON.encode`) as text
    /// and returns its length in UTF-8 bytes before XML escaping.
    mutating func evidence(_ items: [Evidence]) throws -> Int {
        let json = EvidenceJSON.encode(items)
        try text(json)
        return json.utf8.count
    }
}

extension XMLByteWriter {
    /// `EvidenceJSON.encode(items)` escaped as XML text, written straight
    /// into the bytes: the same output as building the JSON string and
    /// escaping it (tested against libxml2's writer), without either
    /// intermediate string. Returns the JSON's length before XML escaping.
    mutating func evidence(_ items: [Evidence]) throws -> Int {
        openText()
        var length = 2
        appendLiteral("[")
        for (index, item) in items.enumerated() {
            if index > 0 { appendLiteral(","); length += 1 }
            length += jsonField("{&quot;article&quot;:", jsonLength: 11, item.article)
            let numbers = ",&quot;start&quot;:\(item.start),&quot;end&quot;:\(item.end)"
            appendString(numbers)
            length += numbers.utf8.count - 20
            length += jsonField(",&quot;sentence&quot;:", jsonLength: 12, item.sentence)
            length += jsonField(",&quot;cue&quot;:", jsonLength: 7, item.cue)
            length += jsonField(",&quot;rule&quot;:", jsonLength: 8, item.rule)
            if let speaker = item.speaker { length += jsonField(",&quot;speaker&quot;:", jsonLength: 11, speaker) }
            appendLiteral("}")
            length += 1
        }
        appendLiteral("]")
        return length
    }

    /// Writes `prefix` (already escaped) and `value` as a JSON string,
    /// returning the JSON bytes written (`jsonLength` for the prefix).
    private mutating func jsonField(_ prefix: StaticString, jsonLength: Int, _ value: String) -> Int {
        appendLiteral(prefix)
        appendLiteral("&quot;")
        let written = jsonString(XMLText.clean(value))
        appendLiteral("&quot;")
        return jsonLength + written + 2
    }

    /// A JSON string body (quote, backslash and controls escaped as
    /// `EvidenceJSON.appendString` does), then XML-escaped.
    private mutating func jsonString(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { source in
            var needsWork = false
            for byte in source where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x26
                || byte == 0x3C || byte == 0x3E {
                needsWork = true
                break
            }
            if !needsWork {
                appendBytes(source)
                return source.count
            }
            var length = 0
            for byte in source {
                switch byte {
                case 0x22: appendLiteral("\\&quot;"); length += 2
                case 0x5C: appendLiteral("\\\\"); length += 2
                case 0x0A: appendLiteral("\\n"); length += 2
                case 0x0D: appendLiteral("\\r"); length += 2
                case 0x09: appendLiteral("\\t"); length += 2
                case 0x08: appendLiteral("\\b"); length += 2
                case 0x0C: appendLiteral("\\f"); length += 2
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16, uppercase: false)
                    appendLiteral("\\u00")
                    if hex.count < 2 { appendLiteral("0") }
                    appendString(hex)
                    length += 6
                case 0x26: appendLiteral("&amp;"); length += 1
                case 0x3C: appendLiteral("&lt;"); length += 1
                case 0x3E: appendLiteral("&gt;"); length += 1
                default: appendByte(byte); length += 1
                }
            }
            return length
        }
    }
}
