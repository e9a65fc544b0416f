import PortloreSystem
public import PortRegistry

/// Downloads a registry with curl(1): HTTPS needs TLS, which a statically linked binary
/// without full Foundation does not carry. curl is a run-time dependency of `registry update`
/// (docs/security.md); PortloreSystem's `ChildProcess` starts it, this file says what to ask.
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
        let child: ChildProcess.Outcome
        do throws(ChildProcess.Failure) {
            child = try ChildProcess.run(arguments, outputLimit: RegistryFile.maximumSize, dieWithParent: true)
        } catch {
            switch error {
            case .notFound: throw .download(url: origin, reason: "curl is not installed")
            case .system(let call, let errno) where call == "read":
                throw .download(url: origin, reason: "reading curl's output failed: \(errno)")
            case .system(let call, let errno): throw .download(url: origin, reason: "cannot start curl (\(call): \(errno))")
            }
        }
        if child.outputOverflowed {
            throw .download(url: origin, reason: "it sent more than \(RegistryFile.maximumSize) bytes, far more than any IANA registry")
        }
        let lines = String(decoding: child.errorOutput, as: UTF8.self).split(separator: "\n")
        let marker = lines.last { $0.hasPrefix(statusMarker) }?.dropFirst(statusMarker.count).split(separator: " ", maxSplits: 1)
        let code = marker.flatMap { $0.first }.flatMap { Int($0) } ?? 0
        guard child.termination == .exited(0) else {
            // setpriv exits 127 when it cannot find curl, as a shell would.
            if child.termination == .exited(127) { throw .download(url: origin, reason: "curl is not installed") }
            if child.termination == .exited(28) {
                throw .download(url: origin, reason: "the transfer stalled (under 1 byte/s for \(stallSeconds) s) or took longer than 5 minutes")
            }
            let said = lines.first { $0.hasPrefix("curl: ") }.map { String($0.dropFirst(6)) }
            let status = switch child.termination {
            case .exited(let status): "curl exited with status \(status)"
            case .signalled(let signal): "curl was ended by signal \(signal)"
            }
            throw .download(url: origin, reason: said ?? status)
        }
        if (300..<400).contains(code) {
            guard let target = marker?.dropFirst().first, !target.isEmpty else {
                throw .download(url: origin, reason: "it answered \(code) without saying where to go")
            }
            return Response(body: [], redirect: String(target))
        }
        guard code == 200 else { throw .download(url: origin, reason: "it answered HTTP \(code), not 200") }
        return Response(body: child.output, redirect: nil)
    }

    /// Keeps a long URL or host from flooding the terminal.
    static func clip(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
