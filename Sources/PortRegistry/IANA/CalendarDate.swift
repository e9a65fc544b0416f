/// A date as IANA writes it in its registry: `YYYY-MM-DD`, or `YYYY-MM` on some records
/// registered before 2008. The readers checked only the shape, so `2026-13-45` or `9999-99-99`
/// installed as a registry date, and a date far in the future made every later, genuine update
/// "not newer". A `CalendarDate` is a day (or month) that exists.
public struct CalendarDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    /// `nil` for a month-only date.
    public let day: Int?

    /// Parses `YYYY-MM-DD` or `YYYY-MM` when it names a real day or month of the years 1000-9999;
    /// `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7 || bytes.count == 10, bytes[4] == UInt8(ascii: "-") else { return nil }
        guard let year = Self.number(bytes[0..<4]), year >= 1000,
              let month = Self.number(bytes[5..<7]), (1...12).contains(month) else { return nil }
        var day: Int?
        if bytes.count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let value = Self.number(bytes[8..<10]),
                  value >= 1, value <= Self.daysIn(month: month, year: year) else { return nil }
            day = value
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `text` has the `YYYY-MM-DD` shape (digits and dashes), whatever its values: such
    /// text is meant as a date, so it must be a real one.
    public static func looksLikeDay(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        for (position, byte) in bytes.enumerated() {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard byte >= 0x30, byte <= 0x39 else { return false }
            }
        }
        return true
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
