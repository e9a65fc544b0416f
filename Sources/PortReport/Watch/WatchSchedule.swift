/// When `portlore watch` polls: at fixed multiples of the interval after the start, not
/// "interval after the last poll ended", so slow polls do not stretch the gaps. A poll that
/// overran its slot is followed at once by the next one due, never by a burst of missed ones.
///
/// With polls at most one interval apart, a listener that lives one interval spans a poll; the
/// issue asks that none living two intervals be missed, which leaves a whole interval of
/// margin for a poll's own duration and the scheduler's lateness.
public struct WatchSchedule: Sendable, Equatable {
    public let start: Double
    public let interval: Double
    public private(set) var nextIndex: Int = 1

    public init(start: Double, interval: Double) {
        precondition(interval > 0, "a watch interval must be positive")
        self.start = start
        self.interval = interval
    }

    /// The time of the next poll after one finished at `now`; skips slots already past.
    public mutating func nextPoll(after now: Double) -> Double {
        let due = start + Double(nextIndex) * interval
        if due <= now {
            // The slot that just passed is due now: poll at once, then keep to the grid.
            nextIndex = Int(((now - start) / interval).rounded(.down)) + 1
            return now
        }
        nextIndex += 1
        return due
    }
}
