/// Where an evidence sentence's article came from: its address, headline,
/// outlet and day, so that every edge can be traced back to the page a
/// reader can open (issue 12).
///
/// Every field is optional: a plain text file has only a title (its file
/// name), a file written before provenance existed has none.
///
/// Why a reference inside: every evidence item carries its article's
/// provenance, and four optional strings inline would add 64 bytes to each
/// item (16.5 MB on a synthetic corpus of 258,000 kept items). Held as one
/// immutable box, an item pays 8 bytes, the items of one article share the
/// box (extraction stamps one value on all of them; readers of files intern
/// them, `Interner`), and the article's strings are held once. The box is
/// never changed: setting a field makes a new one, so this stays a value.
public struct Provenance: Hashable, Comparable, Sendable {
    private final class Box: Sendable {
        let url, title, source, date: String?
        let day: Int32

        init(url: String?, title: String?, source: String?, date: String?) {
            self.url = url
            self.title = title
            self.source = source
            self.date = date
            self.day = date.flatMap(Day.number) ?? Day.undated
        }
    }

    /// nil when every field is nil.
    private var box: Box?

    public var url: String? {
        get { box?.url }
        set { set(url: newValue, title: title, source: source, date: date) }
    }
    public var title: String? {
        get { box?.title }
        set { set(url: url, title: newValue, source: source, date: date) }
    }
    /// The outlet: a JSON Lines `source`, a page's `og:site_name`, else the
    /// address's host.
    public var source: String? {
        get { box?.source }
        set { set(url: url, title: title, source: newValue, date: date) }
    }
    /// The publication day, `YYYY-MM-DD` (`SeenDate` form).
    public var date: String? {
        get { box?.date }
        set { set(url: url, title: title, source: source, date: newValue) }
    }
    /// The day as a number (`Day`), 0 when undated: read once, because
    /// counting an edge's days reads it for every evidence item.
    public var day: Int32 { box?.day ?? Day.undated }

    /// Fields as given (no cleaning, no outlet from the address): for a
    /// value that crossed a wire or a field set one by one.
    private mutating func set(url: String?, title: String?, source: String?, date: String?) {
        box = url == nil && title == nil && source == nil && date == nil
            ? nil : Box(url: url, title: title, source: source, date: date)
    }

    public init(url: String? = nil, title: String? = nil, source: String? = nil, date: String? = nil) {
        let url = url.flatMap(Self.nonEmpty)
        set(url: url, title: title.flatMap(Self.nonEmpty),
            source: source.flatMap(Self.nonEmpty) ?? url.flatMap(Self.host), date: date)
    }

    public var isEmpty: Bool { box == nil }

    public static func == (lhs: Provenance, rhs: Provenance) -> Bool {
        if lhs.box === rhs.box { return true }
        return lhs.url == rhs.url && lhs.title == rhs.title && lhs.source == rhs.source && lhs.date == rhs.date
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(url)
        hasher.combine(title)
        hasher.combine(source)
        hasher.combine(date)
    }

    /// Field by field, a missing value before any present one: a total
    /// order, so that choosing between two items never depends on input order.
    public static func < (lhs: Provenance, rhs: Provenance) -> Bool {
        for (a, b) in [(lhs.date, rhs.date), (lhs.url, rhs.url), (lhs.title, rhs.title), (lhs.source, rhs.source)]
            where a != b {
            guard let a else { return true }
            guard let b else { return false }
            return a < b
        }
        return false
    }

    /// The host of an address (`https://www.example.org/x` -> `www.example.org`),
    /// lower-cased, without user, port or path; nil when there is none.
    public static func host(of url: String) -> String? {
        let scalars = Array(url.utf8)
        guard let colon = scalars.indices.first(where: {
            scalars[$0] == UInt8(ascii: ":") && $0 + 2 < scalars.count
                && scalars[$0 + 1] == UInt8(ascii: "/") && scalars[$0 + 2] == UInt8(ascii: "/")
        }) else { return nil }
        var rest = Substring(String(decoding: scalars[(colon + 3)...], as: UTF8.self))
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if !rest.hasPrefix("["), let colon = rest.lastIndex(of: ":") { rest = rest[..<colon] }
        return rest.isEmpty ? nil : rest.lowercased()
    }

    private static func nonEmpty(_ text: String) -> String? {
        // Already clean, the usual case: no copy.
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20,
           !zip(bytes, bytes.dropFirst()).contains(where: { ($0 == 0x20 && $1 == 0x20) || $0 < 0x20 || $1 < 0x20 }),
           !text.unicodeScalars.contains(where: { $0.value > 0x7F && $0.properties.isWhitespace }) {
            return text
        }
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Hands out one copy of each distinct value, so that the items of an
    /// article read back from a file share their strings.
    public struct Interner: Sendable {
        private var known: Set<Provenance> = []
        public init() {}
        public mutating func intern(_ value: Provenance) -> Provenance {
            if value.isEmpty { return value }
            if let present = known.firstIndex(of: value) { return known[present] }
            known.insert(value)
            return value
        }
    }
}

/// A calendar day as one number, `YYYYMMDD` (2024-03-05 is 20240305): four
/// bytes, ordered as days are, and read back without a calendar. 0 is the
/// undated bucket.
public enum Day {
    public static let undated: Int32 = 0

    /// The number of a `YYYY-MM-DD` day (`SeenDate.day` of `text`), nil if
    /// `text` is no ISO 8601 date.
    public static func number(_ text: String) -> Int32? {
        guard let day = SeenDate.day(text) else { return nil }
        let parts = day.utf8.split(separator: UInt8(ascii: "-")).map { Int32(String(decoding: $0, as: UTF8.self))! }
        return parts[0] * 10000 + parts[1] * 100 + parts[2]
    }

    /// `YYYY-MM-DD`, or nil for the undated bucket.
    public static func text(_ day: Int32) -> String? {
        guard day != undated else { return nil }
        let (y, m, d) = parts(day)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    static func parts(_ day: Int32) -> (year: Int, month: Int, day: Int) {
        (Int(day / 10000), Int(day / 100 % 100), Int(day % 100))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days since 0001-01-01 (proleptic Gregorian), for weekdays and weeks.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y >= 0 ? y / 400 : (y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 306   // 0000-03-01 based, shifted so 0001-01-01 is 0
    }

    /// The ISO 8601 week of a day: its week-numbering year and week (1...53).
    /// The day after `day`, nil for the undated bucket.
    public static func next(_ day: Int32) -> Int32? {
        guard day != undated else { return nil }
        var (y, m, d) = parts(day)
        d += 1
        if d > SeenDate.daysIn(month: m, year: y) { (m, d) = (m + 1, 1) }
        if m > 12 { (y, m) = (y + 1, 1) }
        return Int32(y * 10000 + m * 100 + d)
    }

    public static func isoWeek(_ day: Int32) -> (year: Int, week: Int) {
        let (y, m, d) = parts(day)
        let n = ordinal(year: y, month: m, day: d)
        let weekday = ((n % 7) + 7) % 7 + 1      // 0001-01-01 was a Monday: 1 = Monday ... 7 = Sunday
        let thursday = n - weekday + 4
        // The year of that week's Thursday numbers the week.
        var year = y
        if thursday < ordinal(year: y, month: 1, day: 1) { year -= 1 }
        if thursday >= ordinal(year: y + 1, month: 1, day: 1) { year += 1 }
        let week = (thursday - ordinal(year: year, month: 1, day: 1)) / 7 + 1
        return (year, week)
    }
}
