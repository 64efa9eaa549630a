/// One article to extract: the id its evidence carries, its text and, when
/// the input says so, its publication date.
public struct Article: Sendable {
    /// The file name ("seed.txt"), a JSON Lines record's `id`, or `stdin`:
    /// stable whatever folder the user runs from, so separate runs merge
    /// into the same graph.
    public var id: String
    /// The file it came from, when it came from a file.
    public var path: String?
    /// Its line in a JSON Lines file.
    public var line: Int?
    public var text: String
    /// The publication date as `YYYY-MM-DD` (see `SeenDate`).
    public var date: String?
    /// Where it was published (issue 12): the address, headline and
    /// outlet, from JSON Lines fields, a page's metadata or, for plain
    /// text, the file name as title.
    public var url: String?
    public var title: String?
    public var source: String?

    public init(id: String, path: String? = nil, line: Int? = nil, text: String, date: String? = nil,
                url: String? = nil, title: String? = nil, source: String? = nil) {
        self.id = id
        self.path = path
        self.line = line
        self.text = text
        self.date = date
        self.url = url
        self.title = title
        self.source = source
    }

    /// What every evidence item of the article carries: its date (already
    /// in `SeenDate` form), address, title and outlet (the address's host
    /// when not given).
    public var provenance: Provenance {
        Provenance(url: url, title: title, source: source, date: date)
    }
}

/// A problem with one input, reported and, where the user allows, skipped.
/// The description is `file: message` or, in a JSON Lines file,
/// `file:LINE: message`, the shape editors and compilers use.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Why an input was refused, for the summary ("2 skipped: 1 unreadable,
    /// 1 invalid UTF-8").
    public enum Reason: String, Sendable, Comparable, CaseIterable {
        case missing = "not found"
        case unreadable
        case empty
        case binary
        case invalidUTF8 = "invalid UTF-8"
        case tooLong = "too long"
        case badRecord = "bad record"
        /// The extractor trapped (or its worker was killed) on the article:
        /// only seen when extraction runs in worker processes.
        case crashed
        /// The extractor ran past the per-article time limit.
        case timedOut = "timed out"
        /// A web page whose parse had to stop before its end (thousands of
        /// tags never closed): refused rather than cut short silently.
        case cutShort = "cut short"

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var path: String
    public var line: Int?
    public var reason: Reason
    public var message: String

    public init(path: String, line: Int? = nil, reason: Reason = .unreadable, message: String) {
        self.path = path
        self.line = line
        self.reason = reason
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}

extension Array where Element == InputError {
    /// "3 skipped (2 invalid UTF-8, 1 unreadable)", or "" when empty.
    public var skipSummary: String {
        if isEmpty { return "" }
        var counts: [InputError.Reason: Int] = [:]
        for error in self { counts[error.reason, default: 0] += 1 }
        let reasons = counts.keys.sorted().map { "\(counts[$0]!) \($0.rawValue)" }
        return "\(count) skipped (\(reasons.joined(separator: ", ")))"
    }
}
