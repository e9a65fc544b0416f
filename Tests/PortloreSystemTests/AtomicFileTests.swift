import Glibc
import PortloreSystem
import SystemPackage
import Testing

/// Files replaced whole: the old file or the new one, never half of one, and nothing left over.
struct AtomicFileTests {
    @Test func replacesAFileAndLeavesNoPartialFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/registry.plrg"
        try AtomicFile.write(Array("old".utf8), to: path)
        try AtomicFile.write(Array("new contents".utf8), to: path)
        #expect(try FileContents.read(path) == Array("new contents".utf8))
        #expect(DirectoryEntries.names(in: directory.path) == ["registry.plrg"])
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & 0o777 == 0o644)
    }

    /// A write that cannot happen changes nothing and names the path.
    @Test func aFailedWriteLeavesTheOldFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/missing-directory/file"
        #expect(throws: FileError(path: path + ".partial-\(getpid())", reason: .system(.noSuchFileOrDirectory))) {
            try AtomicFile.write([1, 2, 3], to: path)
        }
        #expect(DirectoryEntries.names(in: directory.path).isEmpty)
    }

    @Test func makesDirectoriesAndRemovesDurably() throws {
        let directory = try TemporaryDirectory()
        let nested = directory.path + "/a/b"
        try AtomicFile.makeDirectories(nested)
        try AtomicFile.makeDirectories(nested)
        try AtomicFile.write([7], to: nested + "/f")
        #expect(try AtomicFile.remove(nested + "/f"))
        #expect(try AtomicFile.remove(nested + "/f") == false, "nothing to remove is no error")
        _ = rmdir(nested)
        _ = rmdir(directory.path + "/a")
    }

    /// A writer killed between open and rename leaves `NAME.partial-PID`; the next run removes
    /// those whose process is gone and keeps a live writer's.
    @Test func removesPartialFilesOfDeadWritersOnly() throws {
        let directory = try TemporaryDirectory()
        let maximum = Int32(String(decoding: try FileContents.read("/proc/sys/kernel/pid_max").filter { $0 != 0x0A }, as: UTF8.self)) ?? 32768
        let dead = (2..<maximum).reversed().first { kill($0, 0) != 0 && errno == ESRCH }!
        for pid in [dead, getpid(), 1] {
            try AtomicFile.write([1], to: directory.path + "/registry.plrg.partial-\(pid)")
        }
        try AtomicFile.write([2], to: directory.path + "/other.partial-\(dead)")
        AtomicFile.removeAbandonedPartials(in: directory.path, of: "registry.plrg")
        #expect(Set(DirectoryEntries.names(in: directory.path)) == [
            "registry.plrg.partial-\(getpid())", "registry.plrg.partial-1", "other.partial-\(dead)",
        ])
    }
}
