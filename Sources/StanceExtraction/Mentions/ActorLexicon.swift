import Foundation
import StanceOntology

/// The ontology compiled into phrase matchers, built once per extractor.
struct ActorLexicon: Sendable {
    struct Entry: Sendable {
        var actor: String
        var form: Mention.Form
        var title: String?
        /// For officials, the term of office, to pick the holder on the
        /// article's date.
        var office: Official?
    }

    var actors: PhraseMatcher<Entry>
    var nonActors: PhraseMatcher<Bool>
    var media: PhraseMatcher<Bool>
    var agentHeads: PhraseMatcher<Bool>
    var titles: PhraseMatcher<String>
    /// "led": "the Saudi-led coalition" speaks for its leader.
    var leadingParticiples: Set<String> = []
    /// "of", "from": prepositions between a body and its owner.
    var ownerPrepositions: Set<String> = []
    /// "officials in Beijing", "a spokesman for the Kremlin": prepositions
    /// after which only these heads speak for the actor, and only unowned.
    var seatPrepositions: Set<String> = []
    /// "ethnic": a demonym after it names people, not their state.
    var ethnicMarkers: Set<String> = []
    /// "members", "allies": an organisation's body before a name classifies
    /// the named actor ("NATO members Norway and Denmark").
    var classifierHeads: Set<String> = []
    /// "former", "ex": an office no longer held speaks for no one.
    var formerMarkers: Set<String> = []
    var seatedHeads: Set<String> = []
    var kinds: [String: String] = [:]
    /// A movement's state, for the heads that make it its government
    /// ("the Taliban government", "the Taliban's administration" are AFG).
    var governs: [String: String] = [:]
    var governingHeads: Set<String> = []
    private(set) var traits: [String: Set<String>] = [:]
    /// Every trait some actor has ("island", "kingdom"), gathered once.
    private(set) var traitNames: Set<String> = []

    /// The names, and each name with accents removed ("Bogotá", "Bogota";
    /// "Orbán", "Orban"): news copy often drops them.
    static func withoutAccents(_ names: [String]) -> [String] {
        var result = names
        for name in names where !name.unicodeScalars.allSatisfy(\.isASCII) {
            let folded = name.folding(options: .diacriticInsensitive, locale: nil)
            if folded != name, !result.contains(folded) { result.append(folded) }
        }
        return result
    }

    /// A phrase and the phrase with its last word in the plural.
    static func withPlural(_ phrase: String) -> [String] {
        var parts = phrase.split(separator: " ").map(String.init)
        guard let last = parts.popLast(), !last.hasSuffix("s") else { return [phrase] }
        return [phrase] + Inflector.nounForms(last).filter { $0 != last }.map { (parts + [$0]).joined(separator: " ") }
    }

    init(_ ontology: Ontology, words: inout WordTable) {
        actors = PhraseMatcher(caseSensitive: true)
        nonActors = PhraseMatcher(caseSensitive: true)
        media = PhraseMatcher(caseSensitive: true)
        agentHeads = PhraseMatcher(caseSensitive: false)
        titles = PhraseMatcher(caseSensitive: false)
        for entry in ontology.actors {
            kinds[entry.id] = entry.kind
            traits[entry.id] = Set(entry.traits)
            if let state = entry.governs { governs[entry.id] = state }
            for name in Self.withoutAccents([entry.name] + entry.aliases) {
                actors.insert(name, Entry(actor: entry.id, form: .name), words: &words)
            }
            for adjective in Self.withoutAccents(entry.adjectives) {
                actors.insert(adjective, Entry(actor: entry.id, form: .adjective), words: &words)
            }
            for official in entry.officials {
                let title = official.title.isEmpty ? nil : official.title.lowercased()
                for name in Self.withoutAccents([official.name] + official.aliases) {
                    actors.insert(name, Entry(actor: entry.id, form: .official, title: title, office: official),
                                  words: &words)
                }
            }
        }
        traitNames = Set(traits.values.joined())
        let language = ontology.language
        leadingParticiples = Set(language[.leadingParticiples].map { $0.lowercased() })
        ownerPrepositions = Set(language[.ownerPrepositions].map { $0.lowercased() })
        seatPrepositions = Set(language[.seatPrepositions].map { $0.lowercased() })
        ethnicMarkers = Set(language[.ethnicMarkers].map { $0.lowercased() })
        classifierHeads = Set(language[.classifierHeads].map { $0.lowercased() })
        formerMarkers = Set(language[.formerMarkers].map { $0.lowercased() })
        seatedHeads = Set(language[.seatedHeads].map { $0.lowercased() })
        governingHeads = Set(language[.governingHeads].flatMap { Self.withPlural($0.lowercased()) })
        // The lists `MentionFinder.headBefore` asks of every mention, as word classes.
        words.add(seatPrepositions, to: .seatPreposition)
        words.add(seatedHeads, to: .seatedHead)
        words.add(ownerPrepositions, to: .ownerPreposition)
        for phrase in language.nonActors { nonActors.insert(phrase, true, words: &words) }
        for phrase in language.media { media.insert(phrase, true, words: &words) }
        for phrase in language.agentHeads {
            // "representative" and "representatives": a head's plural speaks too.
            for form in Self.withPlural(phrase) { agentHeads.insert(form, true, words: &words) }
        }
        for phrase in language.titles {
            titles.insert(phrase, phrase.lowercased(), words: &words)
            // An office speaks for its owner too: "Japan's defence minister".
            for form in Self.withPlural(phrase) { agentHeads.insert(form, true, words: &words) }
        }
    }
}
