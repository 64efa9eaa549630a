import ArgumentParser
import Foundation
import StanceGraph

/// Issue 11's hostile GraphML inputs, each read beside an ordinary news
/// graph of about the same size, in seconds per MB.
///
/// Why: reading must take time linear in the input and memory bounded by
/// it, whatever a stranger's file holds. Each of these once took time or
/// memory out of all proportion to its size (a reservation sized by `<edge `
/// in comments, namespace declarations copied into every captured fragment,
/// a key lookup per node over every key, libxml2 comparing a tag's
/// attributes pairwise). The target: none more than 20 times slower per MB
/// than the ordinary graph. An input may be refused (with its error): what
/// counts is how fast the answer comes.
struct AdversarialGraphMLWorkload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adversarial-graphml",
        abstract: "Read issue 11's hostile GraphML inputs beside ordinary graphs of the same size; seconds per MB each.",
        discussion: """
        --scale 1 gives the issue's sizes: comments holding `<edge ` (60 MB), \
        5,000 namespace prefixes with 5,000 yEd fragments, 50,000 keys with \
        unlabelled nodes, 100,000 attributes on one element. Each file is read \
        in a child process of its own (its peak RSS is its own).
        """)
    @Option(help: "Multiplies every size (0.1 for a quick run).") var scale: Double = 1
    @Option(help: "Keep the files here instead of a temporary folder.") var workdir: String?
    @Option(help: "Only these inputs (comments, namespaces, keys, attributes); default all.") var kind: [String] = []

    func run() throws {
        let folder = workdir ?? NSTemporaryDirectory() + "stancegraph-adversarial-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if workdir == nil { try? FileManager.default.removeItem(atPath: folder) } }
        for kind in AdversarialGraphML.Kind.allCases where self.kind.isEmpty || self.kind.contains(kind.rawValue) {
            let path = folder + "/\(kind.rawValue).graphml"
            let bytes = AdversarialGraphML.generate(kind, scale: scale)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let ordinary = folder + "/\(kind.rawValue)-ordinary.graphml"
            try AdversarialGraphML.writeOrdinary(bytes: bytes.count, to: ordinary)
            try runChild(["adversarial-read", ordinary, "--label", "ord:\(kind.rawValue)"])
            let baseline = try String(contentsOfFile: ordinary + ".seconds-per-mb", encoding: .utf8)
            try runChild(["adversarial-read", path, "--label", kind.rawValue, "--baseline", baseline])
            for file in [path, ordinary, ordinary + ".seconds-per-mb", path + ".seconds-per-mb"] {
                if workdir == nil { try? FileManager.default.removeItem(atPath: file) }
            }
        }
    }
}

