/// Dates as each language writes them. English pages keep IANA's `2019-10-30`; Thai pages say
/// `30 ต.ค. 2019`: Thai month abbreviations and the Common Era year, the same year IANA's notes
/// and every data value on the page carry (a Buddhist-era year beside them would read as a
/// second, different date).
enum SiteDate {
    static let thaiMonths = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

    /// `YYYY-MM-DD` or `YYYY-MM` in `language`; anything else unchanged.
    static func format(_ date: String, _ language: Language) -> String {
        guard language == .thai else { return date }
        let parts = date.split(separator: "-")
        guard parts.count >= 2, parts[0].count == 4, let month = Int(parts[1]), (1...12).contains(month) else { return date }
        let monthName = thaiMonths[month - 1]
        if parts.count == 3, let day = Int(parts[2]) {
            return "\(day) \(monthName) \(parts[0])"
        }
        return "\(monthName) \(parts[0])"
    }
}
