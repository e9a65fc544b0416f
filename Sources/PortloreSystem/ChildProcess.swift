#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import SystemPackage

/// Runs a program to its end and collects what it wrote: the one place portlore starts a
/// process (today only curl(1), for `registry update`).
///
/// The child gets stdin from /dev/null, stdout and stderr into pipes (no temporary file, so
/// `$TMPDIR` has nothing to hold), default signal dispositions and an empty signal mask: a
/// blocked or ignored SIGPIPE would let it outlive us. With `dieWithParent`, it runs under
/// `setpriv --pdeathsig KILL` (util-linux) when setpriv is installed, so the kernel kills it the
/// moment portlore dies, even by SIGKILL.
package enum ChildProcess {
    /// How the child ended.
    package enum Termination: Equatable, Sendable {
        /// It exited with this status (127: the program was not found, as a shell says it).
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
    }

    package struct Outcome: Sendable {
        /// Its standard output, at most `outputLimit` bytes.
        package var output: [UInt8]
        /// True when it wrote more than `outputLimit` bytes: it was killed at that point.
        package var outputOverflowed: Bool
        /// Its standard error, at most 1 MiB.
        package var errorOutput: [UInt8]
        package var termination: Termination
    }

    package enum Failure: Error, Equatable, Sendable {
        /// The program (or setpriv) is not installed.
        case notFound(String)
        /// pipe, posix_spawn, read or waitpid failed.
        case system(call: String, Errno)
    }

    static let setprivCandidates = ["/usr/bin/setpriv", "/bin/setpriv"]
    static let errorOutputLimit = 1 << 20

    /// Starts `arguments[0]` (looked up in `$PATH`), reads its stdout to the end (killing it past
    /// `outputLimit` bytes), then its stderr, and waits for it.
    package static func run(_ arguments: [String], outputLimit: Int, dieWithParent: Bool) throws(Failure) -> Outcome {
        let wrapper = dieWithParent ? setprivCandidates.first { access($0, X_OK) == 0 } : nil
        let command = wrapper.map { [$0, "--pdeathsig", "KILL", "--"] + arguments } ?? arguments
        let output = try pipe()
        let errors: (readEnd: FileDescriptor, writeEnd: FileDescriptor)
        do throws(Failure) { errors = try pipe() } catch {
            system_close(output.readEnd); system_close(output.writeEnd)
            throw error
        }
        let spawned = spawn(command, output: output.writeEnd, errors: errors.writeEnd)
        system_close(output.writeEnd)
        system_close(errors.writeEnd)
        let pid: pid_t
        switch spawned {
        case .success(let child): pid = child
        case .failure(let error):
            system_close(output.readEnd); system_close(errors.readEnd)
            if error == .noSuchFileOrDirectory { throw .notFound(command[0]) }
            throw .system(call: "posix_spawn", error)
        }
        var outputBytes: [UInt8] = []
        var overflowed = false
        var readFailure: Errno?
        do throws(FileError) {
            outputBytes = try FileContents.readToEnd(output.readEnd, path: command[0], limit: outputLimit)
        } catch {
            switch error.reason {
            case .grewPast: overflowed = true
            case .system(let errno): readFailure = errno
            default: readFailure = .ioError
            }
        }
        system_close(output.readEnd)
        if overflowed || readFailure != nil { _ = kill(pid, SIGKILL) }
        // stderr is a line or two; what passes 1 MiB is dropped, and the rest drained so the child can end.
        let errorBytes = (try? FileContents.readToEnd(errors.readEnd, path: command[0], limit: errorOutputLimit)) ?? []
        system_close(errors.readEnd)
        let termination = try wait(pid)
        if let readFailure { throw .system(call: "read", readFailure) }
        return Outcome(output: outputBytes, outputOverflowed: overflowed, errorOutput: errorBytes, termination: termination)
    }

    /// A pipe whose ends are closed on exec (only the duplicates on 1 and 2 reach the child).
    private static func pipe() throws(Failure) -> (readEnd: FileDescriptor, writeEnd: FileDescriptor) {
        do throws(Errno) { return try FileDescriptor.pipe(options: .closeOnExec) } catch { throw .system(call: "pipe", error) }
    }

    private static func spawn(_ command: [String], output: FileDescriptor, errors: FileDescriptor) -> Result<pid_t, Errno> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.rawValue, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.rawValue, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        var cArguments = command.map { strdup($0) }
        cArguments.append(nil)
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, cArguments, environ)
        return spawned == 0 ? .success(pid) : .failure(Errno(rawValue: spawned))
    }

    private static func wait(_ pid: pid_t) throws(Failure) -> Termination {
        var status: Int32 = 0
        if case .failure(let error) = valueOrErrno({ waitpid(pid, &status, 0) }) { throw .system(call: "waitpid", error) }
        return termination(waitStatus: status)
    }

    /// Decodes a `waitpid` status: WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot
    /// import. The low 7 bits are the terminating signal, 0 for a normal exit, whose status is
    /// the next 8 bits.
    package static func termination(waitStatus status: Int32) -> Termination {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}
