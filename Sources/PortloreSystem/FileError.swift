package import SystemPackage

/// Why a file could not be read or written: the failing system call's error, or a limit the
/// caller set. Each layer above turns it into its own sentence (`RegistryError.fileAccess`, ...).
package struct FileError: Error, Equatable, Sendable {
    package enum Reason: Equatable, Sendable {
        /// A system call failed (`Errno.description` is strerror's text).
        case system(Errno)
        /// The file is a directory, FIFO, device or socket where a regular file was required.
        case notRegularFile(kind: String)
        /// The file says it holds `size` bytes, more than the limit.
        case largerThan(size: Int, limit: Int)
        /// More than the limit arrived while reading (a file may grow while it is read).
        case grewPast(Int)
    }

    /// The path the failing call was given (for an atomic write, the temporary file's when that failed).
    package var path: String
    package var reason: Reason

    package init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    package init(path: String, _ errno: Errno) {
        self.init(path: path, reason: .system(errno))
    }
}

extension FileError: CustomStringConvertible {
    /// A clause for tools that print it as it is: "Data/iana/x.tsv: No such file or directory".
    package var description: String {
        switch reason {
        case .system(let errno): "\(path): \(errno)"
        case .notRegularFile(let kind): "\(path) is \(kind), not a regular file"
        case .largerThan(let size, let limit): "\(path) holds \(size) bytes, more than \(limit)"
        case .grewPast(let limit): "\(path) grew past \(limit) bytes while being read"
        }
    }
}
