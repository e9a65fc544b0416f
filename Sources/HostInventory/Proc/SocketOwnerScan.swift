import Glibc
import Synchronization
import SystemPackage

/// One listener held by one process: `listener` indexes the listeners the scan was given.
struct ListenerClaim: Sendable, Equatable {
    var listener: Int32
    var pid: Int32
}

/// Finds which processes hold which listeners, in one pass over /proc/*/fd, and
/// reads those processes' details on the way.
///
/// Each descriptor costs one `readlinkat` ("socket:[31337]"): this is the main
/// cost of a snapshot (about 2/3 of it with 20,000 listeners), so the pass uses
/// directory descriptors and a reused buffer instead of building strings, and
/// shares the PIDs among one thread per CPU. Socket inodes are global, so one pass
/// serves every network namespace.
///
/// The listeners are not known when the pass starts: the calling thread asks
/// sock_diag for them while the other threads read descriptors, then publishes
/// them and joins. Until then a thread keeps each process's socket inodes aside;
/// afterwards it matches them at once and reads the details of a process that holds
/// a listener while its core is still busy with the scan, so nothing is left to do
/// on one core at the end.
enum SocketOwnerScan {
    /// Below this many processes a second thread costs more than it saves.
    static let pidsPerExtraThread = 64
    /// The cap the owner scan has had since it first ran on several threads.
    static let maximumThreads = 4

    struct Outcome {
        /// Every (listener, PID) pair found, grouped by process; a process holding a
        /// listener through several descriptors (after `dup`) appears once per descriptor.
        var claims: [ListenerClaim] = []
        /// The details of each process in `claims` that was still there to read.
        var processes: [ProcessDetails] = []
        /// Listings of a socket listed before: `claims` name only the first listing.
        var twins: [Twin] = []
        /// Processes whose descriptors could not be read (EACCES): not ours when not root,
        /// or shielded from root too (PID 1 in some sandboxes, an LSM policy).
        var unreadable: [Int32] = []
    }

    /// A socket's second listing (`listing`) and its first (`original`), as indices.
    struct Twin: Sendable, Equatable {
        var listing: Int
        var original: Int
    }

    /// - Parameter query: runs on the calling thread while other threads start the
    ///   scan; returns the inodes of the listeners to find owners for (a claim's
    ///   `listener` is an index into it; 0 is never matched), or nil to stop the scan.
    ///   - queryFirst: runs `query` before the scan starts, and scans only when it found
    ///   a listener. For narrow queries (`portlore 1302`): their dump is quick and most
    ///   often finds nothing, and then no thread is started and no /proc/*/fd is read.
    ///   - board: what the threads share; a test passes its own to watch it.
    static func owners(alongside query: () -> [UInt64]?, queryFirst: Bool = false, board: Board = Board()) -> Outcome {
        if queryFirst {
            guard let inodes = query(), inodes.contains(where: { $0 != 0 }) else { return Outcome() }
            return owners(alongside: { inodes }, board: board)
        }
        guard let proc = try? Directory("/proc") else {
            _ = query()
            return Outcome()
        }
        var pids: [Int32] = []
        proc.forEachEntry { entry in
            if let pid = entry.decimalValue { pids.append(pid) }
        }
        let cursor = WorkCursor(count: pids.count)
        let threadCount = ThreadBudget.threads(items: pids.count, itemsPerThread: pidsPerExtraThread, maximum: maximumThreads)
        let workers = (0..<threadCount).map { _ in Worker(pids: pids, cursor: cursor, proc: proc.descriptor, board: board) }
        withoutActuallyEscaping(query) { query in
            var bodies: [() -> Void] = workers.map { worker in { worker.scan() } }
            let first = workers[0]
            bodies[0] = {
                first.publish(query().flatMap(Wanted.init), on: board)
                first.scan()
            }
            JoinedThreads.run(bodies)
        }
        guard workers.count > 1 else { return workers[0].outcome }
        var outcome = Outcome()
        for worker in workers {
            outcome.claims.append(contentsOf: worker.outcome.claims)
            outcome.processes.append(contentsOf: worker.outcome.processes)
            outcome.twins.append(contentsOf: worker.outcome.twins)
            outcome.unreadable.append(contentsOf: worker.outcome.unreadable)
        }
        outcome.unreadable.sort()
        return outcome
    }

    /// The listeners to match, and the reader of their holders' details.
    final class Wanted: Sendable {
        let listenerByInode: InodeTable
        let twins: [Twin]
        let reader: ProcessInfoReader

        /// Nil when there is nothing to look for (no listeners, or /proc unreadable).
        init?(_ inodes: [UInt64]) {
            var twins: [Twin] = []
            let listenerByInode = InodeTable(inodes, twins: &twins)
            guard listenerByInode.count > 0, let reader = try? ProcessInfoReader() else { return nil }
            self.listenerByInode = listenerByInode
            self.twins = twins
            self.reader = reader
        }
    }

