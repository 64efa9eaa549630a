import StanceModel

/// One edge the rules drew from one sentence, before it joins a graph.
public struct StanceFinding: Hashable, Sendable {
    public var key: EdgeKey
    /// Token range of the sentence.
    public var sentence: Range<Int>
    /// The cue words as written.
    public var cue: String
    /// The rule that turned the cue into the edge, e.g. `verb:subject-object`.
    public var rule: String
    public var speaker: String?
    /// The rules behind the finding (holder rule, target route, shift), for
    /// tests and tools that ask which rule fired.
    var rules: [RuleName] = []
}
