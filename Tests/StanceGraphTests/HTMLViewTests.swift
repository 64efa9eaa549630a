import Foundation
import Testing
import StanceGraph

/// The interactive page in a real browser (headless Chromium from Debian,
/// which .ci/setup installs): the edges drawn and the evidence shown must
/// be the graph's.
@Suite struct HTMLViewTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The page's DOM after its script ran, as Chromium serialises it.
    static func renderedDOM(_ page: String, fragment: String) throws -> String {
        let chromium = try #require(chromium)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)",
                             "--dump-dom", "file://\(page)#\(fragment)"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The side panel's part of the DOM (the data block holds every sentence).
    static func panel(_ dom: String) -> String {
        guard let start = dom.range(of: "<div id=\"panel\">"), let end = dom.range(of: "<div id=\"main\">") else {
            return ""
        }
        return String(dom[start.lowerBound..<end.lowerBound])
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// A graph with hostile text: a sentence that holds markup must stay text.
    static var graph: StanceGraph {
        var graph = StanceGraph()
        let hostile = "Peru said <script>alert(1)</script> & \"more\" </script> in Lima."
        graph.add(Edge(key: EdgeKey(source: "PER", relation: .opposes, target: "CHL"), evidence: [
            Evidence(article: "a1", start: 0, end: 10, sentence: hostile, cue: "said", rule: "verb"),
            Evidence(article: "a2", start: 0, end: 10, sentence: "Peru condemned Chile again.", cue: "condemned",
                     rule: "verb:subject-object"),
        ]))
        graph.add(Edge(key: EdgeKey(source: "CHL", relation: .warns, target: "PER"), evidence: [
            Evidence(article: "a3", start: 0, end: 10, sentence: "Chile warned Peru.", cue: "warned", rule: "verb"),
        ]))
        graph.add(Edge(key: EdgeKey(source: "BRA", relation: .supports, target: "CHL"), evidence: [
            Evidence(article: "a4", start: 0, end: 10, sentence: "Brazil backed Chile.", cue: "backed", rule: "verb"),
        ]))
        for (id, label) in [("PER", "Peru"), ("CHL", "Chile"), ("BRA", "Brazil")] {
            graph.add(Actor(id: id, label: label, kind: "state"))
        }
        return graph
    }

    @Test(.enabled(if: chromium != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/neato")))
    func theBrowserDrawsTheGraphsEdgesAndShowsTheirEvidence() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("view.html").path
        let graph = Self.graph
        try HTMLView.write(graph, to: page, names: ["PER": ["Lima", "Peru"]])

        let edge = try Self.renderedDOM(page, fragment: "edge=PER/opposes/CHL")
        #expect(edge.contains("data-ready=\"true\""), "the script ran to its end")
        #expect(Self.count("class=\"edge", in: edge) == graph.edges.count)
        for key in graph.edges.keys {
            #expect(edge.contains("data-key=\"\(key.source)/\(key.relation.rawValue)/\(key.target)\""))
        }
        #expect(Self.count("class=\"node", in: edge) == graph.actors.count)
        let panel = Self.panel(edge)
        #expect(panel.contains("id=\"selected-edge\"") && panel.contains("Peru opposes Chile"))
        // The evidence, as text: the markup in it escaped, not run.
        #expect(panel.contains("Peru said &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"more\" &lt;/script&gt; in Lima."))
        #expect(panel.contains("Peru condemned Chile again."))
        #expect(!panel.contains("Chile warned Peru."), "another edge's evidence is not shown")

        let node = try Self.renderedDOM(page, fragment: "node=CHL")
        #expect(Self.panel(node).contains("id=\"selected-node\"") && Self.panel(node).contains("3 stances shown"))

        // The search box matches any name: "Lima" finds Peru.
        let search = try Self.renderedDOM(page, fragment: "search=lima")
        #expect(search.contains("1 actor found"))
        #expect(search.contains("class=\"node match\" data-id=\"PER\""))
    }

    /// Ids from other tools' files may hold quotes, backslashes and line
    /// breaks: the layout never sees them.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/neato")))
    func anyIdIsLaidOut() throws {
        var graph = StanceGraph()
        let odd = ["a \"b\" c\\", "d\ne", "ü-ñ"]
        graph.add(Edge(key: EdgeKey(source: odd[0], relation: .warns, target: odd[1])))
        graph.add(Edge(key: EdgeKey(source: odd[2], relation: .supports, target: odd[0])))
        let positions = try GraphLayout.positions(nodes: odd, edges: [(odd[0], odd[1]), (odd[2], odd[0])])
        #expect(Set(positions.keys) == Set(odd))
        let page = String(decoding: try HTMLView.page(graph), as: UTF8.self)
        #expect(page.contains("\"shownEdges\":2"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/neato")))
    func bigGraphsShowTheirHeaviestEdgesAndSaySo() throws {
        let graph = Self.graph
        let page = String(decoding: try HTMLView.page(graph, top: 2), as: UTF8.self)
        #expect(page.contains("\"shownEdges\":2"))
        #expect(page.contains("\"totalEdges\":3"))
        // The heaviest (weight 2) is among them.
        #expect(page.contains("Peru condemned Chile again."))
        // No sentence can close the data block.
        #expect(!page.contains("alert(1)</script>"))
    }
}
