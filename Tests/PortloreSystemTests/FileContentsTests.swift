import Glibc
import PortloreSystem
import Testing

/// The one whole-file reader: /proc files to their end, limits, and files that are not files.
struct FileContentsTests {
    /// /proc/net/tcp says it holds 0 bytes (`stat`), and lists every socket only when read until
    /// `read` returns 0: 300 listeners of this process make it about 45 KB, all of them present.
    @Test func readsAProcFileToItsEnd() throws {
        var descriptors: [Int32] = []
        defer { descriptors.forEach { _ = close($0) } }
        var ports: Set<UInt16> = []
        for _ in 0..<300 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            try #require(descriptor >= 0)
            descriptors.append(descriptor)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, $0, &length) == 0
                }
            }
            try #require(bound)
            ports.insert(UInt16(bigEndian: address.sin_port))
        }
        var status = stat()
        #expect(stat("/proc/net/tcp", &status) == 0 && status.st_size == 0, "stat gives no size to trust")
        let bytes = try FileContents.read("/proc/net/tcp")
        #expect(bytes.count > 4096 * 4)
        // "  12: 0100007F:1F90 00000000:0000 0A ...": the local port is the hex after the first colon pair.
        var listed: Set<UInt16> = []
        for line in bytes.split(separator: 0x0A).dropFirst() {
            let fields = line.split(separator: 0x20)
            guard fields.count > 3, fields[3] == Array("0A".utf8)[...],
                  let colon = fields[1].firstIndex(of: UInt8(ascii: ":")),
                  let port = UInt16(String(decoding: fields[1][(colon + 1)...], as: UTF8.self), radix: 16) else { continue }
            listed.insert(port)
        }
        #expect(ports.isSubset(of: listed), "\(ports.subtracting(listed).count) of our 300 listeners missing")
    }

    @Test func refusesWhatIsNotARegularFileBeforeReading() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.path + "/fifo"
        try #require(mkfifo(fifo, 0o600) == 0)
        #expect(throws: FileError(path: fifo, reason: .notRegularFile(kind: "a FIFO"))) {
            try FileContents.read(fifo, limit: 100, regularFileOnly: true)
        }
        #expect(throws: FileError(path: "/dev/zero", reason: .notRegularFile(kind: "a character device"))) {
            try FileContents.read("/dev/zero", limit: 100, regularFileOnly: true)
        }
        #expect(throws: FileError(path: directory.path, reason: .notRegularFile(kind: "a directory"))) {
            try FileContents.read(directory.path, limit: 100, regularFileOnly: true)
        }
    }

    @Test func limitsAndPrefixes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/ten"
        try AtomicFile.write(Array("0123456789".utf8), to: path)
        #expect(try FileContents.read(path, limit: 10, regularFileOnly: true) == Array("0123456789".utf8))
        #expect(throws: FileError(path: path, reason: .largerThan(size: 10, limit: 9))) {
            try FileContents.read(path, limit: 9, regularFileOnly: true)
        }
        // Without the size check (a pipe, a /proc file), the limit counts bytes as they arrive.
        #expect(throws: FileError(path: path, reason: .grewPast(9))) { try FileContents.read(path, limit: 9) }
        #expect(try FileContents.prefix(path, count: 4) == Array("0123".utf8))
        #expect(try FileContents.prefix(path, count: 4096) == Array("0123456789".utf8))
        #expect(throws: FileError.self) { try FileContents.prefix(path + ".missing", count: 4) }
    }
}

/// A directory under $TMPDIR (or /tmp) removed with its files when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array(((ProcessEnvironment.value("TMPDIR") ?? "/tmp") + "/portlore-system-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { throw TemporaryDirectoryError() }
        path = String(cString: made)
    }

    deinit {
        for name in DirectoryEntries.names(in: path) { _ = unlink(path + "/" + name) }
        _ = rmdir(path)
    }

    struct TemporaryDirectoryError: Error {}
}
