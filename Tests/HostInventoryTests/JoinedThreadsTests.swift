import Glibc
import Synchronization
import Testing
@testable import HostInventory

/// Threads `SocketOwnerScan` starts: each body runs once, and a thread started on
/// another CPU is not left confined to it.
struct JoinedThreadsTests {
    @Test("every body runs once, the first on the calling thread", arguments: [1, 2, 5])
    func runsEveryBody(_ count: Int) {
        let runs = Mutex([Int](repeating: 0, count: count))
        let caller = pthread_self()
        let onCaller = Atomic<Bool>(false)
        JoinedThreads.run((0..<count).map { index in
            {
                runs.withLock { $0[index] += 1 }
                if index == 0 { onCaller.store(pthread_equal(pthread_self(), caller) != 0, ordering: .relaxed) }
            }
        })
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: count))
        let ranOnCaller = onCaller.load(ordering: .relaxed)
        #expect(ranOnCaller)
    }

    @Test("a new thread may run on every CPU the caller may")
    func threadsKeepTheCallersCPUs() throws {
        let allowed = try #require(system_sched_getaffinity()).members
        let seen = Mutex<[[Int32]]>([])
        JoinedThreads.run([{}] + (0..<3).map { _ in { seen.withLock { $0.append(system_sched_getaffinity()?.members ?? []) } } })
        #expect(seen.withLock { $0 } == [[Int32]](repeating: allowed, count: 3))
    }

    @Test("new threads start on the CPUs after the caller's, never on it")
    func placement() throws {
        guard let placement = JoinedThreads.Placement(threads: 3) else {
            // One CPU allowed: nothing to place.
            #expect(try #require(system_sched_getaffinity()).members.count <= 1)
            return
        }
        let cpus = placement.allowed.members
        #expect(placement.starts.count == 3)
        #expect(placement.starts.allSatisfy(cpus.contains))
        #expect(Set(placement.starts).count == min(3, cpus.count - 1))
    }
}
