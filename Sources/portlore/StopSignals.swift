#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM, blocked on creation and collected between polls.
struct StopSignals {
    private var set = sigset_t()

    init() {
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Waits until the monotonic time `deadline`; returns the signal's name if one came first.
    func wait(until deadline: Double) -> String? {
        var set = self.set
        while true {
            let remaining = deadline - MonotonicClock.now
            guard remaining > 0 else {
                // Collect a signal that arrived during the poll without waiting.
                var zero = timespec(tv_sec: 0, tv_nsec: 0)
                let signal = sigtimedwait(&set, nil, &zero)
                return signal > 0 ? Self.name(signal) : nil
            }
            var timeout = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - remaining.rounded(.down)) * 1e9))
            let signal = sigtimedwait(&set, nil, &timeout)
            if signal > 0 { return Self.name(signal) }
            if errno == EAGAIN { return nil }
            // EINTR: another signal interrupted the wait; wait for the rest.
        }
    }

    private static func name(_ signal: Int32) -> String {
        signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)"
    }
}
