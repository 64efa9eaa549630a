import StanceModel

/// Reads `relations.yaml`: for each relation, lists of cue patterns by kind.
///
///     supports:
///       verb: [support, back, stand with]
///       noun: [support for, backing of]
///
/// A word may list alternatives with `|`: "urge|press * to stop|halt"
/// stands for the four patterns it spells.
enum CueLexicon {
    static func load(file: String) throws -> [CueEntry] {
        guard let root = try YAMLNode.parse(try readText(file), file: file) else {
            throw OntologyError(file: file, message: "the file is empty; expected relations")
        }
        var cues: [CueEntry] = []
        // A pattern listed twice under one relation and kind would be matched
        // twice; it is a slip in the file, so it is refused with both lines.
        var seen: [String: Int] = [:]
        for (name, body) in try root.mapping("the relations file") {
            guard let relation = Relation(rawValue: name) else {
                throw body.error("unknown relation '\(name)'; expected supports, warns or opposes")
            }
            for (kindName, list) in try body.mapping("relation '\(name)'") {
                guard let kind = CueEntry.Kind(rawValue: kindName) else {
                    let known = CueEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw list.error("unknown cue kind '\(kindName)'; expected one of \(known)")
                }
                for pattern in try list.sequence("'\(kindName)' cues") {
                    let text = try pattern.requireString("a cue")
                    let words = text.lowercased().split(separator: " ")
                    guard !words.isEmpty, words.first != "*", words.last != "*" else {
                        throw pattern.error("cue '\(text)' must start and end with a word")
                    }
                    if words.contains(where: { $0.hasPrefix("|") || $0.hasSuffix("|") || $0.contains("||") }) {
                        throw pattern.error("cue '\(text)' has an empty alternative around '|'")
                    }
                    let joined = words.joined(separator: " ")
                    let key = "\(name) \(kindName) \(joined)"
                    if let line = seen[key] {
                        throw pattern.error("cue '\(text)' is already listed under \(name) \(kindName) at line \(line)")
                    }
                    seen[key] = pattern.node.mark?.line ?? 0
                    cues.append(CueEntry(relation: relation, kind: kind, pattern: joined))
                }
            }
        }
        return cues
    }
}

extension LanguageResources {
    static func load(file: String) throws -> LanguageResources {
        guard let root = try YAMLNode.parse(try readText(file), file: file) else {
            throw OntologyError(file: file, message: "the file is empty")
        }
        var resources = LanguageResources()
        for (key, value) in try root.mapping("the language file") {
            switch key {
            case "descriptions":
                for (phrase, target) in try value.mapping(key) {
                    resources.descriptions[phrase] = try target.requireString("a description's target")
                }
            case "irregular_verbs":
                for (lemma, forms) in try value.mapping(key) {
                    resources.irregularVerbs[lemma] = try forms.stringList("the forms of '\(lemma)'")
                }
            default:
                guard let list = WordList(rawValue: key) else {
                    throw value.error("unknown list '\(key)' in the language file")
                }
                resources[list] = try value.stringList(key)
            }
        }
        return resources
    }
}
