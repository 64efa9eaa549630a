import Foundation
import StanceModel

/// Everything the extractor knows about the world and the language, loaded
/// from data: actors (`actors/*.yaml|json`), cue lexicons (`relations.yaml`)
/// and word lists (`language.yaml`).
public struct Ontology: Sendable {
    public private(set) var actors: [ActorEntry] = []
    public var cues: [CueEntry] = []
    public var language = LanguageResources()

    public init(actors: [ActorEntry] = [], cues: [CueEntry] = [], language: LanguageResources = .init()) {
        self.cues = cues
        self.language = language
        for actor in actors { add(actor) }
    }

    /// The actor with this id, if any.
    public func actor(id: String) -> ActorEntry? {
        actors.first { $0.id == id }
    }

    /// Adds an actor; an entry whose id is already known extends it (a
    /// user's file can add aliases or officials to a default actor).
    public mutating func add(_ entry: ActorEntry) {
        if let index = actors.firstIndex(where: { $0.id == entry.id }) {
            var known = actors[index]
            known.aliases += entry.aliases.filter { !known.aliases.contains($0) }
            known.adjectives += entry.adjectives.filter { !known.adjectives.contains($0) }
            known.officials += entry.officials.filter { !known.officials.contains($0) }
            known.traits += entry.traits.filter { !known.traits.contains($0) }
            if known.governs == nil { known.governs = entry.governs }
            actors[index] = known
        } else {
            actors.append(entry)
        }
    }

    /// Loads a whole ontology folder.
    public static func load(directory: String) throws -> Ontology {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw OntologyError(file: directory, message: "no such ontology folder")
        }
        var ontology = Ontology()
        let actorsFolder = (directory as NSString).appendingPathComponent("actors")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: actorsFolder)) ?? []
        let files = names.filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension) }.sorted()
        if files.isEmpty {
            throw OntologyError(file: actorsFolder, message: "no actor files (*.yaml, *.json)")
        }
        for name in files {
            try ontology.addActors(file: (actorsFolder as NSString).appendingPathComponent(name))
        }
        ontology.cues = try CueLexicon.load(
            file: (directory as NSString).appendingPathComponent("relations.yaml"))
        ontology.language = try LanguageResources.load(
            file: (directory as NSString).appendingPathComponent("language.yaml"))
        return ontology
    }

    /// Adds the actors of one YAML or JSON file (`--actors FILE`).
    public mutating func addActors(file: String) throws {
        for entry in try ActorFile.load(file: file) { add(entry) }
    }
}

/// Reads a file as UTF-8 text, with errors that name it.
func readText(_ file: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: file) else {
        throw OntologyError(file: file, message: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw OntologyError(file: file, message: "not UTF-8 text")
    }
    return text
}
