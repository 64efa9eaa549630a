import Foundation
import StanceGraph
import Testing

@Suite("Ontology")
struct OntologyTests {
    func write(_ text: String, name: String = "actors.yaml") throws -> String {
        let url = try TestSupport.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func defaultOntologyHasActorsCuesAndLanguage() {
        let ontology = TestSupport.ontology
        #expect(ontology.actor(id: "RUS")?.name == "Russia")
        #expect(ontology.actor(id: "NATO") != nil)
        for relation in Relation.allCases {
            #expect(ontology.cues.contains { $0.relation == relation }, "no cue for \(relation)")
        }
        #expect(ontology.language.abbreviations.contains("Mr"))
    }

    /// Every English word the extractor reads is in language.yaml, and every
    /// list there is read: a list nothing uses is a list a user would edit
    /// in vain.
    @Test func everyLanguageListIsKnownAndUsed() throws {
        let ontology = try Ontology.load(directory: TestSupport.ontologyFolder)
        for list in WordList.allCases {
            #expect(ontology.language.lists[list] != nil, "language.yaml has no \(list.rawValue)")
        }
        _ = Extractor(ontology: ontology)
        #expect(ontology.language.unusedLists == [], "loaded but never read")
        #expect(!ontology.language.descriptions.isEmpty && !ontology.language.irregularVerbs.isEmpty)
    }

    @Test func anUnknownLanguageListIsALocatedError() throws {
        let folder = try TestSupport.temporaryFolder()
        let actors = folder.appendingPathComponent("actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        try "- {id: AAA, name: A}\n".write(to: actors.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "supports:\n  verb: [back]\n".write(to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
        try "negators: [not]\nnegatorz: [nope]\n"
            .write(to: folder.appendingPathComponent("language.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: OntologyError.self) { try Ontology.load(directory: folder.path) }
        #expect(error.line == 2)
        #expect(error.message.contains("negatorz"))
    }

    /// Yams quotes the whole document after some problems; the error stays
    /// one line naming the file.
    @Test func aDuplicatedKeyIsOneLine() throws {
        let folder = try TestSupport.temporaryFolder()
        let actors = folder.appendingPathComponent("actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        try "- {id: AAA, name: A}\n".write(to: actors.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "supports:\n  verb: [back]\n".write(to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
        try "negators: [not]\nnegators: [no]\n"
            .write(to: folder.appendingPathComponent("language.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: OntologyError.self) { try Ontology.load(directory: folder.path) }
        #expect(!"\(error)".contains("\n"))
        #expect(error.file.hasSuffix("language.yaml"))
        #expect(error.message.contains("negators"))
    }

    @Test func jsonActorListWithExtraFieldsLoads() throws {
        let path = try write("""
        [{"id": "ARN", "name": "Arnor", "kind": "state", "aliases": ["Arnor", "Arnorian"],
          "peer_codes": ["ARN"], "fictional": true}]
        """, name: "actors.json")
        var ontology = Ontology()
        try ontology.addActors(file: path)
        #expect(ontology.actor(id: "ARN")?.aliases == ["Arnor", "Arnorian"])
    }

    @Test func userFileExtendsAKnownActor() throws {
        let path = try write("- id: RUS\n  name: Russia\n  aliases: [Rossiya]\n")
        var ontology = TestSupport.ontology
        let before = ontology.actors.count
        try ontology.addActors(file: path)
        #expect(ontology.actors.count == before)
        #expect(ontology.actor(id: "RUS")?.aliases.contains("Rossiya") == true)
    }

    @Test func malformedYAMLNamesFileAndLine() throws {
        let path = try write("- id: AAA\n  name: A\n- id: BBB\n  name: [unclosed\n")
        var ontology = Ontology()
        let error = try #require(throws: OntologyError.self) { try ontology.addActors(file: path) }
        #expect(error.file == path)
        #expect(error.line != nil)
        #expect(error.description.hasPrefix(path + ":"))
    }

    @Test func governsIsReadAndKeptWhenFilesMerge() throws {
        let first = try write("- id: MOVE\n  name: Movement\n  kind: group\n  governs: AAA\n")
        let second = try write("- id: MOVE\n  name: Movement\n  kind: group\n  aliases: [the Movement]\n")
        var ontology = Ontology()
        try ontology.addActors(file: first)
        try ontology.addActors(file: second)
        #expect(ontology.actor(id: "MOVE")?.governs == "AAA")
        let bad = try write("- id: MOVE\n  name: Movement\n  governs: [AAA]\n")
        var other = Ontology()
        #expect(throws: OntologyError.self) { try other.addActors(file: bad) }
    }

    @Test func missingFieldNamesTheLine() throws {
        let path = try write("- id: AAA\n  name: A\n- id: BBB\n  kind: state\n")
        var ontology = Ontology()
        let error = try #require(throws: OntologyError.self) { try ontology.addActors(file: path) }
        #expect(error.line == 3)
        #expect(error.message.contains("name"))
    }

    @Test func invalidIdIsRejected() throws {
        let path = try write("- id: 'A B'\n  name: A\n")
        var ontology = Ontology()
        #expect(throws: OntologyError.self) { try ontology.addActors(file: path) }
    }

    @Test func duplicateIdInOneFileIsRejected() throws {
        let path = try write("- {id: AAA, name: A}\n- {id: AAA, name: B}\n")
        var ontology = Ontology()
        let error = try #require(throws: OntologyError.self) { try ontology.addActors(file: path) }
        #expect(error.line == 2)
    }

    @Test func unknownRelationInLexiconIsAnError() throws {
        let folder = try TestSupport.temporaryFolder()
        let actors = folder.appendingPathComponent("actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        try "- {id: AAA, name: A}\n".write(to: actors.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "supports:\n  verb: [back]\nadmires:\n  verb: [admire]\n"
            .write(to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
        try "negators: [not]\n".write(to: folder.appendingPathComponent("language.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: OntologyError.self) { try Ontology.load(directory: folder.path) }
        #expect(error.line == 3)
        #expect(error.message.contains("admires"))
    }

    /// A cue listed twice would be matched twice: the second is refused,
    /// naming the first.
    @Test func aCueListedTwiceIsAnError() throws {
        let folder = try TestSupport.temporaryFolder()
        let actors = folder.appendingPathComponent("actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        try "- {id: AAA, name: A}\n".write(to: actors.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "supports:\n  verb:\n    - back\n    - praise\n    - back\nopposes:\n  verb: [back]\n"
            .write(to: folder.appendingPathComponent("relations.yaml"), atomically: true, encoding: .utf8)
        try "negators: [not]\n".write(to: folder.appendingPathComponent("language.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: OntologyError.self) { try Ontology.load(directory: folder.path) }
        #expect(error.line == 5)
        #expect(error.message.contains("'back' is already listed under supports verb at line 3"))
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: OntologyError.self) { try Ontology.load(directory: "/nonexistent/ontology") }
    }
}