    /// A process scanned before the listeners were known, with its socket inodes.
    struct SetAside: Sendable {
        var pid: Int32
        var inodes: [UInt64]
    }

    /// What the threads share: whether the listeners are known yet.
    final class Board: Sendable {
        enum State {
            case waiting([SetAside])
            case ready(Wanted)
            case stopped
        }

        let state = Mutex(State.waiting([]))
    }

    /// One thread's share of the scan.
    ///
    /// `@unchecked Sendable`: each worker is used by exactly one thread while the
    /// scan runs (what threads share goes through `Board`'s mutex and `WorkCursor`'s
    /// atomic), and read by the caller only after `JoinedThreads.run` joined it.
    final class Worker: @unchecked Sendable {
        let pids: [Int32]
        let cursor: WorkCursor
        let proc: FileDescriptor
        let board: Board
        var outcome = Outcome()
        /// Known once the calling thread published the listeners.
        private var wanted: Wanted?

        init(pids: [Int32], cursor: WorkCursor, proc: FileDescriptor, board: Board) {
            self.pids = pids
            self.cursor = cursor
            self.proc = proc
            self.board = board
        }

        /// Makes the listeners known to every thread (nil: stop the scan), then matches
        /// the processes the others set aside meanwhile.
        func publish(_ wanted: Wanted?, on board: Board) {
            let setAside = board.state.withLock { state -> [SetAside] in
                guard case .waiting(let setAside) = state else { return [] }
                state = wanted.map(Board.State.ready) ?? .stopped
                return setAside
            }
            guard let wanted else { return }
            self.wanted = wanted
            outcome.twins = wanted.twins
            for process in setAside { claim(process.inodes, for: process.pid, wanted) }
        }

        func scan() {
            let link = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 64)
            defer { link.deallocate() }
            let fdPath = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 32)
            defer { fdPath.deallocate() }
            var inodes: [UInt64] = []
            while let index = cursor.take() {
                if wanted == nil && isStopped { return }
                let pid = pids[index]
                // "PID/fd", relative to /proc.
                var length = 0
                for byte in "\(pid)/fd".utf8 {
                    fdPath[length] = CChar(bitPattern: byte)
                    length += 1
                }
                fdPath[length] = 0
                // ENOENT (it left) is skipped silently; EACCES is counted, since a
                // socket that process holds must then read "owner hidden", not "no process".
                inodes.removeAll(keepingCapacity: true)
                var denied = false
                do {
                    let descriptors = try Directory(UnsafePointer(fdPath.baseAddress!), relativeTo: proc)
                    descriptors.forEachEntry { name in
                        switch system_readlinkat(descriptors.descriptor, name, link) {
                        case .success(let count):
                            if let inode = socketInode(UnsafeBufferPointer(rebasing: link[..<count])) { inodes.append(inode) }
                        case .failure(let error):
                            if error == .permissionDenied { denied = true }
                        }
                    }
                } catch {
                    denied = error == .permissionDenied
                }
                if denied { outcome.unreadable.append(pid) }
                if inodes.isEmpty { continue }
                if wanted == nil {
                    switch decide(pid, inodes) {
                    case .setAside: continue
                    case .match(let known): wanted = known
                    case .stop: return
                    }
                }
                claim(inodes, for: pid, wanted!)
            }
        }

        private enum Decision {
            case setAside
            case match(Wanted)
            case stop
        }

        /// Before the listeners are known: sets `pid`'s sockets aside for the publisher to match.
        private func decide(_ pid: Int32, _ inodes: [UInt64]) -> Decision {
            board.state.withLock { state in
                switch state {
                case .waiting(var setAside):
                    state = .stopped  // Lets `setAside` be the array's only reference: no copy on append.
                    setAside.append(SetAside(pid: pid, inodes: inodes))
                    state = .waiting(setAside)
                    return .setAside
                case .ready(let wanted):
                    return .match(wanted)
                case .stopped:
                    return .stop
                }
            }
        }

        /// True once the publisher found nothing to look for.
        private var isStopped: Bool {
            board.state.withLock { state in
                if case .stopped = state { return true }
                return false
            }
        }

        /// Records which of `pid`'s sockets are wanted listeners and, if any, reads its details.
        private func claim(_ inodes: [UInt64], for pid: Int32, _ wanted: Wanted) {
            var holdsOne = false
            for inode in inodes {
                guard let listener = wanted.listenerByInode.listener(of: inode) else { continue }
                outcome.claims.append(ListenerClaim(listener: listener, pid: pid))
                holdsOne = true
            }
            if holdsOne, let details = wanted.reader.details(of: pid) { outcome.processes.append(details) }
        }
    }

    /// The inode in a "socket:[31337]" link target, or nil for any other target.
    static func socketInode(_ target: UnsafeBufferPointer<CChar>) -> UInt64? {
        LinkTarget.inode(target, kind: "socket")
    }
}
