import Foundation
import Glibc
import Testing

/// Every rule, shown an ordinary listener it could mistake for a suspicious one: a real
/// python3 socket on loopback, listed with `ls --json` as an operator would. Each case names
/// the rules that must stay quiet about it.
@Suite(.serialized)
struct FalseAlarmTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var port: Int
        var name: String?
        var quietRules: [String]
        var why: String
        var testDescription: String { why }
    }

    static let cases: [Case] = [
        // memcached's port on loopback is how memcached should be run.
        Case(port: 11211, name: nil, quietRules: ["exposed-local-service"], why: "a local service bound to loopback"),
        // 11211 is assigned (memcache): the registry rule has nothing to say.
        Case(port: 11211, name: nil, quietRules: ["port-deassigned", "port-reserved", "port-unassigned"], why: "an assigned port"),
        // Web ports are served by too many programs to judge.
        Case(port: 8008, name: nil, quietRules: ["unexpected-service"], why: "python on a web port (http-alt)"),
        // A worker renaming itself (gunicorn, uwsgi) is not posing as a daemon or kernel thread.
        Case(port: 0, name: "gunicorn", quietRules: ["disguised-process-name"], why: "a program that renamed itself"),
        // /usr/bin/python3 is on disk and not in /tmp.
        Case(port: 0, name: nil, quietRules: ["executable-deleted", "executable-memfd", "executable-writable-dir"], why: "an ordinary executable"),
        // A listener its process holds.
        Case(port: 0, name: nil, quietRules: ["socket-without-process"], why: "a socket held by its process"),
        // Root on a System port is what System ports are for.
        Case(port: 999, name: nil, quietRules: ["unprivileged-system-port", "root-on-high-port"], why: "root on a System port"),
    ]

    @Test(arguments: cases)
    func ordinaryListenersRaiseNothing(_ situation: Case) throws {
        let child = try NamedListener(port: situation.port, name: situation.name)
        defer { child.stop() }
        let run = try Portlore.run(["ls", "--json", "--pid", String(child.pid)])
        let sockets = try ListCommandTests.listeners(run)
        let socket = try #require(sockets.first, "the listener of pid \(child.pid) was not listed")
        let rules = (socket["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        for rule in situation.quietRules {
            #expect(!rules.contains(rule), "\(rule) raised on \(situation.why): \(rules)")
        }
        if let name = situation.name {
            let process = (socket["processes"] as? [[String: Any]])?.first
            #expect(process?["name"] as? String == name, "the child renamed itself")
        }
    }

    @Test(.enabled(if: getuid() == 0, "root on a high port is the case being judged"))
    func rootOnAHighPortStaysInfo() throws {
        let child = try NamedListener(port: 0, name: nil)
        defer { child.stop() }
        let run = try Portlore.run(["ls", "--json", "--pid", String(child.pid)])
        let socket = try #require(try ListCommandTests.listeners(run).first)
        let finding = (socket["findings"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == "root-on-high-port" }
        #expect(finding?["severity"] as? String == "info")
    }

    /// python3 listening on 127.0.0.1:`port`, optionally renamed (prctl PR_SET_NAME).
    final class NamedListener {
        let process = Process()
        var pid: Int32 { process.processIdentifier }
        /// The port it bound.
        private(set) var port: Int?

        init(port: Int, name: String?) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let script = """
                import ctypes, socket, sys
                if sys.argv[2]:
                    ctypes.CDLL(None).prctl(15, sys.argv[2].encode(), 0, 0, 0)
                s = socket.socket()
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                s.bind(('127.0.0.1', int(sys.argv[1])))
                s.listen()
                print(s.getsockname()[1], flush=True)
                sys.stdin.read()
                """
            process.arguments = ["python3", "-u", "-c", script, String(port), name ?? ""]
            self.port = try ReadyLine.start(process, what: "a listener on 127.0.0.1:\(port)")
        }

        func stop() {
            guard process.isRunning else { return }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
