import ArgumentParser
import PortRegistry
import PortReport
import PortloreServer

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

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535.")
        }
        guard cacheSeconds >= 0, cacheSeconds <= 3600 else {
            throw ValidationError("--cache-seconds must be between 0 and 3600.")
        }
    }

    func run() async throws {
        let session = try PortSession.standard(judging: .allowlist(path: allow))
        let token: BearerToken?
        do {
            token = try BearerToken.load(path: tokenFile, environment: ProcessEnvironment.values([BearerToken.environmentVariable]))
        } catch {
            throw CommandFailure(message: error.description, code: ExitStatus.environment)
        }
        if let tokenFile, let warning = BearerToken.permissionWarning(path: tokenFile) {
            StandardError.write("portlore: warning: \(warning)\n")
        }
        var configuration = ServerConfiguration(
            host: host, port: port, token: token, cacheSeconds: cacheSeconds,
            registry: session.registry, registrySource: session.registrySource, inventory: session.inventory,
            rules: session.rules ?? RuleBook()
        )
        configuration.version = PortloreVersion.current
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
        do {
            try await serve(configuration) { boundPort in
                let display = host.contains(":") ? "[\(host)]" : host
                StandardError.write("portlore: serving http://\(display):\(boundPort)/ (\(guarded ? "host data needs the token" : "loopback only"))\n")
            }
        } catch {
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

    /// NIO says "Address already in use (errno: 98)" when the bind fails on a busy port.
    static func isAddressInUse(_ message: String) -> Bool {
        message.contains("Address already in use") || message.contains("errno: \(EADDRINUSE)")
    }
}