/// Reads one file and prints its seconds per MB (and the ratio to
/// `--baseline`); writes the figure beside the file for the parent.
struct AdversarialRead: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "adversarial-read", shouldDisplay: false)
    @Argument var file: String
    @Option var label: String
    @Option var baseline: String?

    func run() throws {
        var outcome = "read"
        var graph = StanceGraph()
        let seconds = Measure.seconds {
            do {
                graph = try GraphMLReader.read(path: file)
            } catch {
                outcome = "refused: \(String(describing: error).split(separator: ":").dropFirst(2).joined(separator: ":").prefix(70))"
            }
        }
        let size = Double((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        let perMB = seconds / (size / 1e6)
        try Measure.fixed(perMB, 6).write(toFile: file + ".seconds-per-mb", atomically: true, encoding: .utf8)
        var fields: [(String, String)] = [("MB", Measure.fixed(size / 1e6, 3)), ("seconds", Measure.fixed(seconds, 3)),
                                          ("s/MB", Measure.fixed(perMB, 4))]
        if let baseline, let base = Double(baseline.trimmingCharacters(in: .whitespacesAndNewlines)), base > 0 {
            fields.append(("ratio", Measure.fixed(perMB / base, 2)))
        }
        fields += [("edges", "\(graph.edges.count)"), ("peak_rss_MiB", Measure.fixed(Measure.peakRSS, 1)),
                   ("peak_virtual_MiB", Measure.fixed(Self.peakVirtual, 1)),
                   ("outcome", outcome)]
        Measure.line(label, fields)
    }

    /// Peak virtual memory (VmPeak), in MiB: a reservation shows here
    /// before its pages are touched.
    static var peakVirtual: Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmPeak:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}

/// The generators, seeded by nothing: each input is the same every time.
enum AdversarialGraphML {
    enum Kind: String, CaseIterable {
        case comments, namespaces, keys, attributes
        /// The worst the limits let through: 500 prefixes (the limit is
        /// 512 in scope) with as many fragments, and nodes of 2,900
        /// attributes each (tags just under 32 KiB).
        case namespacesUnderLimit = "ns-500", attributesUnderLimit = "attrs-2900"
    }

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
        """
    static let relationKey = "<key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
    static let oneEdge = "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"><data key=\"relation\">supports</data></edge>\n"

    static func generate(_ kind: Kind, scale: Double) -> [UInt8] {
        switch kind {
        case .comments: comments(megabytes: 60 * scale)
        case .namespaces: namespaces(Int(5_000 * scale), fragments: Int(5_000 * scale))
        case .keys: keys(Int(50_000 * scale))
        case .attributes: attributes(Int(100_000 * scale), nodes: 1)
        case .namespacesUnderLimit: namespaces(500, fragments: Int(5_000 * scale))
        case .attributesUnderLimit: attributes(2_900, nodes: max(1, Int(100_000 * scale / 2_900)))
        }
    }

    /// A two-node graph whose comments hold `<edge ` over and over.
    static func comments(megabytes: Double) -> [UInt8] {
        var text = head + ">\n" + relationKey + "<graph edgedefault=\"directed\">\n" + oneEdge
        var bytes = Array(text.utf8)
        let comment = Array(("<!--" + String(repeating: "<edge ", count: 10_000) + "-->\n").utf8)
        while bytes.count < Int(megabytes * 1e6) { bytes += comment }
        text = "</graph></graphml>\n"
        return bytes + Array(text.utf8)
    }

    /// `count` namespace prefixes on the root, and `fragments` nodes with a
    /// yEd shape each.
    static func namespaces(_ count: Int, fragments: Int) -> [UInt8] {
        var text = head + " xmlns:y=\"http://www.yworks.com/xml/graphml\""
        for index in 0..<count { text += " xmlns:p\(index)=\"http://example.org/ns/\(index)\"" }
        text += ">\n<key id=\"d0\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n" + relationKey
            + "<graph edgedefault=\"directed\">\n"
        for index in 0..<max(2, fragments) {
            text += "<node id=\"n\(index)\"><data key=\"d0\"><y:ShapeNode><y:Geometry x=\"\(index)\" y=\"0\" "
                + "width=\"30\" height=\"30\"/><y:Fill color=\"#FFCC00\"/><y:NodeLabel>n\(index)</y:NodeLabel>"
                + "</y:ShapeNode></data></node>\n"
        }
        text += "<edge source=\"n0\" target=\"n1\"><data key=\"relation\">supports</data></edge>\n</graph></graphml>\n"
        return Array(text.utf8)
    }

    /// `count` label keys, and `count` nodes that name no label.
    static func keys(_ count: Int) -> [UInt8] {
        var text = head + ">\n" + relationKey
        for index in 0..<count { text += "<key id=\"k\(index)\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n" }
        text += "<graph edgedefault=\"directed\">\n"
        for index in 0..<count { text += "<node id=\"n\(index)\"/>\n" }
        text += "<edge source=\"n0\" target=\"n1\"><data key=\"relation\">supports</data></edge>\n</graph></graphml>\n"
        return Array(text.utf8)
    }

    /// `nodes` nodes with `count` attributes each.
    static func attributes(_ count: Int, nodes: Int) -> [UInt8] {
        var text = head + ">\n" + relationKey + "<graph edgedefault=\"directed\">\n"
        for node in 0..<nodes {
            text += "<node id=\"n\(node)\""
            for index in 0..<count { text += " a\(index)=\"x\"" }
            text += "/>\n"
        }
        text += "<node id=\"m0\"/><node id=\"m1\"/>\n<edge source=\"m0\" target=\"m1\"><data key=\"relation\">supports</data></edge>\n"
            + "</graph></graphml>\n"
        return Array(text.utf8)
    }

    /// A news graph as `stancegraph` writes it (one evidence sentence an
    /// edge), of about `bytes` bytes.
    static func writeOrdinary(bytes: Int, to path: String) throws {
        let edges = max(2, bytes / 400)
        var generator = SyntheticGraph(seed: 11)
        // Enough nodes for the edges to be distinct (three relations a pair).
        let graph = generator.graph(nodes: max(100, min(20_000, edges / 50)), edges: edges)
        try GraphMLWriter.write(graph, to: path)
    }
}
