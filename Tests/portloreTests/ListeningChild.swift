import Foundation
import Glibc

/// A real process listening on loopback, started by a test: python3 binds, prints its port
/// when ready, and waits until it is killed.
final class ListeningChild {
    let process = Process()
    let port: Int
    var pid: Int32 { process.processIdentifier }

    /// - Parameters:
    ///   - executable: the python interpreter to run (a copy, to test deleted executables).
    ///   - extraArguments: more arguments for the script, which ignores them (planted secrets).
    init(port: Int = 0, address: String = "127.0.0.1", udp: Bool = false, executable: String = "/usr/bin/env", extraArguments: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        let script = """
            import socket, sys
            family = socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET
            kind = socket.SOCK_DGRAM if sys.argv[3] == 'udp' else socket.SOCK_STREAM
            s = socket.socket(family, kind)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((sys.argv[1], int(sys.argv[2])))
            if kind == socket.SOCK_STREAM: s.listen()
            print(s.getsockname()[1], flush=True)
            sys.stdin.read()
            """
        let arguments = ["-u", "-c", script, address, String(port), udp ? "udp" : "tcp"] + extraArguments
        process.arguments = executable == "/usr/bin/env" ? ["python3"] + arguments : arguments
        self.port = try ReadyLine.start(process, what: "the listener on \(address):\(port)")
    }

    func stop() {
        // SIGKILL: the test runner's threads may block SIGTERM, and a child inherits the mask.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { stop() }
    }
}
