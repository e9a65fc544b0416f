import PortloreSystem
import Glibc
import SystemPackage

/// Runs work inside another network namespace.
///
/// `setns(CLONE_NEWNET)` moves only the calling thread, and a thread that has
/// entered a namespace must never go back to a pool: so each call creates its own
/// pthread, enters the namespace there, runs the work, and is joined. Never a
/// Swift concurrency thread.
enum NamespaceThread {
    /// `CLONE_NEWNET` from <sched.h>.
    static let cloneNewNet: Int32 = 0x4000_0000

    static func run<Value>(
        in path: String, _ work: @escaping () throws(InventoryError) -> Value
    ) throws(InventoryError) -> Value {
        let namespace: FileDescriptor
        switch path.withCString({ system_openat(nil, $0, O_RDONLY) }) {
        case .success(let descriptor): namespace = descriptor
        case .failure(let error): throw .cannotEnterNamespace(path: path, error)
        }
        defer { system_close(namespace) }

        let outcome = Outcome<Value>()
        let ran = JoinedThreads.runAlone {
            if case .failure(let error) = system_setns(namespace, cloneNewNet) {
                outcome.result = .failure(.cannotEnterNamespace(path: path, error))
                return
            }
            do throws(InventoryError) {
                outcome.result = .success(try work())
            } catch {
                outcome.result = .failure(error)
            }
        }
        if case .failure(let error) = ran { throw .threadUnavailable(error) }
        guard let result = outcome.result else {
            throw .cannotEnterNamespace(path: path, .noSuchProcess)
        }
        return try result.get()
    }

    /// The thread's result, written by the thread before it ends and read after
    /// the thread is joined: `@unchecked Sendable` because the join orders the
    /// thread's one write before the caller's read, and nothing else touches it.
    private final class Outcome<Value>: @unchecked Sendable {
        var result: Result<Value, InventoryError>?
    }
}
