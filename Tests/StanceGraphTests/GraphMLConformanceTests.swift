import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// Runs the shared conformance kit (xmllint with the GraphML schema,
/// networkx, igraph, Graphviz) on files written by the writers. When the kit
/// or its tools are not installed the tests return without failing; when
/// they are, any complaint is a failure.
@Suite struct GraphMLConformanceTests {
    /// `shared/conformance` beside the repository (as in CI); nil without
    /// it (a bare clone), and the kit's checks are then not run.
    static var kit: String? {
        let kit = TestSupport.shared.appendingPathComponent("conformance").path
        return FileManager.default.isExecutableFile(atPath: kit + "/check-graphml") ? kit : nil
    }

    /// Runs `tool file`, returning its exit status and output, or nil when
    /// the tool or what it needs is not installed.
    static func run(_ tool: String, _ arguments: [String], needs: String) throws -> (Int32, String)? {
        guard let kit, FileManager.default.isExecutableFile(atPath: needs) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: kit + "/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// A graph with every feature: hostile text, parallel edges, self loop,
    /// an edge without evidence.
    static var sample: StanceGraph {
        var graph = GraphMLRoundTripTests.hostileGraph.merging(FormatsSamples.small)
        graph.add(Edge(key: EdgeKey(source: "USA", relation: .opposes, target: "USA")))
        return graph
    }

    @Test func writtenGraphMLPassesCheckGraphML() throws {
        try check("check-graphml", file: "sample.graphml", extra: ["--require-directed"], needs: "/usr/bin/xmllint") {
            try GraphMLWriter.write($0, to: $1)
        }
    }

    @Test func writtenDOTPassesCheckDOT() throws {
        try check("check-dot", file: "sample.dot", extra: [], needs: "/usr/bin/dot") {
            try DOTWriter.write($0, to: $1)
        }
    }

    /// Writes the sample with `write` and runs one shared checker on it,
    /// expecting the sample's node and edge counts.
    func check(_ tool: String, file: String, extra: [String], needs: String,
               write: (StanceGraph, String) throws -> Void) throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/" + file
        let graph = Self.sample
        try write(graph, path)
        let arguments = ["--expect-nodes", String(graph.actors.count), "--expect-edges", String(graph.edges.count)]
            + extra + [path]
        guard let (status, output) = try Self.run(tool, arguments, needs: needs) else { return }
        if status != 0 {
            Issue.record("\(tool) failed (\(status)):\n\(output)")
        }
    }
}
