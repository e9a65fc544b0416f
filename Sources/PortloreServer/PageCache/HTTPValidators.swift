import PortRegistry

/// A strong entity tag for a page's bytes: FNV-1a, 64 bits, as 16 hex digits in quotes. The
/// same bytes give the same tag in every replica and after every restart, so a CDN in front of
/// several replicas revalidates with any of them.
enum EntityTag {
    static func of(_ bytes: some Sequence<UInt8>, suffix: String = "") -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.utf8.count) + hex + suffix + "\""
    }

    /// Whether `If-None-Match: header` names `tag` (or is `*`). The comparison is weak, as RFC 9110
    /// §13.1.2 asks: `W/"x"` matches `"x"`.
    static func header(_ header: String, matches tag: String) -> Bool {
        for item in header.split(separator: ",") {
            var candidate = String(item).trimmingWhitespace
            if candidate == "*" { return true }
            if candidate.hasPrefix("W/") { candidate.removeFirst(2) }
            if candidate == tag { return true }
        }
        return false
    }
}

/// HTTP dates (RFC 9110 §5.6.7, IMF-fixdate): `Tue, 01 Dec 2026 00:00:00 GMT`.
enum HTTPDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Seconds since 1970 of midnight UTC on `YYYY-MM-DD`, or `nil` when it is not such a date.
    static func seconds(ofDay day: String) -> Int? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(dayOfMonth) else { return nil }
        return CalendarDate.daysSince1970(year: year, month: month, day: dayOfMonth) * 86_400
    }

    /// IMF-fixdate of `seconds` since 1970 (UTC).
    static func format(_ seconds: Int) -> String {
        let (days, secondOfDay) = CalendarDate.dayAndSecond(secondsSince1970: seconds)
        let (year, month, day) = CalendarDate.civil(daysSince1970: days)
        let weekday = weekdays[((days % 7) + 7) % 7]
        return "\(weekday), \(twoDigits(day)) \(months[month - 1]) \(year) "
            + "\(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay / 60 % 60)):\(twoDigits(secondOfDay % 60)) GMT"
    }

    /// Seconds since 1970 of an IMF-fixdate; `nil` for anything else (the obsolete RFC 850 and
    /// asctime forms included: an unreadable `If-Modified-Since` is ignored, which is always safe).
    static func parse(_ text: String) -> Int? {
        let fields = text.split(separator: " ")
        guard fields.count == 6, fields[0].hasSuffix(","), fields[5] == "GMT",
              let day = Int(fields[1]), let monthIndex = months.firstIndex(where: { $0 == fields[2] }),
              let year = Int(fields[3]) else { return nil }
        let clock = fields[4].split(separator: ":")
        guard clock.count == 3, let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
              (0..<24).contains(hour), (0..<60).contains(minute), (0...60).contains(second), (1...31).contains(day) else { return nil }
        return CalendarDate.daysSince1970(year: year, month: monthIndex + 1, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
