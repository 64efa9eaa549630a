/// Produces the inflected forms of a base form by rule, so lexicons list
/// lemmas only. Over-generation is harmless (a non-word never occurs in
/// text); under-generation would lose cues, so irregular forms are listed.
enum Inflector {
    static let irregular: [String: [String]] = [
        "be": ["is", "are", "was", "were", "been", "being", "am", "'s", "’s"],
        "have": ["has", "had", "having"],
        "keep": ["kept"], "stand": ["stood"], "draw": ["drew", "drawn"],
        "strike": ["struck", "stricken"], "send": ["sent"], "break": ["broke", "broken"],
        "cut": ["cut"], "hold": ["held"], "give": ["gave", "given"], "take": ["took", "taken"],
        "make": ["made"], "say": ["said"], "tell": ["told"], "write": ["wrote", "written"],
        "lead": ["led"], "meet": ["met"], "seek": ["sought"], "fight": ["fought"],
        "shake": ["shook", "shaken"], "slam": ["slammed", "slamming"], "shell": ["shelled", "shelling"],
        "rebuke": ["rebuked"], "withdraw": ["withdrew", "withdrawn"], "forbid": ["forbade", "forbidden"],
        "throw": ["threw", "thrown"], "bring": ["brought"], "rule": ["ruled"],
    ]

    static let functionWords: Set<String> = [
        "a", "an", "the", "to", "with", "on", "of", "for", "at", "by", "over", "about", "into",
        "from", "against", "not", "no", "as", "in", "if", "*", "close", "closer", "eye", "red",
        "line", "only", "sole", "legitimate", "government", "force", "necessary", "support",
        "concern", "alarm", "ties", "relations", "strategic", "mutual", "willing", "ready",
        "prepared", "closely", "reliable", "trusted", "partner", "ambassador",
    ]

    /// Forms of a verb: back -> back, backs, backed, backing.
    static func verbForms(_ lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        if let extra = irregular[lemma] { forms.formUnion(extra) }
        let last = lemma.last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "e" {
            let stem = String(lemma.dropLast())
            forms.formUnion([lemma + "s", lemma + "d", stem + "ing"])
        } else if last == "y", lemma.count > 1, !vowels.contains(lemma.dropLast().last!) {
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
    static func forms(of word: String, in kind: CueKindForInflection, first: Bool) -> Set<String> {
        if word == "be" { return verbForms("be") }
        if word == "*" || (!first && functionWords.contains(word)) { return [word] }
        switch kind {
        case .verb: return verbForms(word)
        case .noun: return nounForms(word)
        case .nounOrVerb: return nounForms(word).union(verbForms(word))
        case .fixed: return [word]
        }
    }

    enum CueKindForInflection { case verb, noun, nounOrVerb, fixed }
}
