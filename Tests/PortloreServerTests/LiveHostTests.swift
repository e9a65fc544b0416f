import FoundationEssentials
import HTTPTypes
import HostInventory
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortRegistry
import Testing
@testable import PortloreServer

#if canImport(Glibc)
import Glibc
#endif

/// A real child process, named like markup, with a password on its command line, listening on
/// loopback; the server scans the real host.
struct LiveHostTests {
    static let markupName = "<i>evil</i>"

    @Test func realProcessWithMarkupNameIsEscapedAndRedacted() async throws {
        let child = try ListeningChild.start(name: Self.markupName, secret: "hunter2-live")
        defer { child.stop() }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, cacheSeconds: 0, registry: Registry.embedded)
        configuration.requestTimeLimitSeconds = Fixtures.requestTimeLimitSeconds
        try await buildApplication(configuration).test(.router) { client in
            try await client.execute(uri: "/ports/\(child.port)", method: .get) { response in
                let page = response.text
                #expect(response.status == .ok)
                #expect(page.contains("&lt;i&gt;evil&lt;/i&gt;"), "the child's name, escaped")
                #expect(!page.contains(Self.markupName))
                #expect(page.contains("--password=[REDACTED]"))
                #expect(!page.contains("hunter2-live"))
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                // An ordinary listener is counted under its process, not given a series of its own.
                #expect(response.text.contains("portlore_listeners_by_process{process=\"\(Self.markupName)\"} 1"))
                #expect(!response.text.contains("hunter2-live"))
            }
        }
    }

    /// The server over real HTTP on loopback.
    @Test func liveServerAnswersOnLoopback() async throws {
        let app = try Fixtures.application()
        try await app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/v1/ports/1302", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
            try await client.execute(uri: "/api/v1/ports/65536", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}

/// `python3` that renames itself (prctl PR_SET_NAME), listens on 127.0.0.1 port 0 and writes
/// the port to its stdout, then waits for stdin to close.
struct ListeningChild {
    var pid: pid_t
    var port: Int
    var stdinWrite: Int32

    static let script = """
        import ctypes, socket, sys
        ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
        s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(4)
        print(s.getsockname()[1], flush=True)
        sys.stdin.read()
        """

    static func start(name: String, secret: String) throws -> ListeningChild {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw ChildError.pipe }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addclose(&actions, toChild[1])
        posix_spawn_file_actions_addclose(&actions, fromChild[0])
        let arguments = ["python3", "-c", script, name, "--password=\(secret)"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "python3", &actions, nil, &argv, environ) == 0 else { throw ChildError.spawn }
        close(toChild[0])
        close(fromChild[1])
        // Wait for the child's "ready": its port on a line.
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while read(fromChild[0], &byte, 1) == 1, byte != 0x0A { line.append(byte) }
        close(fromChild[0])
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            kill(pid, SIGKILL)
            throw ChildError.noPort
        }
        return ListeningChild(pid: pid, port: port, stdinWrite: toChild[1])
    }

    func stop() {
        close(stdinWrite)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    enum ChildError: Error { case pipe, spawn, noPort }
}
