#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Registry {
    /// Opens a compiled registry file, as `portlore registry update` installs it, validating all
    /// of it (see `init(bytes:path:)`).
    public init(contentsOf path: String) throws(RegistryError) {
        try self.init(bytes: try RegistryFile.read(path), path: path)
    }
}

/// Reads a whole file with an `open`/`read` loop: FoundationEssentials' `Data(contentsOf:)` is
/// not linked here, and it silently truncates files whose size `stat` misreports.
enum RegistryFile {
    /// Larger than any plausible compiled registry (today's is 1.6 MB).
    static let maximumSize = 256 << 20

    static func read(_ path: String) throws(RegistryError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fileAccess(path: path, reason: String(cString: strerror(errno))) }
        defer { _ = close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fileAccess(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= maximumSize else {
                throw .corruptRegistry(path: path, reason: "it is larger than \(maximumSize >> 20) MB")
            }
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
