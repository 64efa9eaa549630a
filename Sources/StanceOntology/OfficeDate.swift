import StanceModel

/// A date of an office term as actor files write it: `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`. A partial date stands for every day it covers: `2021-01`
/// is any day of January 2021, so it begins on its `earliest` day and ends
/// on its `latest`.
public struct OfficeDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// The date written in `text`, or nil if it is not `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD` with a real month and day (leading and trailing spaces
    /// are ignored).
    public init?(_ text: String) {
        let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Self.number(parts[0]), year >= 1
        else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Self.number(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3, let month {
            guard parts[2].count == 2, let value = Self.number(parts[2]),
                  (1...Self.daysIn(month: month, year: year)).contains(value) else { return nil }
            day = value
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    /// The first day the date covers, as `YYYY-MM-DD`.
    public var earliest: String { Self.format(year, month ?? 1, day ?? 1) }

    /// The last day the date covers, as `YYYY-MM-DD`.
    public var latest: String {
        let lastMonth = month ?? 12
        return Self.format(year, lastMonth, day ?? Self.daysIn(month: lastMonth, year: year))
    }

    /// The first and last day as numbers that order like the dates
    /// (`YYYYMMDD`).
    var earliestKey: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }
    var latestKey: Int {
        let lastMonth = month ?? 12
        return year * 10_000 + lastMonth * 100 + (day ?? Self.daysIn(month: lastMonth, year: year))
    }

    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Official {
    /// Whether the person held this office on `date` (an article's date:
    /// `YYYY-MM-DD`, an ISO 8601 date-time, or a partial `YYYY-MM` /
    /// `YYYY`).
    ///
    /// Partial dates on either side are read generously, as "on some day
    /// they cover": a holder `from: 2021-01` is in office on 2021-01-05 and
    /// on `2021-01`; one whose `to` is 2021-01-20 is still in office that
    /// day (both ends are inclusive, so on a handover day both the outgoing
    /// and the incoming holder count). A missing `from` is "since always",
    /// a missing `to` "still in office". A nil date (an undated article)
    /// accepts everyone, and so does text that is no date at all, since it
    /// says nothing about when.
    public func holdsOffice(on date: String?) -> Bool {
        guard let date else { return true }
        if let parsed = OfficeDate(date) { return holdsOffice(on: parsed) }
        if let day = SeenDate.day(date), let parsed = OfficeDate(day) { return holdsOffice(on: parsed) }
        return true
    }

    /// `holdsOffice(on:)` for a parsed date; nil accepts everyone.
    public func holdsOffice(on date: OfficeDate?) -> Bool {
        guard let date else { return true }
        if let from, date.latestKey < from.earliestKey { return false }
        if let to, date.earliestKey > to.latestKey { return false }
        return true
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = self[...]
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
