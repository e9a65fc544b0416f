import Foundation
import Glibc
import Testing

/// `watch --min-severity`, piped as a script would read it: only sockets with a finding at or
/// above the bar, then their disappearance; an ordinary listener passes unreported.
struct WatchSeverityTests {
    @Test func onlySocketsAtTheBarAreReported() throws {
        let watch = try StreamingPortlore(["watch", "--interval", "0.2", "--ndjson", "--min-severity", "alert"])
        defer { watch.stop() }
        let start = try #require(watch.nextObject(), "no watch-start line")
        #expect(start["kind"] as? String == "watch-start")

        let quiet = try ListeningChild()
        // A process calling itself a kernel thread: disguised-process-name, an alert.
        let loud = try FalseAlarmTests.NamedListener(port: 0, name: "kworker/0:1")
        defer { loud.stop() }
        let loudPort = try #require(loud.port)
        var seen: [[String: Any]] = []
        let appeared = watch.nextObject { object in
            seen.append(object)
            return WatchCommandTests.isEvent(object, "appeared", port: loudPort)
        }
        let event = try #require(appeared, "no appeared event for the disguised listener on \(loudPort)")
        let rules = (event["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        let severities = Set((event["findings"] as? [[String: Any]] ?? []).compactMap { $0["severity"] as? String })
        #expect(rules.contains("disguised-process-name"))
        #expect(severities == ["alert"], "findings below the bar are left out: \(severities)")

        quiet.stop()
        loud.stop()
        let gone = watch.nextObject { object in
            seen.append(object)
            return WatchCommandTests.isEvent(object, "disappeared", port: loudPort)
        }
        #expect(gone != nil, "the reported socket's disappearance is reported")
        #expect(!seen.contains { ($0["socket"] as? [String: Any])?["port"] as? Int == quiet.port },
                "the ordinary listener on \(quiet.port) is never reported")
        kill(watch.pid, SIGTERM)
        #expect(watch.waitForExit() == 0)
    }
}
