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
        let job = Job {
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
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            let job = Unmanaged<Job>.fromOpaque(context!).takeRetainedValue()
            job.body()
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            throw .threadUnavailable(Errno(rawValue: created))
        }
        pthread_join(thread, nil)
        guard let result = outcome.result else {
            throw .cannotEnterNamespace(path: path, .noSuchProcess)
        }
        return try result.get()
    }

    /// The thread's entry work.
    ///
    /// `@unchecked Sendable`: it is handed to exactly one pthread, and the caller
    /// blocks in `pthread_join` until that thread has finished with it, so no two
    /// threads ever touch it at once and the join orders every access.
    private final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// The thread's result, written by the thread before it ends and read after
    /// `pthread_join`: `@unchecked Sendable` for the same reason as `Job`.
    private final class Outcome<Value>: @unchecked Sendable {
        var result: Result<Value, InventoryError>?
    }
}
