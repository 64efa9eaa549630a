/// The dates an edge was seen, in one normal form: the calendar day
/// `YYYY-MM-DD`.
///
/// Inputs are ISO 8601 dates or date-times ("2024-03-05",
/// "2024-03-05T14:30:00Z", "2024-03-05 14:30+02:00"). The day is the one
/// written in the input, without converting time zones, because a news day
/// is the day the outlet printed. In this form comparing strings compares
/// days, so first/last seen merge with plain `min`/`max`. Years 0001-9999.
public enum SeenDate {
    /// The day of an ISO 8601 date or date-time, or nil if `text` is not one.
    /// Leading and trailing spaces are ignored; a time part must follow `T`,
    /// `t` or a space and is checked for its shape (`HH:MM`, optional
    /// `:SS`, fraction and `Z` or `+HH:MM`), not kept.
    public static func day(_ text: String) -> String? {
        var bytes = Array(text.utf8)[...]
        while bytes.first == 0x20 { bytes.removeFirst() }
        while bytes.last == 0x20 { bytes.removeLast() }
        let b = Array(bytes)
        guard b.count >= 10, let year = digits(b, 0..<4), b[4] == 0x2D, let month = digits(b, 5..<7),
              b[7] == 0x2D, let day = digits(b, 8..<10) else { return nil }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        if b.count > 10 {
            guard b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20, isTime(b[11...]) else { return nil }
        }
        return String(decoding: b[0..<10], as: UTF8.self)
    }

    /// `HH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM|+HHMM|+HH]`.
    static func isTime(_ rest: ArraySlice<UInt8>) -> Bool {
        let t = Array(rest)
        guard t.count >= 5, let hour = digits(t, 0..<2), t[2] == 0x3A, let minute = digits(t, 3..<5),
              hour <= 24, minute <= 59 else { return false }
        var index = 5
        if index < t.count, t[index] == 0x3A {
            guard t.count >= index + 3, let second = digits(t, index + 1..<index + 3), second <= 60 else {
                return false
            }
            index += 3
            if index < t.count, t[index] == 0x2E || t[index] == 0x2C {
                index += 1
                let start = index
                while index < t.count, (0x30...0x39).contains(t[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        guard index < t.count else { return true }
        switch t[index] {
        case 0x5A, 0x7A: return index + 1 == t.count
        case 0x2B, 0x2D:
            let zone = Array(t[(index + 1)...])
            switch zone.count {
            case 2: return digits(zone, 0..<2).map { $0 <= 23 } ?? false
            case 4: return digits(zone, 0..<4) != nil
            case 5: return zone[2] == 0x3A && digits(zone, 0..<2) != nil && digits(zone, 3..<5) != nil
            default: return false
            }
        default: return false
        }
    }

    static func digits(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.upperBound <= bytes.count else { return nil }
        var value = 0
        for index in range {
            guard (0x30...0x39).contains(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A date that `SeenDate` cannot read.
public struct InvalidDate: Error, Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public init(_ text: String) { self.text = text }
    public var description: String { "\"\(text)\" is not an ISO 8601 date (YYYY-MM-DD, optionally with a time)" }
}
