import Foundation
import Glibc
import Testing

/// `portlore free`, against ports real sockets hold and the IANA history.
struct FreeCommandTests {
    static func suggestions(_ arguments: [String]) throws -> (PortloreRun, [[String: Any]]) {
        let run = try Portlore.run(["free", "--json"] + arguments)
        let suggestions = run.json?["suggestions"] as? [[String: Any]] ?? []
        return (run, suggestions)
    }

    @Test func neverSuggestsAPortATestHoldsOnTCPOrUDP() throws {
        let (before, first) = try Self.suggestions(["--count", "4"])
        #expect(before.status == 0, "\(before.stderr)")
        let ports = first.compactMap { $0["port"] as? Int }
        #expect(ports.count == 4)
        // Hold the first two suggestions: one with TCP on IPv4, one with UDP on IPv6.
        let tcp = try ListeningChild(port: ports[0], address: "127.0.0.1")
        defer { tcp.stop() }
        let udp = try ListeningChild(port: ports[1], address: "::1", udp: true)
        defer { udp.stop() }

        let (after, second) = try Self.suggestions(["--count", "4"])
        #expect(after.status == 0, "\(after.stderr)")
        let now = second.compactMap { $0["port"] as? Int }
        #expect(!now.contains(ports[0]), "suggested \(ports[0]), held by a TCP listener")
        #expect(!now.contains(ports[1]), "suggested \(ports[1]), held by a UDP socket")
        #expect(now.contains(ports[2]), "the rest stays: \(now)")
        let excluded = try #require(after.json?["excluded"] as? [String: Any])
        #expect((excluded["in_use"] as? Int ?? 0) >= 2)

        // With --udp only, the TCP-held port is free again.
        let (udpOnly, third) = try Self.suggestions(["--count", "4", "--udp"])
        #expect(udpOnly.status == 0)
        #expect(third.compactMap { $0["port"] as? Int }.contains(ports[0]))
    }

    @Test func neverSuggestsAPortIANAHasEverAssigned() throws {
        let (run, suggestions) = try Self.suggestions(["--count", "25"])
        #expect(run.status == 0)
        #expect(suggestions.count == 25)
        for suggestion in suggestions {
            let port = try #require(suggestion["port"] as? Int)
            #expect(suggestion["iana_status"] as? String == "unassigned")
            #expect((suggestion["reasons"] as? [String])?.count ?? 0 >= 3)
            // Ask `portlore PORT` independently: unassigned on every protocol, no former name.
            let show = try Portlore.run(["\(port)", "--json", "--no-host", "--history"])
            let stories = (show.json?["ports"] as? [[String: Any]])?.first?["protocols"] as? [[String: Any]] ?? []
            #expect(!stories.isEmpty)
            for story in stories {
                #expect(story["status"] as? String == "unassigned", "\(port): \(story["status"] ?? "?")")
                #expect((story["former"] as? [Any])?.isEmpty == true, "\(port) had a name")
                let history = story["history"] as? [[String: Any]] ?? []
                #expect(history.allSatisfy { ($0["service_name"] as? String) == "" }, "\(port) was named once")
            }
        }
    }

    @Test func suggestionsStayOutOfTheEphemeralRange() throws {
        let bounds = try String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).compactMap { Int($0) }
        let ephemeral = try #require(bounds.count == 2 ? bounds[0]...bounds[1] : nil)
        for range in ["user", "dynamic"] {
            let (run, suggestions) = try Self.suggestions(["--count", "50", "--range", range])
            guard run.status == 0 else {
                #expect(run.status == 1 && run.stderr.contains("ephemeral"), "\(range): \(run.stderr)")
                continue
            }
            for port in suggestions.compactMap({ $0["port"] as? Int }) {
                #expect(!ephemeral.contains(port), "\(port) is ephemeral")
            }
        }
        // A range wholly inside the ephemeral one: nothing, said plainly, exit 1.
        let inside = "\(ephemeral.lowerBound)-\(min(ephemeral.lowerBound + 10, ephemeral.upperBound))"
        let run = try Portlore.run(["free", "--range", inside])
        #expect(run.status == 1)
        #expect(run.stderr.contains("ephemeral range"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func textPageSaysWhyEachPortIsSafe() throws {
        let run = try Portlore.run(["free", "--count", "2"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Free ports in 1024-49151"))
        #expect(run.stdout.contains("Unassigned"))
        #expect(run.stdout.contains("No TCP or UDP socket here uses it"))
        #expect(run.stdout.contains("ephemeral range"))
    }

    @Test(arguments: [["--count", "0"], ["--range", "huge"], ["--range", "9-3"], ["--range", "80/tcp"]])
    func badOptionsExitTwo(arguments: [String]) throws {
        let run = try Portlore.run(["free"] + arguments)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
    }
}
