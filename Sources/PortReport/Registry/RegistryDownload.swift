public import PortRegistry

#if canImport(Glibc)
import Glibc
#endif

/// Downloads a registry with curl(1): HTTPS needs TLS, which a statically linked binary
/// without full Foundation does not carry.
///
/// What a hostile or broken server cannot do:
/// - fill the disk or the memory: curl's output comes through a pipe (no temporary file) and is
///   cut off at `RegistryFile.maximumSize` as bytes arrive, with or without a Content-Length;
/// - stall us: curl gives up when fewer than 1 byte/s arrive for 30 s (`--speed-limit`,
///   `--speed-time`), or after 30 s of connecting, or after 5 minutes in all;
/// - send us elsewhere: curl follows no redirect itself; we follow at most 5, each to the same
///   host, and never from https to http;
/// - outlive us: curl runs under `setpriv --pdeathsig KILL` (util-linux) when setpriv is
///   installed, so the kernel kills it the moment portlore dies, even by SIGKILL. Without
///   setpriv, curl writes unbuffered (`--no-buffer`) into a pipe whose read end closes when
///   portlore dies: its next write kills it with SIGPIPE (its signal dispositions are reset at
///   spawn), and a silent server ends it through the 30 s stall limit. (Buffered, curl wrote
///   nothing for 200 s while a server trickled 20 bytes/s, and outlived portlore that long.)
public enum RegistryDownload {
    static let maximumRedirects = 5
    static let stallSeconds = 30

    public static func fetch(_ url: String) throws(RegistryError) -> [UInt8] {
        var current = url
        for _ in 0...maximumRedirects {
            let response = try transfer(current, origin: url)
            guard let next = response.redirect else { return response.body }
            try checkRedirect(from: current, to: next, origin: url)
            current = next
        }
        throw .download(url: url, reason: "it redirects more than \(maximumRedirects) times")
    }

    /// A redirect may change the path or the port, never the host, and never go from https to http.
    static func checkRedirect(from: String, to next: String, origin: String) throws(RegistryError) {
        guard let target = Location(next), let source = Location(from) else {
            throw .download(url: origin, reason: "it redirects to '\(clip(next))', which is not an http or https URL")
        }
        if source.scheme == "https" && target.scheme != "https" {
            throw .download(url: origin, reason: "it redirects from https to \(clip(next)), which would drop the encryption")
        }
        guard target.host == source.host else {
            throw .download(url: origin, reason: "it redirects to another host (\(clip(target.host))); portlore follows redirects within \(source.host) only")
        }
    }

    /// The scheme and host of an http(s) URL, lower-cased; the port and any user name dropped.
    struct Location: Equatable {
        var scheme: String
        var host: String

        init(scheme: String, host: String) {
            self.scheme = scheme
            self.host = host
        }

        init?(_ url: String) {
            guard let separator = url.firstRange(of: "://") else { return nil }
            scheme = url[..<separator.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            let rest = url[separator.upperBound...]
            var authority = rest[..<(rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex)]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            if authority.hasPrefix("[") {
                guard let close = authority.firstIndex(of: "]") else { return nil }
                host = authority[...close].lowercased()
            } else {
                host = authority[..<(authority.firstIndex(of: ":") ?? authority.endIndex)].lowercased()
            }
            guard !host.isEmpty else { return nil }
        }
    }

    struct Response {
        var body: [UInt8]
        /// Where a 3xx response points (curl's `%{redirect_url}`, already made absolute).
        var redirect: String?
    }

    private static let statusMarker = "portlore-response "

