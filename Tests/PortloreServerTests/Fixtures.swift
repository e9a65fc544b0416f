import FoundationEssentials
import HostInventory
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortRegistry
import PortReport
import Synchronization
@testable import PortloreServer

/// A host written as a literal: what the route tests see instead of /proc.
struct FixedInventory: HostInventory {
    var snapshot: HostSnapshot
    let scans = Counter()

    func snapshot(_ options: InventoryOptions) throws(InventoryError) -> HostSnapshot {
        scans.increment()
        return snapshot
    }

    final class Counter: Sendable {
        private let value = Mutex(0)
        func increment() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }
}

enum Fixtures {
    static let registry = Registry.embedded
    static let token = BearerToken("a-test-token-of-32-characters-xx")!

    static func process(pid: Int32, name: String, commandLine: [String], executable: String = "/usr/bin/app", user: String = "svc") -> ProcessDetails {
        ProcessDetails(
            pid: pid, parentPID: 1, name: name, commandLine: commandLine, executable: executable,
            executableDeleted: false, uid: 1000, user: user, startTime: 1_700_000_000, cgroup: nil, containerID: nil
        )
    }

    static func listener(port: UInt16, ip: String = "127.0.0.1", transport: SocketTransport = .tcp, owner: SocketOwnership) -> Listener {
        Listener(
            transport: transport, family: .ipv4, state: transport == .tcp ? .listen : .unconnected,
            local: SocketAddress(ip: ip, port: port, isLoopback: ip.hasPrefix("127."), isWildcard: ip == "0.0.0.0"),
            inode: UInt64(port), uid: 1000, namespace: NetworkNamespace(inode: 4026531840, isHost: true), owner: owner
        )
    }

    /// A legacy exporter on de-assigned 1302 whose command line holds a password, a process named
    /// like markup on 8005, and MySQL on its own port.
    static let snapshot = HostSnapshot(
        listeners: [
            listener(port: 1302, owner: .processes([process(
                pid: 4242, name: "legacy-export", commandLine: ["/opt/legacy/exporter", "--password=hunter2", "--db", "postgres://app:s3cret@db/app"],
                executable: "/tmp/legacy-exporter"
            )])),
            listener(port: 8005, owner: .processes([process(pid: 4343, name: "<b>x</b>\"'&", commandLine: ["<script>alert(1)</script>"])])),
            listener(port: 3306, ip: "0.0.0.0", owner: .processes([process(pid: 999, name: "mysqld", commandLine: ["/usr/sbin/mysqld"], executable: "/usr/sbin/mysqld", user: "mysql")])),
        ],
        isRoot: true, scannedNamespaces: []
    )

    static func configuration(
        snapshot: HostSnapshot = Fixtures.snapshot, inventory: (any HostInventory)? = nil,
        host: String = "127.0.0.1", token: BearerToken? = nil, cacheSeconds: Double = 60
    ) -> ServerConfiguration {
        var configuration = ServerConfiguration(
            host: host, port: 0, token: token, cacheSeconds: cacheSeconds, registry: registry,
            inventory: inventory ?? FixedInventory(snapshot: snapshot)
        )
        configuration.requestTimeLimitSeconds = Fixtures.requestTimeLimitSeconds
        return configuration
    }

    /// The server's scan time limit in tests. Production's 10 s answers 503 when Swift Testing
    /// runs every suite at once on two busy cores and a request's task waits its turn that long;
    /// no test here is about that limit.
    static let requestTimeLimitSeconds = 120

    static func application(_ configuration: ServerConfiguration = Fixtures.configuration()) throws -> some ApplicationProtocol {
        try buildApplication(configuration)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(text.utf8))
    }
}

/// The parts of the `portlore/1` documents the tests read.
struct AnswerDocument: Decodable {
    var schema: String
    var kind: String
    var ports: [PortEntry]

    struct PortEntry: Decodable {
        var port: Int
        var protocols: [Story]
        var listeners: [Socket]?
    }

    struct Story: Decodable {
        var `protocol`: String?
        var status: String
        var history: [Record]?
        var former: [Record]
    }

    struct Record: Decodable {
        var serviceName: String
    }

    struct Socket: Decodable {
        var port: Int
        var processes: [Process]
    }

    struct Process: Decodable {
        var name: String
        var commandLine: [String]
    }
}

struct ErrorDocument: Decodable {
    var schema: String
    var kind: String
    var status: Int
    var error: String
    var message: String
}
