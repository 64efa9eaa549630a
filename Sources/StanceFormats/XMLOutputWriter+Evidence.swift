import StanceModel

extension XMLSink {
    /// Writes the canonical evidence JSON (`EvidenceJSON.encode`) as text
    /// and returns its length in UTF-8 bytes before XML escaping.
    mutating func evidence(_ items: [Evidence]) throws -> Int {
        let json = EvidenceJSON.encode(items)
        try text(json)
        return json.utf8.count
    }

    /// Writes an attribute whose value this package spells itself; writers
    /// without a faster path escape it like any other.
    mutating func constantAttribute(_ attribute: String, _ value: String) throws {
        try self.attribute(attribute, value)
    }

    /// Writes every part here, in order: writers without threads.
    mutating func writeInBlocks(count: Int,
                                _ body: @escaping @Sendable (Range<Int>, inout Self) throws -> Void) throws {
        try body(0..<count, &self)
    }

    /// Writes text this package spells itself; writers without a faster
    /// path escape it like any other.
    mutating func constantText(_ text: String) throws {
        try self.text(text)
    }
}

extension XMLOutputWriter {
    /// `EvidenceJSON.encode(items)` built as UTF-8 bytes in a reused buffer
    /// and handed to libxml2 to escape as text, without a `String` per edge.
    /// Returns the JSON's length before XML escaping.
    mutating func evidence(_ items: [Evidence]) throws -> Int {
        var bytes: [UInt8] = []
        swap(&bytes, &json)   // reuse the buffer's capacity across edges
        defer { swap(&bytes, &json) }
        bytes.removeAll(keepingCapacity: true)
        EvidenceJSON.encode(items, into: &bytes)
        let length = bytes.count
        bytes.append(0)
        try bytes.withUnsafeBufferPointer { try text(nulTerminated: $0.baseAddress!, count: length) }
        return length
    }
}
