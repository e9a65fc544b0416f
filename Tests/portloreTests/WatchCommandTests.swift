import Foundation
import Glibc
import Testing

/// `portlore watch`, run as a user runs it, against real listeners on loopback.
struct WatchCommandTests {
    @Test func seesAShortLivedListenerAppearAndDisappear() throws {
        let watch = try StreamingPortlore(["watch", "--interval", "0.2", "--ndjson"])
        defer { watch.stop() }
        // The baseline is taken once the start line is out: a listener started now is new.
        let start = try #require(watch.nextObject(), "no watch-start line; stderr: \(watch.errors())")
        #expect(start["kind"] as? String == "watch-start")
        #expect(start["schema"] as? String == "portlore/1")

        let child = try ListeningChild()
        let appeared = try #require(watch.nextObject { Self.isEvent($0, "appeared", port: child.port) },
                                    "no appeared event for \(child.port)")
        let socket = try #require(appeared["socket"] as? [String: Any])
        #expect(socket["protocol"] as? String == "tcp")
        #expect(socket["address"] as? String == "127.0.0.1")
        let processes = try #require(socket["processes"] as? [[String: Any]])
        #expect(processes.contains { ($0["pid"] as? Int) == Int(child.pid) }, "owner resolved: \(processes)")
        #expect(appeared["findings"] is [Any])
        #expect((appeared["iana"] as? [String: Any])?["status"] != nil)

        child.stop()
        let disappeared = try #require(watch.nextObject { Self.isEvent($0, "disappeared", port: child.port) },
                                       "no disappeared event for \(child.port)")
        let gone = try #require(disappeared["socket"] as? [String: Any])
        #expect((gone["processes"] as? [[String: Any]])?.first?["pid"] as? Int == Int(child.pid),
                "the disappeared socket still names its process")

        // Ctrl-C: a clean exit with a last line.
        kill(watch.pid, SIGINT)
        let stop = try #require(watch.nextObject { $0["kind"] as? String == "watch-stop" }, "no watch-stop line")
        #expect(stop["signal"] as? String == "SIGINT")
        #expect(watch.waitForExit() == 0)
    }

    @Test func textLinesAndSIGTERM() throws {
        let watch = try StreamingPortlore(["watch", "--interval", "0.2", "--udp"])
        defer { watch.stop() }
        let header = try #require(watch.nextLine())
        #expect(header.hasPrefix("Watching "))
        let child = try ListeningChild(udp: true)
        let line = try #require(watch.nextLine { $0.contains(" + \(child.port)/udp") }, "no + line for \(child.port)/udp")
        #expect(line.contains("\(child.pid)/python3"))
        #expect(!line.contains("\u{1B}["), "no colours without a terminal")
        child.stop()
        #expect(watch.nextLine { $0.contains(" - \(child.port)/udp") } != nil)
        kill(watch.pid, SIGTERM)
        #expect(watch.waitForExit() == 0)
    }

    @Test(arguments: [["--interval", "0"], ["--interval", "abc"], ["--interval", "99999"]])
    func badIntervalsExitTwo(arguments: [String]) throws {
        let run = try Portlore.run(["watch"] + arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    static func isEvent(_ object: [String: Any], _ change: String, port: Int) -> Bool {
        guard object["kind"] as? String == "watch-event", object["change"] as? String == change,
              let socket = object["socket"] as? [String: Any] else { return false }
        return socket["port"] as? Int == port
    }
}

/// A portlore process whose stdout is read line by line while it runs (`watch`).
/// Reads wait for lines, never for time; `deadline` only turns a hang into a failure.
final class StreamingPortlore {
    let process = Process()
    private let output = Pipe()
    private let errorOutput = Pipe()
    private var pending: [UInt8] = []
    let deadline: Double

    init(_ arguments: [String], timeout: Double = 30) throws {
        process.executableURL = Portlore.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = Portlore.emptyDataHome.path
        process.environment = environment
        process.standardOutput = output
        process.standardError = errorOutput
        process.standardInput = FileHandle.nullDevice
        try process.run()
        deadline = Date().timeIntervalSince1970 + timeout
    }

    var pid: Int32 { process.processIdentifier }

    /// The next line, or nil at end of output or past the deadline.
    func nextLine() -> String? {
        let descriptor = output.fileHandleForReading.fileDescriptor
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            let remaining = deadline - Date().timeIntervalSince1970
            guard remaining > 0 else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            pending.append(contentsOf: chunk[..<count])
        }
    }

    /// The next line matching `wanted`, skipping others.
    func nextLine(where wanted: (String) -> Bool) -> String? {
        while let line = nextLine() {
            if wanted(line) { return line }
        }
        return nil
    }

    /// The next JSON object line matching `wanted`.
    func nextObject(where wanted: ([String: Any]) -> Bool = { _ in true }) -> [String: Any]? {
        while let line = nextLine() {
            if let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any], wanted(object) {
                return object
            }
        }
        return nil
    }

    func errors() -> String {
        stop()
        return String(decoding: errorOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// Waits for the process to exit by itself; its status.
    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGKILL when still running (the cleanup of a failed test).
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}
