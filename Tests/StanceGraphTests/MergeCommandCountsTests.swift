import Foundation
import StanceGraph
import Testing

/// Issue 11's counts through the real binary: `merge` output bytes that do
/// not depend on the order of the files, unknown overlap said on standard
/// error, counts past 2^63 a located error in `convert`, `merge` and
/// `query`, never a trap.
@Suite struct MergeCommandCountsTests {
    static let key = MergeCountsTests.key

    static func write(_ graph: StanceGraph, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try GraphMLWriter.write(graph, to: path)
        return path
    }

    static func weightAndArticles(_ path: String) throws -> (Int, Int) {
        let edge = try #require(try GraphMLReader.read(path: path).edges[key])
        return (edge.weight, edge.articles)
    }

    @Test func mergeCapsOnceWhateverTheOrderOfFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.write(MergeCountsTests.graph([MergeCountsTests.item("a1")]), "A.graphml", in: folder)
        let b = try Self.write(MergeCountsTests.graph([MergeCountsTests.item("a1"), MergeCountsTests.item("a2")]),
                               "B.graphml", in: folder)
        let ab = folder.appendingPathComponent("AB.graphml").path, ba = folder.appendingPathComponent("BA.graphml").path
        let first = try TestSupport.run(["merge", a, b, "--evidence", "1", "--graphml", ab, "-q"])
        let second = try TestSupport.run(["merge", b, a, "--evidence", "1", "--graphml", ba, "-q"])
        #expect(first.status == 0 && second.status == 0, "\(first.err)\(second.err)")
        #expect(first.err.isEmpty && second.err.isEmpty, "\(first.err)\(second.err)")
        #expect(try Self.weightAndArticles(ab) == (2, 2))
        #expect(try Self.weightAndArticles(ba) == (2, 2))
        #expect(FileManager.default.contents(atPath: ab) == FileManager.default.contents(atPath: ba))
    }

    /// A weighted graph without evidence, as networkx writes it.
    static let weighted = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="edge" attr.name="relation" attr.type="string"/>
          <key id="d1" for="edge" attr.name="weight" attr.type="long"/>
          <graph edgedefault="directed">
            <node id="RUS"/><node id="CHN"/>
            <edge source="RUS" target="CHN"><data key="d0">opposes</data><data key="d1">WEIGHT</data></edge>
            EXTRA
          </graph>
        </graphml>
        """#

    @Test func mergingAWeightedGraphWithItselfSaysSoAndFollowsTheRule() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("nx.graphml").path
        try Self.weighted.replacingOccurrences(of: "WEIGHT", with: "3").replacingOccurrences(of: "EXTRA", with: "")
            .write(toFile: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.graphml").path
        let plain = try TestSupport.run(["merge", input, input, "--graphml", out, "-q"])
        #expect(plain.status == 0)
        #expect(plain.err.contains("warning: 1 edge is in more than one input"), "\(plain.err)")
        #expect(plain.err.contains("--assume-disjoint") && plain.err.contains("--assume-overlapping"))
        #expect(try Self.weightAndArticles(out).0 == 6)
        let disjoint = try TestSupport.run(["merge", input, input, "--graphml", out, "--assume-disjoint", "-q"])
        #expect(disjoint.status == 0 && disjoint.err.isEmpty, "\(disjoint.err)")
        #expect(try Self.weightAndArticles(out).0 == 6)
        let overlapping = try TestSupport.run(["merge", input, input, "--graphml", out, "--assume-overlapping"])
        #expect(overlapping.status == 0)
        #expect(overlapping.err.contains("1 edge is in more than one input"), "\(overlapping.err)")
        #expect(try Self.weightAndArticles(out).0 == 3)
        let both = try TestSupport.run(["merge", input, "--graphml", out, "--assume-overlapping", "--assume-disjoint"])
        #expect(both.status != 0)
        let help = try TestSupport.run(["merge", "--help"])
        #expect(help.out.contains("--assume-disjoint") && help.out.contains("--assume-overlapping"))
    }

    /// Two parallel edges of weight 5e18 in a 600-byte file trapped in
    /// `Edge.merge`. Now the identical second edge is read as the first (no
    /// sum, no trap: `GraphMLForeignRefusalTests` has the rule), and a sum
    /// that would pass 2^63 - 1, two such files merged, is an error naming
    /// the file and the edge, with nothing written.
    @Test(arguments: ["convert", "merge", "query"]) func overflowingCountsAreALocatedError(command: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("big.graphml").path
        let edge = #"<edge source="RUS" target="CHN"><data key="d0">opposes</data><data key="d1">5000000000000000000</data></edge>"#
        try Self.weighted.replacingOccurrences(of: "WEIGHT", with: "5000000000000000000")
            .replacingOccurrences(of: "EXTRA", with: edge).write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)).count < 700)
        let other = folder.appendingPathComponent("big-too.graphml").path
        try FileManager.default.copyItem(atPath: input, toPath: other)
        let out = folder.appendingPathComponent("out.dot").path
        switch command {
        case "convert":
            let result = try TestSupport.run(["convert", input, "--dot", out])
            #expect(result.status == 0, "\(result.err)")
            #expect(try String(contentsOfFile: out, encoding: .utf8).contains("5000000000000000000"))
        case "query":
            let result = try TestSupport.run(["query", input, "--actor", "RUS"])
            #expect(result.status == 0, "\(result.err)")
        default:
            let result = try TestSupport.run(["merge", input, other, "--dot", out, "--assume-disjoint"])
            #expect(result.status == 1, "status \(result.status): \(result.err)")
            #expect(result.err.hasPrefix("stancegraph: error: \(other): "), "\(result.err)")
            #expect(result.err.contains("RUS opposes CHN") && result.err.contains("weight"), "\(result.err)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test func aUsersLabelBeatsTheOntologysInEitherOrder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func node(_ label: String?) -> String {
            let data = label.map { #"<data key="label">\#($0)</data>"# } ?? ""
            return #"""
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="label" for="node" attr.name="label" attr.type="string"/>
                <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
                <graph edgedefault="directed"><node id="POL">\#(data)</node><node id="PER"/>
                <edge source="POL" target="PER"><data key="relation">supports</data></edge></graph></graphml>
                """#
        }
        let ours = folder.appendingPathComponent("ours.graphml").path
        try GraphMLWriter.write(StanceGraph(actors: [Actor(id: "POL", label: "Poland", kind: "state"),
                                                     Actor(id: "PER", label: "Peru", kind: "state")], edges: []),
                                to: ours)
        let user = folder.appendingPathComponent("user.graphml").path
        try node("Polska").write(toFile: user, atomically: true, encoding: .utf8)
        let unlabelled = folder.appendingPathComponent("nx.graphml").path
        try node(nil).write(toFile: unlabelled, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.graphml").path
        for files in [[ours, user, unlabelled], [unlabelled, user, ours], [user, ours, unlabelled]] {
            let result = try TestSupport.run(["merge"] + files + ["--graphml", out, "-q",
                                                                  "--ontology", TestSupport.ontologyFolder])
            #expect(result.status == 0, "\(result.err)")
            let actors = try GraphMLReader.read(path: out).actors
            #expect(actors["POL"]?.label == "Polska" && actors["PER"]?.label == "Peru")
        }
    }
}
