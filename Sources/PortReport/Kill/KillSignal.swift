#if canImport(Glibc)
import Glibc
#endif

/// A signal `portlore kill` can send, by number and name (`SIGTERM`).
public struct KillSignal: Hashable, Sendable, CustomStringConvertible {
    public var number: Int32
    /// `SIGTERM`; `signal 42` for a number without a name here.
    public var name: String

    public static let terminate = KillSignal(number: SIGTERM, name: "SIGTERM")
    public static let kill = KillSignal(number: SIGKILL, name: "SIGKILL")

    static let named: [(String, Int32)] = [
        ("HUP", SIGHUP), ("INT", SIGINT), ("QUIT", SIGQUIT), ("ABRT", SIGABRT), ("KILL", SIGKILL),
        ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("TERM", SIGTERM), ("CONT", SIGCONT),
        ("STOP", SIGSTOP), ("TSTP", SIGTSTP), ("WINCH", SIGWINCH),
    ]

    init(number: Int32, name: String) {
        self.number = number
        self.name = name
    }

    /// `TERM`, `sigterm`, `SIGTERM` or `15`; nil for anything else (or a number outside 1-64).
    public init?(parsing text: String) {
        if let number = Int32(text) {
            guard (1...64).contains(number) else { return nil }
            self.init(number: number, name: Self.named.first { $0.1 == number }.map { "SIG" + $0.0 } ?? "signal \(number)")
            return
        }
        var upper = text.uppercased()
        if upper.hasPrefix("SIG") { upper.removeFirst(3) }
        guard let (name, number) = Self.named.first(where: { $0.0 == upper }) else { return nil }
        self.init(number: number, name: "SIG" + name)
    }

    /// The names `init(parsing:)` knows, for help and error messages.
    public static var knownNames: [String] { named.map(\.0) }

    public var description: String { name }

    /// Whether the signal's default action ends the process: after it portlore waits for the exit.
    public var stopsProcess: Bool {
        [SIGTERM, SIGKILL, SIGINT, SIGQUIT, SIGHUP, SIGABRT, SIGALRM].contains(number)
    }
}
