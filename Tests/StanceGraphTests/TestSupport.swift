import Foundation
import StanceGraph

/// Paths and shared fixtures for the tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the clone, as CI has it.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    static var ontologyFolder: String { root.appendingPathComponent("Ontology").path }

    /// The default ontology, loaded once.
    static let ontology: Ontology = {
        do { return try Ontology.load(directory: ontologyFolder) } catch {
            fatalError("the default ontology does not load: \(error)")
        }
    }()

    static let extractor = Extractor(ontology: ontology)

    /// A graph decoded from small integers, so property tests can generate
    /// and shrink graphs: each code is one piece of evidence over five
    /// actors, three relations, four articles and three sentence slots, with
    /// three cue variants so that clashes at one location are exercised.
    static func graph(from codes: [Int]) -> StanceGraph {
        let ids = ["RUS", "CHN", "JPN", "TWN", "NATO"]
        var graph = StanceGraph()
        for code in codes {
            let source = ids[code % 5]
            let target = ids[(code / 5) % 5]
            let relation = Relation.allCases[(code / 25) % 3]
            let article = "a\((code / 75) % 4).txt"
            let slot = (code / 300) % 3
            let variant = (code / 900) % 3
            graph.add(Actor(id: source, label: "Actor \(source)", kind: "state"))
            graph.add(EdgeKey(source: source, relation: relation, target: target), evidence: Evidence(
                article: article, start: slot * 100, end: slot * 100 + 50,
                sentence: "Sentence \(slot) of \(article).", cue: "cue\(variant)",
                rule: "rule\(variant % 2)", speaker: variant == 2 ? "Speaker" : nil))
        }
        return graph
    }

    /// Runs the built `stancegraph` executable.
    /// `environment` is added to this process's.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:])
        throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = root.appendingPathComponent(".build/debug/stancegraph")
        if let built = builtExecutable() { process.executableURL = built }
        process.arguments = arguments
        process.currentDirectoryURL = root
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self),
                String(decoding: errData, as: UTF8.self))
    }

    /// The executable next to the test bundle (same build configuration).
    static func builtExecutable() -> URL? {
        let bundle = Bundle.main.bundleURL
        for folder in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("stancegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let fallback = root.appendingPathComponent(".build/debug/stancegraph")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stancegraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
