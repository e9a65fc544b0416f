import Glibc
import Testing
@testable import HostInventory
import PortloreSystem

/// /proc/PID/{stat,cmdline,exe,cgroup} and /etc/passwd, fed odd captured content.
struct ProcStatParserTests {
    @Test(arguments: [
        ("4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 123456 1000000 100 18446744073709551615", "a (b) c"),
        ("4242 (tmux: server) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 123456 1000000 100", "tmux: server"),
        ("4242 (x) y)) R 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 123456 1000000 100\n", "x) y)"),
        ("4242 () S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 123456 1000000 100", ""),
    ])
    func oddNames(_ line: String, _ name: String) throws {
        let stat = try #require(ProcStat(Array(line.utf8)))
        #expect(stat == ProcStat(pid: 4242, name: name, parentPID: 1, startTicks: 123456))
    }

    @Test func truncatedLines() {
        #expect(ProcStat(Array("4242 (sh) S 1 2 3".utf8)) == nil)
        #expect(ProcStat(Array("4242 sh S 1".utf8)) == nil)
        #expect(ProcStat([]) == nil)
    }

    @Test func ownStat() throws {
        let stat = try #require(ProcStat(try FileContents.read("/proc/self/stat")))
        #expect(stat.pid == getpid())
        #expect(stat.parentPID == getppid())
    }

    @Test func bootTime() {
        let stat = "cpu  1 2 3 4\nintr 5 6\nctxt 7\nbtime 1732630000\nprocesses 9\n"
        #expect(BootTime.bootSeconds(Array(stat.utf8)) == 1_732_630_000)
        let boot = BootTime(bootSeconds: 1000, ticksPerSecond: 100)
        #expect(boot.epochSeconds(ofTicks: 250) == 1002.5)
    }
}

struct CommandLineParserTests {
    @Test(arguments: [
        ("python3\0-c\0print(1)\0", ["python3", "-c", "print(1)"]),
        ("", []),
        ("nginx: master process /usr/sbin/nginx", ["nginx: master process /usr/sbin/nginx"]),
        ("a\0\0b\0", ["a", "", "b"]),
    ])
    func arguments(_ raw: String, _ expected: [String]) {
        #expect(CommandLineParser.arguments(Array(raw.utf8)) == expected)
    }
}

struct ExecutableLinkTests {
    @Test(arguments: [
        ("/usr/bin/python3.11", "/usr/bin/python3.11", false),
        ("/tmp/x/python3 (deleted)", "/tmp/x/python3", true),
        ("/opt/my (deleted) app/bin", "/opt/my (deleted) app/bin", false),
        ("/srv/a b (deleted)", "/srv/a b", true),
    ])
    func deletedSuffix(_ target: String, _ path: String, _ deleted: Bool) {
        #expect(ExecutableLink(target: Array(target.utf8)) == ExecutableLink(path: path, isDeleted: deleted))
    }
}

struct CgroupPathTests {
    static let id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

    @Test(arguments: [
        "0::/system.slice/docker-\(id).scope",
        "0::/docker/\(id)",
        "12:pids:/docker/\(id)\n11:memory:/docker/\(id)\n",
        "0::/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1234.slice/cri-containerd-\(id).scope",
        "0::/kubepods/besteffort/pod5b4c3d2e-1f0a-4b9c-8d7e-6f5a4b3c2d1e/\(id)",
        "0::/machine.slice/libpod-\(id).scope/container",
        "0::/kubepods.slice/kubepods-pod1.slice/crio-\(id.uppercased()).scope",
    ])
    func containerIDs(_ file: String) throws {
        let path = try #require(CgroupPath.path(Array(file.utf8)))
        #expect(CgroupPath.containerID(path) == Self.id)
    }

    @Test func noContainer() {
        #expect(CgroupPath.containerID("/user.slice/user-0.slice/session-1.scope") == nil)
        #expect(CgroupPath.containerID("/system.slice/docker.service") == nil)
        #expect(CgroupPath.containerID("/docker/\(Self.id)ff") == nil)  // 66 hex: not an id
    }

    @Test func prefersUnifiedHierarchy() {
        let file = "12:pids:/a\n1:name=systemd:/b\n0::/c\n"
        #expect(CgroupPath.path(Array(file.utf8)) == "/c")
        #expect(CgroupPath.path(Array("3:cpu:/x\n".utf8)) == "/x")
        #expect(CgroupPath.path([]) == nil)
    }
}

struct UserDirectoryTests {
    @Test func parsesPasswd() {
        let passwd = """
            # comment
            root:x:0:0:root:/root:/bin/bash
            daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
            broken line
            toor:x:0:0::/root:/bin/sh
            nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
            bad:x:notanumber:1::/:/bin/sh
            """
        let names = PasswordFile.names(in: Array(passwd.utf8))
        #expect(names == [0: "root", 1: "daemon", 65534: "nobody"])
    }

    @Test func systemPasswd() {
        #expect(UserDirectory.load().name(of: 0) == "root")
    }
}

struct SocketOwnerScanTests {
    @Test(arguments: [
        ("socket:[31337]", UInt64?.some(31337)),
        ("socket:[1]", 1),
        ("pipe:[31337]", nil),
        ("anon_inode:[eventfd]", nil),
        ("/dev/null", nil),
        ("socket:[12a]", nil),
    ])
    func socketInode(_ target: String, _ inode: UInt64?) {
        let bytes = target.utf8.map { CChar(bitPattern: $0) }
        #expect(bytes.withUnsafeBufferPointer(SocketOwnerScan.socketInode) == inode)
    }
}
