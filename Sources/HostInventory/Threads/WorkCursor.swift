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
}
