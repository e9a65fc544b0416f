import Foundation
import HostInventory
import PortRegistry
@testable import PortReport
import Testing

/// `ls --json` and `--ndjson` are written by hand for speed; they must decode to exactly what
/// the documented `Encodable` types (docs/json-schema.md) encode to with `JSONEncoder`.
struct ListingJSONWriterTests {
    let renderer = JSONRenderer(includesHistory: false, registryDate: "2026-08-17", registrySource: "embedded \"test\" copy")

    /// Sockets of every shape: every optional field present and absent, shared and
    /// hidden owners, strings that need escaping, and enough of them to span several pieces.
    func entries() -> [ListingEntry] {
        let container = NetworkNamespace(inode: 4026532999, name: "blue\tnet", isHost: false)
        var odd = Fixture.process("we\"ird\\name", pid: 77, uid: 0, user: nil, executable: "/tmp/x\u{7F}y")
        odd.commandLine = ["/tmp/x", "--motd=line one\nline two", "\u{01}ctl", "café ☕", ""]
        odd.startTime = nil
        odd.cgroup = nil
        odd.containerID = String(repeating: "ab", count: 32)
        var bare = Fixture.process("bare", pid: 78)
        bare.executable = nil
        bare.user = nil
        // Same PID, other details: a cache keyed by PID alone would print the wrong one.
        var renamed = Fixture.process("renamed", pid: 77)
        renamed.commandLine = ["renamed"]
        let worker = Fixture.process("nginx", pid: 101, uid: 33, user: "www-data")
        let master = Fixture.process("nginx", pid: 100, uid: 0, user: "root")

        var listeners = [
            Fixture.listener(port: 80, ip: "0.0.0.0", owner: .processes([master, worker])),
            Fixture.listener(port: 80, ip: "::", owner: .processes([master, worker])),
            Fixture.listener(port: 1302, owner: .processes([odd])),
            Fixture.listener(port: 1302, transport: .udp, ip: "::1", owner: .hidden),
            Fixture.listener(port: 2024, ip: "10.1.2.3", owner: .none),
            Fixture.listener(port: 5432, ip: "0.0.0.0", owner: .processes([bare]), namespace: container),
            Fixture.listener(port: 9229, ip: "0.0.0.0", owner: .processes([renamed])),
        ]
        var connected = Fixture.listener(port: 40000, owner: .processes([odd]))
        connected.state = .established
        connected.remote = SocketAddress(ip: "127.0.0.1", port: 5432, isLoopback: true, isWildcard: false)
        listeners.append(connected)
        for index in 0..<1_200 {
            let holder = Fixture.process("load", pid: Int32(1_000 + index / 100), uid: 0, user: "root")
            listeners.append(Fixture.listener(port: UInt16(20_000 + index), owner: .processes([holder])))
        }
        let snapshot = HostSnapshot(listeners: listeners, isRoot: true, scannedNamespaces: [Fixture.hostNamespace, container])
        return PortReporter(registry: .embedded, snapshot: snapshot).listing(ListenerFilter(), rules: RuleBook())
    }

    @Test func documentMatchesTheEncodableListing() throws {
        let entries = entries()
        // The fixtures reach every optional field, so the comparison covers them.
        #expect(entries.contains { $0.registry.formerName != nil && $0.registry.deassignedOn != nil })
        #expect(entries.contains { $0.findings.contains { $0.pid == nil } && $0.findings.contains { $0.pid != nil } })

        for warnings in [[], ["netlink unavailable (EPERM), read /proc/net instead", "cannot enter \"ns\""]] {
            let snapshot = HostSnapshot(listeners: [], isRoot: false, scannedNamespaces: [], warnings: warnings)
            let written = renderer.render(listing: entries, snapshot: snapshot)
            let encoded = JSONRenderer.encode(JSONDocument.Listing(
                registry: renderer.registry, isRoot: false, warnings: warnings,
                listeners: entries.map(JSONDocument.ListingSocket.init)
            )) + "\n"
            #expect(try Self.value(written) == Self.value(encoded), "\(difference(written, encoded))")
            #expect(written.hasSuffix("\n}\n"), "a pretty document that ends its last line")
        }
    }

    @Test func emptyListingMatchesTheEncodableListing() throws {
        let snapshot = HostSnapshot(listeners: [], isRoot: true, scannedNamespaces: [])
        let encoded = JSONRenderer.encode(JSONDocument.Listing(
            registry: renderer.registry, isRoot: true, warnings: [], listeners: []
        )) + "\n"
        #expect(try Self.value(renderer.render(listing: [], snapshot: snapshot)) == Self.value(encoded))
    }

    @Test func linesMatchTheEncodableLines() throws {
        let entries = entries()
        var bytes: [UInt8] = []
        renderer.renderLines(listing: entries) { bytes.append(contentsOf: $0) }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == entries.count + 1)
        #expect(lines.last == "")
        for (line, entry) in zip(lines, entries) {
            let encoded = JSONRenderer.encode(JSONDocument.ListingLine(.init(entry)), pretty: false)
            #expect(!line.contains("\n"))
            #expect(try Self.value(String(line)) == Self.value(encoded))
        }
    }

    /// The eight-bytes-at-a-time scan agrees with the plain rule for every byte value at
    /// every position of strings around the word size.
    @Test func escapeScanAgreesWithTheByteRule() {
        for length in 1...19 {
            for position in 0..<length {
                for value in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = value
                    // Multi-byte UTF-8 neighbours (0xC3 0xA9, "é") must not hide a bad byte.
                    if position > 0 { bytes[position - 1] = 0xC3 }
                    let expected = !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
                    let scanned = bytes.withUnsafeBufferPointer(ListingJSONWriter.needsNoEscaping)
                    if scanned != expected {
                        Issue.record("length \(length), byte \(value) at \(position): scan says \(scanned)")
                        return
                    }
                }
            }
        }
    }

    /// A JSON text as Foundation's parser reads it: objects compare by keys and values,
    /// whatever order the keys were written in.
    static func value(_ text: String) throws -> NSObject? {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSObject
    }

    /// Where two long documents part, and 80 bytes of each from there.
    private func difference(_ written: String, _ encoded: String) -> String {
        let offset = zip(written.utf8, encoded.utf8).prefix { $0 == $1 }.count
        let window = { (text: String) in String(decoding: text.utf8.dropFirst(offset).prefix(80), as: UTF8.self) }
        return "they differ from byte \(offset): written \(window(written).debugDescription), encoded \(window(encoded).debugDescription)"
    }
}
