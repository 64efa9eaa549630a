/// An error that points at a place in a file. Every error a user sees from
/// a file (an ontology, a graph, an article) has this shape, so it prints
/// the same way: `FILE:LINE:COL: message`, which editors and CI logs turn
/// into links.
public protocol LocatedError: Error, CustomStringConvertible {
    /// A path, or the name given to in-memory input; empty when there is none.
    var file: String { get }
    /// 1-based line, when known.
    var line: Int? { get }
    /// 1-based column, when known (only printed with a line).
    var column: Int? { get }
    /// What went wrong, in words for a user.
    var message: String { get }
}

extension LocatedError {
    /// `FILE:LINE:COL: message`, leaving out the unknown parts.
    public var description: String {
        var location: [String] = []
        if !file.isEmpty { location.append(file) }
        if let line {
            location.append(String(line))
            if let column { location.append(String(column)) }
        }
        if location.isEmpty { return message }
        return location.joined(separator: ":") + ": " + message
    }
}
