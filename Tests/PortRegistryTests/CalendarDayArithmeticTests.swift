import PortRegistry
import Testing

/// The one civil-date algorithm (days since 1970 <-> year, month, day), checked against dates
/// whose day numbers are known independently (`date -u -d DAY +%s` / 86,400).
struct CalendarDayArithmeticTests {
    @Test(arguments: [
        (0, 1970, 1, 1),
        (11_016, 2000, 2, 29),
        (18_199, 2019, 10, 30),
        (8_217, 1992, 7, 1),
        (-1, 1969, 12, 31),
        (-25_567, 1900, 1, 1),
        (-719_468, 0, 3, 1),
        (2_932_896, 9999, 12, 31),
    ])
    func knownDays(days: Int, year: Int, month: Int, day: Int) {
        #expect(CalendarDate.daysSince1970(year: year, month: month, day: day) == days)
        let civil = CalendarDate.civil(daysSince1970: days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }

    @Test func everyDayRoundTripsAndFollowsTheDayBefore() {
        var previous = CalendarDate.civil(daysSince1970: -200_000)
        for days in -199_999...200_000 {
            let civil = CalendarDate.civil(daysSince1970: days)
            #expect(CalendarDate.daysSince1970(year: civil.year, month: civil.month, day: civil.day) == days)
            let isNextDay = civil.day == previous.day + 1 && civil.month == previous.month && civil.year == previous.year
            let isNextMonth = civil.day == 1 && (civil.month == previous.month + 1 && civil.year == previous.year
                || civil.month == 1 && previous.month == 12 && civil.year == previous.year + 1)
            if !(isNextDay || isNextMonth) {
                Issue.record("day \(days) is \(civil) after \(previous)")
                return
            }
            previous = civil
        }
    }

    @Test func momentsSplitIntoDayAndSecond() {
        #expect(CalendarDate.dayAndSecond(secondsSince1970: 0) == (0, 0))
        #expect(CalendarDate.dayAndSecond(secondsSince1970: 1_572_393_600 + 3_723) == (18_199, 3_723))
        #expect(CalendarDate.dayAndSecond(secondsSince1970: -1) == (-1, 86_399))
        #expect(CalendarDate.dayAndSecond(secondsSince1970: -86_400) == (-1, 0))
    }

    @Test func dayTextIsZeroPadded() {
        #expect(CalendarDate.dayText(daysSince1970: 0) == "1970-01-01")
        #expect(CalendarDate.dayText(daysSince1970: 18_199) == "2019-10-30")
        #expect(CalendarDate.dayText(daysSince1970: 11_016) == "2000-02-29")
    }
}
