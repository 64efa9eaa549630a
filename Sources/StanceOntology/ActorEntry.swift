/// One actor as the ontology describes it: how texts name it.
///
/// `aliases` are names that stand for the actor on their own ("Russia",
/// "Moscow", "the Kremlin"). `adjectives` are adjectives and demonyms
/// ("Russian", "Russians"): they stand for the actor when they head a
/// phrase that speaks for it ("the Russian foreign ministry") and mark the
/// owner of a thing otherwise ("Russian troops"). `officials` are people
/// who speak for the actor.
public struct ActorEntry: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: String
    public var aliases: [String]
    public var adjectives: [String]
    public var officials: [Official]
    /// Facts descriptions can refer back to: `island` lets "the island"
    /// resolve to the actor.
    public var traits: [String]
    /// The state this actor governs, for a movement that is a state's (de
    /// facto) government: "the Taliban government" speaks for AFG.
    public var governs: String?
    /// The file this entry came from, for messages.
    public var origin: String

    public init(id: String, name: String, kind: String, aliases: [String] = [],
                adjectives: [String] = [], officials: [Official] = [], traits: [String] = [],
                governs: String? = nil, origin: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.adjectives = adjectives
        self.officials = officials
        self.traits = traits
        self.governs = governs
        self.origin = origin
    }
}

/// A person who speaks for an actor, with the title texts use for them and
/// the dates they held that office. One entry is one term of one office: a
/// person who held two offices of the actor appears twice.
public struct Official: Hashable, Sendable {
    public var name: String
    public var title: String
    /// Other ways texts name the person, e.g. the family name alone.
    public var aliases: [String]
    /// The first day in office; nil when not known (taken as "since always").
    public var from: OfficeDate?
    /// The last day in office; nil while still in office.
    public var to: OfficeDate?

    public init(name: String, title: String, aliases: [String] = [],
                from: OfficeDate? = nil, to: OfficeDate? = nil) {
        self.name = name
        self.title = title
        self.aliases = aliases
        self.from = from
        self.to = to
    }
}
