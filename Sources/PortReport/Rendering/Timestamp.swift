import PortRegistry

/// Formats seconds since the epoch as UTC ISO 8601 without Foundation's calendars
/// (the binary links FoundationEssentials only).
public enum Timestamp {
    public static func iso8601(_ seconds: Double) -> String {
        let (days, secondsOfDay) = CalendarDate.dayAndSecond(secondsSince1970: Int(seconds.rounded(.down)))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return CalendarDate.dayText(daysSince1970: days)
            + "T\(two(secondsOfDay / 3600)):\(two(secondsOfDay % 3600 / 60)):\(two(secondsOfDay % 60))Z"
    }
}

extension Timestamp {
    /// Today's UTC date, `YYYY-MM-DD`.
    public static func today(now seconds: Double) -> String {
        String(iso8601(seconds).prefix(10))
    }
}
