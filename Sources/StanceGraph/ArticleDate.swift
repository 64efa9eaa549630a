/// Publication dates as the graph keeps them: the calendar day, `YYYY-MM-DD`.
///
/// Inputs give ISO 8601 dates or date-times ("2024-03-05",
/// "2024-03-05T14:30:00Z", "2024-03-05T14:30:00+02:00"); the day written in
/// the input is kept, without converting time zones, because a news day is
/// the day the outlet printed. Comparing the strings compares the days.
public enum ArticleDate {
    /// The day of an ISO 8601 date or date-time, or nil if `text` is not one.
    public static func day(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                guard bytes[k] >= 0x30 && bytes[k] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[k] - 0x30)
            }
            return value
        }
        guard let year = digits(0..<4), bytes[4] == 0x2D, let month = digits(5..<7), bytes[7] == 0x2D,
              let day = digits(8..<10) else { return nil }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        if bytes.count > 10 {
            // A time part must follow "T" or a space; its shape is not checked further.
            guard bytes[10] == 0x54 || bytes[10] == 0x20 || bytes[10] == 0x74, bytes.count > 11 else { return nil }
        }
        return String(decoding: bytes[0..<10], as: UTF8.self)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
