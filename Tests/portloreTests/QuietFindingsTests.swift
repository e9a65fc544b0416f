import Foundation
import Glibc
import Testing

/// Sockets that are not listeners (TIME_WAIT, connections) raise nothing above info: made with
/// real connect/close on loopback, then listed with `ls --all` as an operator would.
@Suite(.serialized)
struct QuietFindingsTests {
    /// A python3 child that listens on an ephemeral loopback port, connects to it `count`
    /// times and closes the server side first, so `count` TIME_WAIT sockets sit on its port.
    final class TimeWaitMaker {
        let process = Process()
        let port: Int

        init(count: Int) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let script = """
                import socket, sys
                server = socket.socket()
                server.bind(('127.0.0.1', 0))
                server.listen(512)
                port = server.getsockname()[1]
                for _ in range(int(sys.argv[1])):
                    client = socket.create_connection(('127.0.0.1', port))
                    accepted, _ = server.accept()
                    accepted.close()      # the side that closes first keeps TIME_WAIT
                    client.recv(1)        # wait for the FIN, then answer it
                    client.close()
                print(port, flush=True)
                sys.stdin.read()
                """
            process.arguments = ["python3", "-u", "-c", script, String(count)]
            port = try ReadyLine.start(process, what: "the TIME_WAIT maker")
        }

        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test(.enabled(if: getuid() == 0, "only root sees every socket's owner, and so the owner-less rule"))
    func timeWaitSocketsRaiseNoWarnings() throws {
        let maker = try TimeWaitMaker(count: 300)
        defer { maker.stop() }
        let port = String(maker.port)

        let listing = try Portlore.run(["ls", "--all", "--json", "--port", port])
        #expect(listing.status == 0, "\(listing.stderr)")
        let sockets = try ListCommandTests.listeners(listing)
        let waiting = sockets.filter { $0["state"] as? String == "time_wait" }
        #expect(waiting.count >= 300, "TIME_WAIT sockets on \(port): \(waiting.count)")
        for socket in waiting {
            let severities = (socket["findings"] as? [[String: Any]] ?? []).compactMap { $0["severity"] as? String }
            #expect(severities.allSatisfy { $0 == "info" }, "a TIME_WAIT socket raised \(severities)")
            let rules = (socket["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            #expect(!rules.contains("socket-without-process"))
        }

        let check = try Portlore.run(["ls", "--all", "--check", "--min-severity", "warning", "--port", port])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("warning"), "\(check.stdout.prefix(2000))")
    }

    @Test(.enabled(if: getuid() == 0, "only root sees every socket's owner"))
    func establishedConnectionsStayInfo() throws {
        // A listener on de-assigned 2200 (was ici) is a warning; the connections to it are not.
        let child = try ConnectedPair(port: 2200)
        defer { child.stop() }
        let sockets = try ListCommandTests.listeners(try Portlore.run(["ls", "--all", "--json", "--port", "2200"]))
        let mine = sockets.filter { socket in
            (socket["processes"] as? [[String: Any]])?.contains { $0["pid"] as? Int == Int(child.pid) } == true
        }
        let listening = try #require(mine.first { $0["state"] as? String == "listen" })
        let listenerSeverities = (listening["findings"] as? [[String: Any]] ?? []).compactMap { $0["severity"] as? String }
        #expect(listenerSeverities.contains("warning"), "the listener itself stays a warning")
        let connected = mine.filter { $0["state"] as? String == "established" }
        #expect(!connected.isEmpty)
        for socket in connected {
            let severities = (socket["findings"] as? [[String: Any]] ?? []).compactMap { $0["severity"] as? String }
            #expect(severities.allSatisfy { $0 == "info" }, "a connection raised \(severities)")
        }
    }

    /// A python3 child listening on `port` with one connection to itself kept open.
    final class ConnectedPair {
        let process = Process()
        var pid: Int32 { process.processIdentifier }

        init(port: Int) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let script = """
                import socket, sys
                server = socket.socket()
                server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                server.bind(('127.0.0.1', int(sys.argv[1])))
                server.listen()
                client = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
                accepted, _ = server.accept()
                print(server.getsockname()[1], flush=True)
                sys.stdin.read()
                """
            process.arguments = ["python3", "-u", "-c", script, String(port)]
            _ = try ReadyLine.start(process, what: "the connected pair on \(port)")
        }

        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
