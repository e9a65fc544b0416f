/// Day arithmetic of the proleptic Gregorian calendar, in whole days since 1970-01-01 (UTC), after
/// Howard Hinnant's `days_from_civil` and `civil_from_days`. This is the one copy: the timestamps
/// and dates the renderers, the HTTP validators and the feedback store print all come from here,
/// so that none of them needs Foundation's calendars (the binary links FoundationEssentials only).
extension CalendarDate {
    /// Days from 1970-01-01 to `year-month-day`, negative before 1970. The values are not
    /// checked: the 31st of a 30-day month counts as the 1st of the next month.
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year  // years run March to February here
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The year, month (1-12) and day (1-31) of a day count from 1970-01-01.
    public static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day (since 1970-01-01) a moment falls on and the second of that day (0-86,399); a moment
    /// before 1970 falls on a negative day, never on a negative second.
    public static func dayAndSecond(secondsSince1970 seconds: Int) -> (days: Int, secondOfDay: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (days, seconds - days * 86_400)
    }

    /// `YYYY-MM-DD` of a day count from 1970-01-01.
    public static func dayText(daysSince1970 days: Int) -> String {
        let (year, month, day) = civil(daysSince1970: days)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
