import Foundation
import Testing
import StanceModel
@testable import StanceFormats

/// Runs the shared conformance kit (xmllint with the GraphML schema,
/// networkx, igraph, Graphviz) on files written by the writers. When the kit
/// or its tools are not installed the tests return without failing; when
/// they are, any complaint is a failure.
@Suite struct GraphMLConformanceTests {
    /// `shared/conformance` beside the repository (as in CI), else the
    /// workplace's copy.
    static var kit: String? {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [repository.deletingLastPathComponent().appendingPathComponent("shared/conformance").path,
                          "/work/shared/conformance"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0 + "/check-graphml") }
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
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/sample.graphml"
        let graph = Self.sample
        try GraphMLWriter.write(graph, to: path)
        let arguments = ["--expect-nodes", String(graph.actors.count), "--expect-edges", String(graph.edges.count),
                         "--require-directed", path]
        guard let (status, output) = try Self.run("check-graphml", arguments, needs: "/usr/bin/xmllint") else {
            return
        }
        if status != 0 {
            Issue.record("check-graphml failed (\(status)):\n\(output)")
        }
    }

    @Test func writtenDOTPassesCheckDOT() throws {
        let folder = FormatsSamples.temporaryFolder()
        defer { FormatsSamples.remove(folder) }
        let path = folder + "/sample.dot"
        let graph = Self.sample
        try DOTWriter.write(graph, to: path)
        let arguments = ["--expect-nodes", String(graph.actors.count), "--expect-edges", String(graph.edges.count),
                         path]
        guard let (status, output) = try Self.run("check-dot", arguments, needs: "/usr/bin/dot") else {
            return
        }
        if status != 0 {
            Issue.record("check-dot failed (\(status)):\n\(output)")
        }
    }
}
