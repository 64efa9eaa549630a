/// Produces the inflected forms of a base form by rule, so lexicons list
/// lemmas only. Over-generation is harmless (a non-word never occurs in
/// text); under-generation would lose cues, so irregular forms are listed.
import StanceOntology

struct Inflector: Sendable {
    /// Forms rules cannot make, by lemma (`irregular_verbs` in language.yaml).
    let irregular: [String: [String]]
    /// Words of a cue pattern, after its first, that keep their form.
    let uninflected: Set<String>
    /// Forms a rule would make that are words of another meaning
    /// ("according", not a form of "accord").
    let foreign: Set<String>

    init(language: LanguageResources) {
        irregular = language.irregularVerbs
        uninflected = Set(language[.uninflectedCueWords])
        foreign = Set(language[.nonCueForms])
    }

    /// Forms of a verb: back -> back, backs, backed, backing.
    func verbForms(_ lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        if let extra = irregular[lemma] { forms.formUnion(extra) }
        let last = lemma.last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "e" {
            let stem = String(lemma.dropLast())
            forms.formUnion([lemma + "s", lemma + "d", stem + "ing"])
        } else if last == "y", lemma.count > 1, !vowels.contains(lemma.dropLast().last ?? "a") {
            let stem = String(lemma.dropLast())
            forms.formUnion([stem + "ies", stem + "ied", lemma + "ing"])
        } else {
            let sibilant = ["s", "x", "z", "ch", "sh"].contains { lemma.hasSuffix($0) }
            forms.formUnion([lemma + (sibilant ? "es" : "s"), lemma + "ed", lemma + "ing"])
            // Doubling after a short stressed vowel: ban -> banned. Generated
            // for every consonant-vowel-consonant ending; the extras never occur.
            let chars = Array(lemma)
            if chars.count >= 3, !vowels.contains(last), !["w", "x", "y"].contains(last),
               vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]) {
                forms.formUnion([lemma + String(last) + "ed", lemma + String(last) + "ing"])
            }
        }
        return forms
    }

    /// Forms of a noun: warning -> warning, warnings.
    static func nounForms(_ lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        if lemma.hasSuffix("y"), lemma.count > 2 {
            forms.insert(String(lemma.dropLast()) + "ies")
        } else if ["s", "x", "z", "ch", "sh"].contains(where: { lemma.hasSuffix($0) }) {
            forms.insert(lemma + "es")
        } else {
            forms.insert(lemma + "s")
        }
        return forms
    }

    /// The forms one word of a cue pattern may take in text.
    /// `first` words are always inflected ("support" as a one-word cue);
    /// later ones only when they are content words.
    func forms(of word: String, in kind: CueKindForInflection, first: Bool) -> Set<String> {
        if word == "be" { return verbForms("be") }
        if word == "*" || (!first && uninflected.contains(word)) { return [word] }
        let forms: Set<String> = switch kind {
        case .verb: verbForms(word)
        case .noun: Self.nounForms(word)
        case .nounOrVerb: Self.nounForms(word).union(verbForms(word))
        case .fixed: [word]
        }
        return forms.subtracting(foreign.subtracting([word]))
    }

    /// Every form of every lemma; for a phrase, of its first word ("rule
    /// out" -> "ruled", the first word carries the inflection).
    func verbForms(of phrases: some Sequence<String>) -> Set<String> {
        phrases.reduce(into: []) { forms, phrase in
            if let head = phrase.lowercased().split(separator: " ").first {
                forms.formUnion(verbForms(String(head)))
            }
        }
    }

    enum CueKindForInflection { case verb, noun, nounOrVerb, fixed }
}
