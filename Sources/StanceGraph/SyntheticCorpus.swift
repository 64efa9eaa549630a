/// Articles made up from the project's own small vocabulary, seeded and
/// deterministic: for benchmarks and tests that need a corpus of any size
/// without third-party text.
///
/// About a third of the sentences carry a stance ("Brazil criticised
/// Canada's decision on tariffs."), the rest are scene-setting that names no
/// cue, as news does. `sentences` counts what was generated, so rates can be
/// given in sentences per second.
public struct SyntheticCorpus: Sendable {
    public struct Item: Sendable {
        public var id: String
        public var date: String
        public var text: String
        public var sentences: Int
    }

    static let states = [
        "Brazil", "Canada", "Chile", "Egypt", "France", "Germany", "India", "Indonesia", "Japan",
        "Kenya", "Mexico", "Nigeria", "Norway", "Peru", "Poland", "Spain", "Sweden", "Turkey",
        "Vietnam", "Argentina", "Australia", "Ghana", "Italy", "Morocco", "Pakistan", "Portugal",
        "Senegal", "Thailand", "Ukraine", "Uruguay", "China", "Russia", "the United States",
        "the European Union", "NATO", "the United Nations",
    ]
    static let supportVerbs = ["backed", "supports", "praised", "welcomed", "endorsed", "defended", "hailed"]
    static let warnVerbs = ["warned", "cautioned", "threatened"]
    static let opposeVerbs = ["criticised", "condemned", "denounced", "rejected", "opposes", "blamed", "rebuked"]
    static let topics = [
        "tariffs", "fishing rights", "the pipeline", "grain exports", "the border crossing",
        "the election", "the river dam", "shipping lanes", "the arms deal", "the refugee plan",
    ]
    static let openers = ["On Monday", "Late on Tuesday", "In a statement", "At the summit", "Earlier this week"]
    static let fillers = [
        "Delegates met for three hours in a hotel near the harbour.",
        "The talks are expected to resume after the holiday.",
        "Officials gave no details about the timetable.",
        "Prices at the local market rose for a second month.",
        "Reporters waited outside the conference hall until late evening.",
        "The committee will publish its findings in the spring.",
        "Several hundred people gathered in the main square.",
        "The weather delayed two flights carrying negotiators.",
        "A spokesperson declined to comment on the draft text.",
        "Analysts said the numbers were lower than forecast.",
    ]

    private var random: SplitMix64

    public init(seed: UInt64) { random = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }

    mutating func below(_ n: Int) -> Int { random.below(n) }
    mutating func pick(_ list: [String]) -> String { list[below(list.count)] }

    /// One stance sentence between two different actors.
    mutating func stanceSentence() -> String {
        let a = below(Self.states.count)
        var b = below(Self.states.count - 1)
        if b >= a { b += 1 }
        let (x, y) = (Self.states[a], Self.states[b])
        let opener = pick(Self.openers)
        switch below(6) {
        case 0, 1: return "\(opener), \(x) \(pick(Self.supportVerbs)) \(y) over \(pick(Self.topics))."
        case 2: return "\(capitalized(x)) \(pick(Self.warnVerbs)) \(y) against any move on \(pick(Self.topics))."
        case 3: return "\(capitalized(x)) \(pick(Self.opposeVerbs)) \(y) over \(pick(Self.topics))."
        case 4: return "\(opener), \(x) \(pick(Self.opposeVerbs)) \(y)'s decision on \(pick(Self.topics))."
        default: return "\(capitalized(x)) expressed support for \(y) in the dispute over \(pick(Self.topics))."
        }
    }

    func capitalized(_ name: String) -> String {
        name.hasPrefix("the ") ? "The " + name.dropFirst(4) : name
    }

    /// The next article: 6 to 20 sentences in paragraphs of two or three.
    public mutating func article(index: Int) -> Item {
        let count = 6 + below(15)
        var text = ""
        for k in 0..<count {
            if k > 0 { text += k % 3 == 0 ? "\n\n" : " " }
            text += below(3) == 0 ? stanceSentence() : pick(Self.fillers)
        }
        let day = 1 + index % 28, month = 1 + (index / 28) % 12
        let date = "2025-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        return Item(id: "synthetic-\(index)", date: date, text: text, sentences: count)
    }

    /// The article as one JSON Lines record, with its newline.
    public static func jsonLine(_ item: Item) -> String {
        "{\"id\":\"\(item.id)\",\"date\":\"\(item.date)\",\"text\":\"\(escaped(item.text))\"}\n"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }
}
