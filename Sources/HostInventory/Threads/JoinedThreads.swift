import Glibc
import SystemPackage

/// Runs work on pthreads of our own and joins them before returning, so that
/// HostInventory stays synchronous and never blocks (or `setns`es) a Swift
/// concurrency thread.
enum JoinedThreads {
    /// Runs `bodies[0]` on the calling thread and each other body on a new pthread,
    /// concurrently; returns when all have finished. A body whose thread cannot be
    /// started runs on the calling thread instead.
    static func run(_ bodies: [() -> Void]) {
        var started: [pthread_t] = []
        for body in bodies.dropFirst() {
            switch start(body) {
            case .success(let thread): started.append(thread)
            case .failure: body()
            }
        }
        bodies.first?()
        for thread in started { system_pthread_join(thread) }
    }

    /// Runs `body` on a new pthread and waits for it.
    static func runAlone(_ body: @escaping () -> Void) -> Result<Void, Errno> {
        start(body).map(system_pthread_join)
    }

    private static func start(_ body: @escaping () -> Void) -> Result<pthread_t, Errno> {
        let context = Unmanaged.passRetained(Job(body)).toOpaque()
        let started = system_pthread_create({ context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        if case .failure = started { Unmanaged<Job>.fromOpaque(context).release() }
        return started
    }

    /// A thread's work.
    ///
    /// `@unchecked Sendable`: handed to exactly one pthread, and the starting
    /// thread joins that pthread before it returns, so whatever the body captured
    /// is never used by two threads at once after the join, and the join orders
    /// the thread's writes before the caller's reads. Bodies that run at the same
    /// time share only `Sendable` state (an `Atomic` cursor) or state of their own.
    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }
}
