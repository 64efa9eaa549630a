import Foundation
import Testing

/// The commands' outputs as a user names them: `-` for standard output, and
/// outputs that would destroy each other or an input refused before any work.
@Suite struct OutputCommandTests {
    private func article(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("a.txt").path
        try "Peru condemned Chile over the border incident.".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func dashWritesEachFormatToStandardOutput() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try article(in: folder)
        let dot = try TestSupport.run(["extract", input, "--dot", "-", "--quiet"])
        #expect(dot.status == 0)
        #expect(dot.out.hasPrefix("digraph "))
        #expect(dot.out.contains("\"PER\" -> \"CHL\""))
        let graphml = try TestSupport.run(["extract", input, "--graphml", "-", "--quiet"])
        #expect(graphml.status == 0)
        #expect(graphml.out.hasPrefix("<?xml"))
        #expect(graphml.out.contains("<graphml"))
        #expect(!FileManager.default.fileExists(atPath: TestSupport.root.appendingPathComponent("-").path))
        // The same through convert, from the file just written.
        let saved = folder.appendingPathComponent("g.graphml").path
        try graphml.out.write(toFile: saved, atomically: true, encoding: .utf8)
        let converted = try TestSupport.run(["convert", saved, "--dot", "-"])
        #expect(converted.status == 0)
        #expect(converted.out == dot.out)
    }

    @Test func twoOutputsNamingOneFileAreRefusedBeforeAnyWork() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try article(in: folder)
        let out = folder.appendingPathComponent("out").path
        let run = try TestSupport.run(["extract", input, "--graphml", out, "--dot", folder.path + "/./out"])
        #expect(run.status != 0)
        #expect(run.err.contains("name the same file"))
        #expect(!FileManager.default.fileExists(atPath: out))
        // Both to standard output: one stream cannot hold two documents.
        let both = try TestSupport.run(["extract", input, "--graphml", "-", "--dot", "-"])
        #expect(both.status != 0)
        #expect(both.err.contains("name the same file"))
        #expect(both.out.isEmpty)
    }

    @Test func anOutputThatIsAnInputIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try article(in: folder)
        let before = try String(contentsOfFile: input, encoding: .utf8)
        for arguments in [["extract", input, "--dot", input],
                          ["extract", folder.path, "--graphml", input]] {
            let run = try TestSupport.run(arguments)
            #expect(run.status != 0)
            #expect(run.err.contains("is also an input"))
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == before)
        let graph = folder.appendingPathComponent("g.graphml").path
        #expect(try TestSupport.run(["extract", input, "--graphml", graph, "--quiet"]).status == 0)
        let link = folder.appendingPathComponent("link.graphml").path
        #expect(symlink(graph, link) == 0)
        for arguments in [["convert", graph, "--graphml", link], ["merge", graph, graph, "--graphml", graph]] {
            let run = try TestSupport.run(arguments)
            #expect(run.status != 0)
            #expect(run.err.contains("is also an input"))
        }
    }
}
