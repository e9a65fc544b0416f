import ArgumentParser
import FeedbackStore
import PortRegistry
import PortReport
import PortloreServer
import PortloreSystem

#if canImport(Glibc)
import Glibc
#endif

/// `portlore serve`: port pages, the JSON API and Prometheus metrics over HTTP.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve port pages, a JSON API and Prometheus metrics over HTTP.",
        discussion: """
            Listens on 127.0.0.1:13020 (IANA-unassigned) unless told otherwise. Binding any other
            address needs a token, read from --token-file or $PORTLORE_TOKEN (never from the command
            line); listeners, findings and /metrics then need 'Authorization: Bearer TOKEN'.
            See docs/server.md.
            """
    )

    @Option(name: .long, help: "Address to listen on; anything but loopback needs a token.")
    var host = ServerConfiguration.defaultHost

    @Option(name: .long, help: "Port to listen on (0: let the kernel choose).")
    var port = ServerConfiguration.defaultPort

    @Option(name: .long, help: "File whose first line is the bearer token (at least 16 characters).")
    var tokenFile: String?

    @Option(name: .long, help: "Seconds one scan of the host answers requests before the next rescans /proc.")
    var cacheSeconds: Double = 2

    @Option(name: .long, help: "Allowlist of known findings (default: $XDG_CONFIG_HOME/portlore/allow when it exists).")
    var allow: String?

    // Reader feedback (docs/server.md "Feedback").
    @OptionGroup var feedbackStore: FeedbackStoreOptions

    @Flag(name: .long, help: "Count feedback votes under the last X-Forwarded-For address: only behind a proxy that sets it.")
    var trustForwardedFor = false
    // Public serving (docs/server.md, "Behind a CDN"): cdn's block.
    @Option(name: .long, help: "Public origin, like https://ports.example.org, that robots.txt and the sitemaps name (default: http:// and the request's Host).")
    var siteURL: String?
    // --- serve --public (site, issue 13) ---
    @Flag(name: .customLong("public"), help: "Serve the public site: registry pages in English and Thai, no host data anywhere; any --host, no token.")
    var isPublic = false

    func validate() throws {
        if let siteURL, !Self.isOrigin(siteURL) {
            throw ValidationError("--site-url must be an origin like https://ports.example.org (http or https, a host, an optional port, no path).")
        }
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535.")
        }
        guard cacheSeconds >= 0, cacheSeconds <= 3600 else {
            throw ValidationError("--cache-seconds must be between 0 and 3600.")
        }
        if isPublic && tokenFile != nil {
            throw ValidationError("--public serves no host data, so it takes no --token-file; drop one of them.")
        }
    }

    func run() async throws {
        let session = try PortSession.standard(judging: .allowlist(path: allow))
        var token: BearerToken?
        if !isPublic { do {
            token = try BearerToken.load(path: tokenFile, environment: ProcessEnvironment.values([BearerToken.environmentVariable]))
        } catch {
            throw CommandFailure(message: error.description, code: ExitStatus.environment)
        } }
        if let tokenFile, let warning = BearerToken.permissionWarning(path: tokenFile) {
            StandardError.write("portlore: warning: \(warning)\n")
        }
        var configuration = ServerConfiguration(
            host: host, port: port, token: token, cacheSeconds: cacheSeconds,
            registry: session.registry, registrySource: session.registrySource, inventory: session.inventory,
            rules: session.rules ?? RuleBook()
        )
        configuration.version = PortloreVersion.current
        configuration.trustsForwardedFor = trustForwardedFor
        let feedbackLocation = try feedbackStore.location()
        configuration.siteURL = siteURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        configuration.isPublic = isPublic
        do {
            try configuration.validate()
        } catch {
            throw CommandFailure(message: error.description, code: ExitStatus.badInput)
        }
        let host = host
        let guarded = token != nil
        if let problem = session.registryProblem {
            StandardError.write("portlore: warning: \(problem.description)\n")
        }
        do throws(FeedbackStoreError) {
            configuration.feedbackStore = try await feedbackLocation.open()
        } catch {
            throw CommandFailure(message: error.description, code: ExitStatus.environment)
        }
        let mode = isPublic ? "public site, no host data" : guarded ? "host data needs the token" : "loopback only"
        do {
            try await serve(configuration) { boundPort in
                let display = host.contains(":") ? "[\(host)]" : host
                StandardError.write("portlore: serving http://\(display):\(boundPort)/ (\(mode))\n")
            }
            await configuration.feedbackStore?.close()
        } catch {
            await configuration.feedbackStore?.close()
            let message = "\(error)"
            if Self.isAddressInUse(message), let holders = PortHolders.describe(port: port, inventory: session.inventory) {
                throw CommandFailure(
                    message: "Cannot serve on \(host):\(port): the port is held by \(holders); stop it or choose another --port.",
                    code: ExitStatus.environment
                )
            }
            throw CommandFailure(
                message: "Cannot serve on \(host):\(port) (\(message)); choose another --port or stop what holds it.",
                code: ExitStatus.environment
            )
        }
    }

    /// `https://host[:port]` with nothing that would need escaping in XML or HTML.
    static func isOrigin(_ text: String) -> Bool {
        let rest: Substring
        if text.hasPrefix("https://") { rest = text.dropFirst(8) } else if text.hasPrefix("http://") { rest = text.dropFirst(7) } else { return false }
        let host = rest.hasSuffix("/") ? rest.dropLast() : rest
        return !host.isEmpty && host.utf8.count <= 255 && host.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x2E || byte == 0x2D || byte == 0x3A || byte == 0x5B || byte == 0x5D
        }
    }

    /// NIO says "Address already in use (errno: 98)" when the bind fails on a busy port.
    static func isAddressInUse(_ message: String) -> Bool {
        message.contains("Address already in use") || message.contains("errno: \(EADDRINUSE)")
    }
}
