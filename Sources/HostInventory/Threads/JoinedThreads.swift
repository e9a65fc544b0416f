import Glibc
import SystemPackage

/// Runs work on pthreads of our own and joins them before returning, so that
/// HostInventory stays synchronous and never blocks (or `setns`es) a Swift
/// concurrency thread.
enum JoinedThreads {
    /// Runs `bodies[0]` on the calling thread and each other body on a new pthread,
    /// concurrently; returns when all have finished. A body whose thread cannot be
    /// started runs on the calling thread instead.
    ///
    /// Each new thread starts on a CPU other than the caller's, then may run
    /// anywhere the caller may. Left to itself, Linux often queues a new thread
    /// behind its busy creator, on the same CPU, until the next balancing tick moves
    /// it (4 ms at HZ=250, measured 0.8-3.7 ms), while the other CPU idles.
    static func run(_ bodies: [() -> Void]) {
        let placement = Placement(threads: bodies.count - 1)
        var started: [pthread_t] = []
        for (index, body) in bodies.dropFirst().enumerated() {
            switch start(body, placement: placement, index: index) {
            case .success(let thread): started.append(thread)
            case .failure: body()
            }
        }
        bodies.first?()
        for thread in started { system_pthread_join(thread) }
    }

    /// Runs `body` on a new pthread and waits for it.
    static func runAlone(_ body: @escaping () -> Void) -> Result<Void, Errno> {
        start(body, placement: nil, index: 0).map(system_pthread_join)
    }

    /// The CPUs new threads start on: those the caller may use, after the one it is on.
    struct Placement {
        let allowed: CPUSet
        let starts: [Int32]

        /// Nil when there is no other CPU to start on.
        init?(threads: Int) {
            guard threads > 0, let allowed = system_sched_getaffinity(), let current = system_sched_getcpu()
            else { return nil }
            let cpus = allowed.members
            guard cpus.count > 1, let here = cpus.firstIndex(of: current) else { return nil }
            self.allowed = allowed
            starts = (0..<threads).map { cpus[(here + 1 + $0 % (cpus.count - 1)) % cpus.count] }
        }
    }

    private static func start(_ body: @escaping () -> Void, placement: Placement?, index: Int) -> Result<pthread_t, Errno> {
        let job: Job
        if let placement {
            // Born on its start CPU, the thread then takes back the caller's CPUs.
            job = Job { [allowed = placement.allowed] in
                system_sched_setaffinity(allowed)
                body()
            }
        } else {
            job = Job(body)
        }
        let context = Unmanaged.passRetained(job).toOpaque()
        let started = system_pthread_create({ context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context, cpus: placement.map { CPUSet.only($0.starts[index]) })
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