    /// One request, without following redirects.
    private static func transfer(_ url: String, origin: String) throws(RegistryError) -> Response {
        let arguments = [
            "curl", "--fail", "--silent", "--show-error", "--no-buffer", "--proto", "=http,https",
            "--connect-timeout", String(stallSeconds),
            "--speed-limit", "1", "--speed-time", String(stallSeconds), "--max-time", "300",
            "--max-filesize", String(RegistryFile.maximumSize),
            "--write-out", "%{stderr}\n\(statusMarker)%{http_code} %{redirect_url}\n",
            "--output", "-", "--url", url,
        ]
        let child = try spawn(arguments, url: origin)
        defer { close(child.error) }
        var body: [UInt8] = []
        var overflow = false
        var readFailure: Int32?
        do {
            defer { close(child.output) }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(child.output, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    readFailure = errno
                    break
                }
                if count == 0 { break }
                guard body.count + count <= RegistryFile.maximumSize else {
                    overflow = true
                    break
                }
                body.append(contentsOf: chunk[..<count])
            }
        }
        if overflow || readFailure != nil { kill(child.pid, SIGKILL) }
        let messages = readAll(child.error)
        let status = try wait(child.pid, url: origin)
        if overflow {
            throw .download(url: origin, reason: "it sent more than \(RegistryFile.maximumSize) bytes, far more than any IANA registry")
        }
        if let readFailure {
            throw .download(url: origin, reason: "reading curl's output failed: \(FileBytes.reason(readFailure))")
        }
        let lines = String(decoding: messages, as: UTF8.self).split(separator: "\n")
        let marker = lines.last { $0.hasPrefix(statusMarker) }?.dropFirst(statusMarker.count).split(separator: " ", maxSplits: 1)
        let code = marker.flatMap { $0.first }.flatMap { Int($0) } ?? 0
        guard status == 0 else {
            if status == 127 { throw .download(url: origin, reason: "curl is not installed") }
            if status == 28 {
                throw .download(url: origin, reason: "the transfer stalled (under 1 byte/s for \(stallSeconds) s) or took longer than 5 minutes")
            }
            let said = lines.first { $0.hasPrefix("curl: ") }.map { String($0.dropFirst(6)) }
            throw .download(url: origin, reason: said ?? "curl exited with status \(status)")
        }
        if (300..<400).contains(code) {
            guard let target = marker?.dropFirst().first, !target.isEmpty else {
                throw .download(url: origin, reason: "it answered \(code) without saying where to go")
            }
            return Response(body: [], redirect: String(target))
        }
        guard code == 200 else { throw .download(url: origin, reason: "it answered HTTP \(code), not 200") }
        return Response(body: body, redirect: nil)
    }

    private struct Child {
        var pid: pid_t
        var output: Int32
        var error: Int32
    }

    /// Starts curl with stdin from /dev/null, stdout and stderr into pipes, default signal
    /// dispositions and an empty signal mask (a blocked or ignored SIGPIPE would let curl outlive us).
    private static func spawn(_ arguments: [String], url: String) throws(RegistryError) -> Child {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        // pipe2(2) is not imported from Glibc; the flag is set before any spawn, and this
        // command starts no other process concurrently.
        guard makePipe(&outputPipe) else { throw .download(url: url, reason: "cannot make a pipe: \(FileBytes.reason(errno))") }
        guard makePipe(&errorPipe) else {
            close(outputPipe[0]); close(outputPipe[1])
            throw .download(url: url, reason: "cannot make a pipe: \(FileBytes.reason(errno))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)

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

        // setpriv exits 127 when it cannot find curl, as a shell would.
        let candidates: [String] = ["/usr/bin/setpriv", "/bin/setpriv"]
        let wrapper = candidates.first { access($0, X_OK) == 0 }
        let command = wrapper.map { [$0, "--pdeathsig", "KILL", "--"] + arguments } ?? arguments
        var pid: pid_t = 0
        var cArguments = command.map { strdup($0) }
        cArguments.append(nil)
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, cArguments, environ)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0]); close(errorPipe[0])
            if spawned == ENOENT { throw .download(url: url, reason: "curl is not installed") }
            throw .download(url: url, reason: "cannot start curl: \(FileBytes.reason(spawned))")
        }
        return Child(pid: pid, output: outputPipe[0], error: errorPipe[0])
    }

    private static func makePipe(_ descriptors: inout [Int32]) -> Bool {
        guard pipe(&descriptors) == 0 else { return false }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Keeps a long URL or host from flooding the terminal.
    static func clip(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }

    /// curl's stderr: a line or two of messages and our status marker.
    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while result.count < 1 << 20 {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            result.append(contentsOf: chunk[..<count])
        }
        return result
    }

    private static func wait(_ pid: pid_t, url: String) throws(RegistryError) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw .download(url: url, reason: "lost track of curl") }
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
