import Glibc
import Synchronization

/// Hands out the indices 0..<count, each once, to threads sharing a job.
final class WorkCursor: Sendable {
    let count: Int
    private let next = Atomic<Int>(0)

    init(count: Int) { self.count = count }

    func take() -> Int? {
        let index = next.add(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }

    /// One thread per CPU (at most 4), but none beyond one per `itemsPerThread` items.
    static func threadCount(items: Int, itemsPerThread: Int) -> Int {
        max(1, min(system_sysconf(Int32(_SC_NPROCESSORS_ONLN)) ?? 1, items / itemsPerThread, 4))
    }
}
