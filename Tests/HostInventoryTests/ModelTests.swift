import SystemPackage
import Testing
@testable import HostInventory

struct SocketAddressTests {
    @Test(arguments: [
        (SocketAddress(ip: "127.0.0.1", port: 80, isLoopback: true, isWildcard: false), "127.0.0.1:80"),
        (SocketAddress(ip: "::1", port: 80, isLoopback: true, isWildcard: false), "[::1]:80"),
        (SocketAddress(ip: "::", port: 53, isLoopback: false, isWildcard: true), "[::]:53"),
    ])
    func description(_ address: SocketAddress, _ text: String) {
        #expect(address.description == text)
    }
}

struct EphemeralPortRangeTests {
    @Test func parses() {
        #expect(EphemeralPortRange.parseRange(Array("32768\t60999\n".utf8)) == 32768...60999)
        #expect(EphemeralPortRange.parseRange(Array("60999\t32768\n".utf8)) == nil)
        #expect(EphemeralPortRange.parseReserved(Array("8080,9000-9010\n".utf8)) == [8080...8080, 9000...9010])
        #expect(EphemeralPortRange.parseReserved(Array("\n".utf8)) == [])
    }

    @Test func readsTheKernel() throws {
        let range = try #require(EphemeralPortRange.current())
        #expect(range.lowerBound >= 1)
        _ = EphemeralPortRange.reservedPorts()
    }
}

struct InventoryErrorTests {
    @Test(arguments: [
        InventoryError.netlinkUnavailable(.permissionDenied),
        .netlinkFailed(operation: "dump", .noSuchFileOrDirectory),
        .malformedNetlinkReply("short"),
        .unreadable(path: "/proc/net/tcp", .permissionDenied),
        .cannotEnterNamespace(path: "/run/netns/a", .permissionDenied),
        .threadUnavailable(.resourceTemporarilyUnavailable),
    ])
    func oneSentence(_ error: InventoryError) {
        let text = error.description
        #expect(text.hasSuffix("."))
        #expect(!text.contains("\n"))
        #expect(text.first?.isUppercase == true)
    }
}

struct SnapshotLiteralTests {
    @Test func literalsRoundTrip() throws {
        let process = ProcessDetails(
            pid: 10, parentPID: 1, name: "nginx", commandLine: ["nginx"], executable: "/usr/sbin/nginx",
            executableDeleted: false, uid: 0, user: "root", startTime: 1.5, cgroup: "/", containerID: nil)
        let snapshot = HostSnapshot(
            listeners: [
                Listener(
                    transport: .tcp, family: .ipv4, state: .listen,
                    local: SocketAddress(ip: "0.0.0.0", port: 80, isLoopback: false, isWildcard: true),
                    inode: 1, uid: 0, namespace: NetworkNamespace(inode: 2, isHost: true),
                    owner: .processes([process]))
            ], isRoot: true, scannedNamespaces: [NetworkNamespace(inode: 2, isHost: true)], warnings: [])
        #expect(snapshot.listeners.first?.owner == .processes([process]))
    }
}
