import StanceModel

/// Reads `relations.yaml`: for each relation, lists of cue patterns by kind.
///
///     supports:
///       verb: [support, back, stand with]
///       noun: [support for, backing of]
enum CueLexicon {
    static func load(file: String) throws -> [CueEntry] {
        guard let root = try YAMLNode.parse(try readText(file), file: file) else {
            throw OntologyError(file: file, message: "the file is empty; expected relations")
        }
        var cues: [CueEntry] = []
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
                    cues.append(CueEntry(relation: relation, kind: kind, pattern: words.joined(separator: " ")))
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
            case "abbreviations": resources.abbreviations = Set(try value.stringList(key))
            case "agent_heads": resources.agentHeads = try value.stringList(key)
            case "titles": resources.titles = try value.stringList(key)
            case "non_actors": resources.nonActors = try value.stringList(key)
            case "media": resources.media = try value.stringList(key)
            case "reporting_verbs": resources.reportingVerbs = try value.stringList(key)
            case "negators": resources.negators = Set(try value.stringList(key))
            case "clause_breaks": resources.clauseBreaks = Set(try value.stringList(key))
            case "sentence_starters": resources.sentenceStarters = Set(try value.stringList(key))
            case "demand_verbs": resources.demandVerbs = try value.stringList(key)
            case "reversal_verbs": resources.reversalVerbs = try value.stringList(key)
            case "force_verbs": resources.forceVerbs = try value.stringList(key)
            case "action_nouns": resources.actionNouns = try value.stringList(key)
            case "threat_markers": resources.threatMarkers = try value.stringList(key)
            case "descriptions":
                for (phrase, target) in try value.mapping(key) {
                    resources.descriptions[phrase] = try target.requireString("a description's target")
                }
            default:
                throw value.error("unknown list '\(key)' in the language file")
            }
        }
        return resources
    }
}
