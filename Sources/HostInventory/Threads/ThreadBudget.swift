import Glibc

/// How many threads share one job: portlore's one thread-count policy, used by the owner scan
/// (HostInventory's pthreads) and by PortReport's listing (judging and writing `ls --json`).
///
/// One thread per online CPU, never more than the job can use (one per `itemsPerThread`
/// items) nor than `maximum`, and always at least one. More threads than CPUs only add
/// switches: every such job is CPU-bound or waits on the same /proc locks.
public enum ThreadBudget {
    /// Online CPUs, read once (`sysconf(_SC_NPROCESSORS_ONLN)`).
    public static let processors = max(1, system_sysconf(Int32(_SC_NPROCESSORS_ONLN)) ?? 1)

    public static func threads(items: Int, itemsPerThread: Int, maximum: Int) -> Int {
        max(1, min(processors, items / max(1, itemsPerThread), maximum))
    }
}
