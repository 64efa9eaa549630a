import Foundation

/// Sketches as text, for a GraphML data value: `stories1;CAP;S;BASE64`
/// where `S` is 1 when saturated and BASE64 holds the 64-bit values
/// little-endian (32 band keys a print for stories, one hash an outlet for
/// sources): what a graph file must keep for `merge` to unite two edges'
/// stories instead of adding their counts. Base64 keeps a print at 344 characters; decoding refuses
/// (returns nil for) anything malformed, never traps, and re-sorts, so a
/// hand-edited file cannot break the sketch's invariants.
extension StorySketch {
    public var encoded: String {
        SketchText.encode(tag: "stories1", capacity: capacity, saturated: isSaturated,
                          values: prints.flatMap(\.keys))
    }

    public init?(encoded: String) {
        guard let (capacity, saturated, values) = SketchText.decode(encoded, tag: "stories1"),
              values.count % StoryPrint.bands == 0 else { return nil }
        let prints = stride(from: 0, to: values.count, by: StoryPrint.bands).map {
            StoryPrint(keys: Array(values[$0..<$0 + StoryPrint.bands]))
        }
        guard prints.count <= capacity else { return nil }
        self.init(prints, capacity: capacity)
        // A saturated sketch is full; one that says so without being full
        // would merge to other sketches than its articles' would.
        if saturated {
            guard self.prints.count == capacity else { return nil }
            markSaturated()
        }
    }
}

extension SourceSketch {
    public var encoded: String {
        SketchText.encode(tag: "sources1", capacity: capacity, saturated: isSaturated, values: hashes)
    }

    public init?(encoded: String) {
        guard let (capacity, saturated, values) = SketchText.decode(encoded, tag: "sources1"),
              values.count <= capacity else { return nil }
        self.init(capacity: capacity)
        for value in values { insert(hash: value) }
        if saturated {
            guard hashes.count == capacity else { return nil }
            markSaturated()
        }
    }
}

enum SketchText {
    /// Caps above this are refused on reading: a file cannot make a merge
    /// keep more than a million prints an edge.
    static let largestCapacity = 1 << 20

    static func encode(tag: String, capacity: Int, saturated: Bool, values: [UInt64]) -> String {
        var data = Data(capacity: values.count * 8)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return "\(tag);\(capacity);\(saturated ? 1 : 0);\(data.base64EncodedString())"
    }

    static func decode(_ text: String, tag: String) -> (Int, Bool, [UInt64])? {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == tag, let capacity = Int(parts[1]),
              (1...largestCapacity).contains(capacity), parts[2] == "0" || parts[2] == "1",
              let data = Data(base64Encoded: String(parts[3])), data.count % 8 == 0 else { return nil }
        var values: [UInt64] = []
        values.reserveCapacity(data.count / 8)
        var value: UInt64 = 0, shift: UInt64 = 0
        for byte in data {
            value |= UInt64(byte) << shift
            shift += 8
            if shift == 64 { values.append(value); value = 0; shift = 0 }
        }
        return (capacity, parts[2] == "1", values)
    }
}
