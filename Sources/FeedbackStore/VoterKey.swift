#if canImport(Glibc)
import Glibc
#endif

/// The key that counts one vote per client per port per UTC day without storing who voted:
/// hex SHA-256 of the store's salt, the client address, the port and the day. The address is
/// hashed here and goes no further.
public enum VoterKey {
    public static func make(salt: [UInt8], clientAddress: String, port: Int, day: String) -> String {
        var message = salt
        // Separators no address, port or day contains, so that fields cannot run into each other.
        message.append(0)
        message.append(contentsOf: Array(clientAddress.utf8))
        message.append(0)
        message.append(contentsOf: Array(String(port).utf8))
        message.append(0)
        message.append(contentsOf: Array(day.utf8))
        return SHA256.hash(message).hexString
    }

    /// The UTC day of a moment given in seconds since 1970, as `2026-12-01`.
    public static func utcDay(secondsSince1970 seconds: Int64) -> String {
        // Days since 1970-01-01 to civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Today's UTC day.
    public static func today() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return utcDay(secondsSince1970: Int64(now.tv_sec))
    }

    /// 32 random bytes for a new store's salt, from the system's cryptographically secure
    /// generator (getrandom(2) on Linux).
    static func randomSalt() throws(FeedbackStoreError) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
