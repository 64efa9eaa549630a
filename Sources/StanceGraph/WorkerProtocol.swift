import Foundation
import StanceModel

/// The messages between `extract`'s supervisor threads and their isolated
/// extraction workers (`CorpusExtraction.Isolation`), over one Unix stream
/// socket per worker.
///
/// Every message is a frame: its body's length (4 bytes, little-endian),
/// then the body. Integers in a body are unsigned LEB128, strings their
/// UTF-8 length then their bytes. One process writes both ends (the
/// `stancegraph` binary re-executed), so there is no versioning.
///
/// - To the worker, one request per article: format, JSON Lines line (0:
///   none), path, default id, then the article's raw bytes to the frame's
///   end. The worker decodes them itself, so a trap in decoding (JSON,
///   HTML) is isolated too.
/// - From the worker: `ready` once the ontology is loaded, then one reply
///   per request, in order: the article's graph (provenance, the story
///   print of its text when it has edges, actors, edges with their
///   evidence) or the `InputError` that refused it. The worker makes the
///   print since it holds the decoded text; the supervisor has only the
///   raw bytes, and decoding them again would cost what isolation saves. Replies come a
///   few at a time; which article a worker was on when it died is told by
///   its `WorkerProgress` page.
///
/// A compact binary form instead of the evidence JSON or GraphML: an
/// article's graph is a few edges, and this is a copy of their strings
/// with a length before each, no escaping, no parser.
enum WorkerMessage {
    static let ready: UInt8 = 0
    static let graph: UInt8 = 1
    static let error: UInt8 = 2

    static let formats: [InputFormat] = [.text, .jsonl, .html]

    /// Appends the request for `raw` to `bytes`.
    static func appendRequest(_ raw: RawArticle, to bytes: inout [UInt8]) {
        var writer = WireWriter()
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        let frame = writer.beginFrame()
        writer.byte(UInt8(formats.firstIndex(of: raw.format)!))
        writer.int(raw.line ?? 0)
        writer.string(raw.path)
        writer.string(raw.defaultID)
        writer.bytes.append(contentsOf: raw.bytes)
        writer.endFrame(frame)
    }

    static func decodeRequest(_ body: UnsafeRawBufferPointer) throws(WireReader.Malformed) -> RawArticle {
        var reader = WireReader(body)
        let format = try reader.byte()
        guard Int(format) < formats.count else { throw WireReader.Malformed() }
        let line = try reader.int()
        let path = try reader.string()
        let id = try reader.string()
        let bytes = reader.rest()
        return RawArticle(sequence: 0, path: path, defaultID: id, line: line == 0 ? nil : line,
                          format: formats[Int(format)], bytes: bytes)
    }

    static func readyFrame() -> [UInt8] {
        var writer = WireWriter()
        let frame = writer.beginFrame()
        writer.byte(ready)
        writer.endFrame(frame)
        return writer.bytes
    }

    /// The reply for an article: its graph, not yet stamped, and the
    /// provenance and story print to stamp on it (date already checked by
    /// the worker), sent once rather than on every evidence item.
    static func graphFrame(_ graph: StanceGraph, provenance: Provenance, print: StoryPrint? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        appendGraph(graph, provenance: provenance, print: print, to: &bytes)
        return bytes
    }

    static func appendGraph(_ graph: StanceGraph, provenance: Provenance, print: StoryPrint?,
                            to bytes: inout [UInt8]) {
        var writer = WireWriter()
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        let frame = writer.beginFrame()
        writer.byte(Self.graph)
        for field in [provenance.date, provenance.url, provenance.title, provenance.source] {
            writer.string(field ?? "")
        }
        // The print: its key count (0: none), then each key in 8 bytes.
        writer.int(print?.keys.count ?? 0)
        for key in print?.keys ?? [] { writer.uint64(key) }
        writer.int(graph.actors.count)
        for actor in graph.actors.values {
            writer.string(actor.id)
            writer.string(actor.label)
            writer.string(actor.kind)
        }
        writer.int(graph.edges.count)
        for edge in graph.edges.values {
            writer.string(edge.source)
            writer.string(edge.target)
            writer.byte(UInt8(Relation.allCases.firstIndex(of: edge.relation)!))
            writer.int(edge.weight)
            writer.int(edge.articles)
            writer.int(edge.evidence.count)
            for item in edge.evidence {
                writer.string(item.article)
                writer.int(item.start)
                writer.int(item.end)
                writer.string(item.sentence)
                writer.string(item.cue)
                writer.string(item.rule)
                if let speaker = item.speaker {
                    writer.byte(1)
                    writer.string(speaker)
                } else {
                    writer.byte(0)
                }
            }
        }
        writer.endFrame(frame)
    }

    static func errorFrame(_ error: InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        appendError(error, to: &bytes)
        return bytes
    }

    static func appendError(_ error: InputError, to bytes: inout [UInt8]) {
        var writer = WireWriter()
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        let frame = writer.beginFrame()
        writer.byte(Self.error)
        writer.byte(UInt8(InputError.Reason.allCases.firstIndex(of: error.reason)!))
        writer.int(error.line ?? 0)
        writer.string(error.path)
        writer.string(error.message)
        writer.endFrame(frame)
    }

