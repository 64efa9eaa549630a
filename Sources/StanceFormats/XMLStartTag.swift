import CLibXML2

/// A start tag as libxml2's SAX2 parser reports it, read in place.
///
/// Valid only during the `startElement` call that receives it: the names
/// point into the parser's dictionary and the attribute values into its
/// input buffer. Nothing is copied until a caller asks for a `String`, so
/// checking an element's name costs a byte comparison, not an allocation
/// (making Swift strings of names was a measurable part of reading a large
/// graph).
struct XMLStartTag {
    let localName: UnsafePointer<xmlChar>
    let namespaceURI: UnsafePointer<xmlChar>?
    /// `namespaceCount` pairs (prefix, URI) declared on this element.
    let namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let namespaceCount: Int
    /// `attributeCount` groups of five pointers: local name, prefix, URI,
    /// start and end of the value.
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int
    /// The line of the tag (where it ends, as in libxml2's trees).
    let line: Int

    /// Whether this is `local` in `namespace` (nil: in no namespace).
    func isElement(_ local: StaticString, in namespace: StaticString?) -> Bool {
        guard xmlStrEqual(localName, local.utf8Start) == 1 else { return false }
        guard let namespace else { return namespaceURI == nil }
        guard let namespaceURI else { return false }
        return xmlStrEqual(namespaceURI, namespace.utf8Start) == 1
    }

    var name: String { string(fromXML: localName) ?? "" }
    var uri: String { string(fromXML: namespaceURI) ?? "" }

    /// The value of the unprefixed attribute `name`, or nil.
    func attribute(_ name: StaticString) -> String? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let base = attributes + 5 * index
            guard base[1] == nil, let local = base[0], xmlStrEqual(local, name.utf8Start) == 1 else { continue }
            return Self.value(from: base[3], to: base[4])
        }
        return nil
    }

    /// The raw bytes of the unprefixed attribute `name`, or nil; still
    /// holding `&#38;` for each `&` (see `value(from:to:)`).
    func rawAttribute(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            let base = attributes + 5 * index
            guard base[1] == nil, let local = base[0], xmlStrEqual(local, name.utf8Start) == 1,
                  let start = base[3], let end = base[4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    /// The attributes in document order, namespace declarations (`xmlns`,
    /// `xmlns:y`) first as libxml2's trees list them, by qualified name.
    func allAttributes() -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        if let namespaces {
            for index in 0..<namespaceCount {
                let prefix = string(fromXML: namespaces[2 * index])
                result.append((prefix.map { "xmlns:" + $0 } ?? "xmlns", string(fromXML: namespaces[2 * index + 1]) ?? ""))
            }
        }
        if let attributes {
            for index in 0..<attributeCount {
                let base = attributes + 5 * index
                let local = string(fromXML: base[0]) ?? ""
                let name = string(fromXML: base[1]).map { $0 + ":" + local } ?? local
                result.append((name, Self.value(from: base[3], to: base[4])))
            }
        }
        return result
    }

    /// An attribute value as the parser hands it over. Without entity
    /// substitution (`XML_PARSE_NOENT`, never used) libxml2 leaves each `&`
    /// of the value as the character reference `&#38;` for a tree builder
    /// to decode; every other reference is already decoded. So each `&` in
    /// the value starts exactly that reference.
    static func value(from start: UnsafePointer<xmlChar>?, to end: UnsafePointer<xmlChar>?) -> String {
        guard let start, let end, end > start else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let reference: [UInt8] = Array("#38;".utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            decoded.append(byte)
            index += 1
            if byte == UInt8(ascii: "&"), index + 4 <= bytes.count,
               bytes[index..<(index + 4)].elementsEqual(reference) {
                index += 4
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
