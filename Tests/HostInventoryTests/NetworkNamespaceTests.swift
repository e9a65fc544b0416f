import Foundation
import Testing
@testable import HostInventory

/// Listeners inside a network namespace the test creates with `ip netns`.
struct NetworkNamespaceTests {
    @Test("a listener inside a named namespace is found and labelled",
          .enabled(if: isRoot, "ip netns add and setns need root"),
          .enabled(if: hasIPRoute2 && hasPython3, "needs ip (iproute2) and python3"),
          arguments: ["sock_diag", "/proc/net"])
    func namedNamespace(_ sourceName: String) throws {
        let name = "portlore-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try #require(try run(ipTool, ["netns", "add", name]) == 0)
        defer { _ = try? run(ipTool, ["netns", "del", name]) }
        try #require(try run(ipTool, ["-n", name, "link", "set", "lo", "up"]) == 0)

        // `ip netns exec` enters the namespace and then execs python3: same PID.
        let child = try ChildProcess(ipTool, ["netns", "exec", name, python3, "-c", PythonScripts.listen])
        defer { child.finish() }
        let port = try #require(UInt16(child.readLine()))

        let source: any SocketSource = sourceName == "sock_diag" ? SockDiagSource() : ProcNetSource()
        let snapshot = try LinuxHostInventory(source: source).snapshot(
            InventoryOptions(transports: [.tcp], port: port...port, allNamespaces: true))
        let namespace = try #require(snapshot.scannedNamespaces.first { $0.name == name })
        #expect(!namespace.isHost)
        #expect(namespace.inode == NamespaceIdentity.inode(of: "/run/netns/\(name)"))
        let listener = try #require(snapshot.listeners.first { $0.namespace.name == name })
        #expect(listener.local.ip == "127.0.0.1")
        #expect(listener.local.port == port)
        #expect(listener.namespace == namespace)
        guard case .processes(let owners) = listener.owner else {
            Issue.record("expected the child as owner, got \(listener.owner)")
            return
        }
        #expect(owners.map(\.pid) == [child.pid])
        #expect(owners.first?.user == "root")
    }

    @Test("without allNamespaces only our own namespace is scanned")
    func ownNamespaceOnly() throws {
        let snapshot = try LinuxHostInventory().snapshot(InventoryOptions(allNamespaces: false))
        #expect(snapshot.scannedNamespaces.map(\.inode) == [NamespaceIdentity.ofCurrentThread().inode])
    }

    @Test("a namespace thread sees the namespace it entered")
    func threadEntersNamespace() throws {
        let own = NamespaceIdentity.ofCurrentThread().inode
        if isRoot {
            let inside = try NamespaceThread.run(in: "/proc/self/ns/net") { () throws(InventoryError) in
                NamespaceIdentity.ofCurrentThread().inode
            }
            #expect(inside == own)
        }
        #expect(throws: InventoryError.self) {
            try NamespaceThread.run(in: "/run/netns/portlore-no-such-namespace") { () throws(InventoryError) in 0 }
        }
    }

    @Test("a namespace link's text names the inode stat finds behind it")
    func linkText() throws {
        var link = [CChar](repeating: 0, count: 64)
        let count = try link.withUnsafeMutableBufferPointer { buffer in
            try system_readlinkat(nil, "/proc/self/ns/net", buffer).get()
        }
        let inode = link.withUnsafeBufferPointer { NamespaceIdentity.inode(ofLink: UnsafeBufferPointer(rebasing: $0[..<count])) }
        #expect(inode != nil)
        #expect(inode == NamespaceIdentity.inode(of: "/proc/self/ns/net"))
    }

    @Test(arguments: [
        ("net:[4026531840]", 4_026_531_840), ("net:[1]", 1), ("net:[]", nil), ("mnt:[4026531840]", nil),
        ("net:[40265x1840]", nil), ("net:[4026531840", nil), ("socket:[31337]", nil), ("", nil),
    ] as [(String, UInt64?)])
    func linkTexts(_ text: String, _ inode: UInt64?) {
        let bytes = text.utf8.map { CChar(bitPattern: $0) }
        #expect(bytes.withUnsafeBufferPointer(NamespaceIdentity.inode(ofLink:)) == inode)
    }
}