    enum Reply {
        case ready
        /// The article's graph, its provenance and its story print, for
        /// `StanceGraph.stamped`.
        case graph(StanceGraph, provenance: Provenance, print: StoryPrint?)
        case error(InputError)
    }

    static func decodeReply(_ body: UnsafeRawBufferPointer) throws(WireReader.Malformed) -> Reply {
        var reader = WireReader(body)
        switch try reader.byte() {
        case ready:
            return .ready
        case graph:
            let fields = try (0..<4).map { _ throws(WireReader.Malformed) in try reader.string() }.map { $0.isEmpty ? nil : $0 }
            // Set field by field: the worker sent the outlet it derived.
            var provenance = Provenance()
            (provenance.date, provenance.url, provenance.title, provenance.source) = (fields[0], fields[1], fields[2], fields[3])
            var keys: [UInt64] = []
            for _ in 0..<(try reader.count()) { keys.append(try reader.uint64()) }
            let print = keys.isEmpty ? nil : StoryPrint(keys: keys)
            var result = StanceGraph()
            for _ in 0..<(try reader.count()) {
                result.add(Actor(id: try reader.string(), label: try reader.string(), kind: try reader.string()))
            }
            let edgeCount = try reader.count()
            var edges: [Edge] = []
            edges.reserveCapacity(edgeCount)
            for _ in 0..<edgeCount {
                let source = try reader.string(), target = try reader.string()
                let relation = Int(try reader.byte())
                guard relation < Relation.allCases.count else { throw WireReader.Malformed() }
                let key = EdgeKey(source: source, relation: Relation.allCases[relation], target: target)
                let weight = try reader.int(), articles = try reader.int()
                var evidence: [Evidence] = []
                for _ in 0..<(try reader.count()) {
                    let article = try reader.string()
                    let start = try reader.int(), end = try reader.int()
                    let sentence = try reader.string(), cue = try reader.string(), rule = try reader.string()
                    let speaker: String? = try reader.byte() == 1 ? try reader.string() : nil
                    evidence.append(Evidence(article: article, start: start, end: end, sentence: sentence,
                                             cue: cue, rule: rule, speaker: speaker))
                }
                var edge = Edge(key: key, evidence: evidence)
                if edge.weight != weight || edge.articles != articles {
                    do {
                        edge = try Edge(key: key, evidence: evidence, weight: weight, articles: articles)
                    } catch {
                        throw WireReader.Malformed()
                    }
                }
                edges.append(edge)
            }
            result.add(contentsOf: edges)
            return .graph(result, provenance: provenance, print: print)
        case error:
            let reason = Int(try reader.byte())
            guard reason < InputError.Reason.allCases.count else { throw WireReader.Malformed() }
            let line = try reader.int()
            let path = try reader.string()
            let message = try reader.string()
            return .error(InputError(path: path, line: line == 0 ? nil : line,
                                     reason: InputError.Reason.allCases[reason], message: message))
        default:
            throw WireReader.Malformed()
        }
    }
}

/// Builds frames: see `WorkerMessage`.
struct WireWriter {
    var bytes: [UInt8] = []

    /// Reserves the length of a frame; `endFrame` fills it in.
    mutating func beginFrame() -> Int {
        let start = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        return start
    }

    mutating func endFrame(_ start: Int) {
        let length = UInt32(bytes.count - start - 4)
        for k in 0..<4 { bytes[start + k] = UInt8(truncatingIfNeeded: length >> (8 * k)) }
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func int(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Eight bytes, little-endian.
    mutating func uint64(_ value: UInt64) {
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(k)))) }
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }
}

/// Reads a frame's body: see `WorkerMessage`.
struct WireReader {
    struct Malformed: Error {}

    private let body: UnsafeRawBufferPointer
    private var offset = 0

    init(_ body: UnsafeRawBufferPointer) { self.body = body }

    /// The length of a frame starting at `bytes[start...]`, once its four
    /// length bytes are there.
    static func frameLength(_ bytes: UnsafeRawBufferPointer, at start: Int) -> Int? {
        guard bytes.count - start >= 4 else { return nil }
        var length = 0
        for k in 0..<4 { length |= Int(bytes[start + k]) << (8 * k) }
        return length
    }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard offset < body.count else { throw Malformed() }
        defer { offset += 1 }
        return body[offset]
    }

    mutating func int() throws(Malformed) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 63 else { throw Malformed() }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw Malformed() }
        return Int(value)
    }

    mutating func uint64() throws(Malformed) -> UInt64 {
        guard body.count - offset >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(body[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return value
    }

    /// A count of items that follow, each at least one byte.
    mutating func count() throws(Malformed) -> Int {
        let n = try int()
        guard n <= body.count - offset else { throw Malformed() }
        return n
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: body[offset..<offset + length]), as: UTF8.self)
    }

    mutating func rest() -> [UInt8] {
        defer { offset = body.count }
        return Array(body[offset...])
    }
}
