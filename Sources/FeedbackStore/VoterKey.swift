import PortRegistry

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
        CalendarDate.dayText(daysSince1970: CalendarDate.dayAndSecond(secondsSince1970: Int(seconds)).days)
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
