import Testing
@testable import HostInventory

/// /proc/net/{tcp,tcp6,udp,udp6} lines, as captured from real kernels.
struct ProcNetParserTests {
    static let header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
    static let host = NetworkNamespace(inode: 4026531840, isHost: true)

    static func parse(_ lines: String, _ transport: SocketTransport, _ family: AddressFamily, states: UInt32 = .max) -> [Listener] {
        ProcNetParser.parse(Array((header + lines).utf8), transport: transport, family: family, states: states, namespace: host)
    }

    @Test func ipv4Listener() throws {
        let listeners = Self.parse(
            "   0: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000   999        0 31337 1 0000000000000000 100 0 0 10 0\n",
            .tcp, .ipv4)
        let listener = try #require(listeners.first)
        #expect(listeners.count == 1)
        #expect(listener.local == SocketAddress(ip: "127.0.0.1", port: 3306, isLoopback: true, isWildcard: false))
        #expect(listener.remote == nil)
        #expect(listener.state == .listen)
        #expect(listener.uid == 999)
        #expect(listener.inode == 31337)
        #expect(listener.namespace == Self.host)
    }

    @Test(arguments: [
        ("00000000000000000000000001000000:1F90", "::1", true, false, UInt16(8080)),
        ("00000000000000000000000000000000:0016", "::", false, true, 22),
        ("0000000000000000FFFF00000100007F:0050", "::ffff:127.0.0.1", true, false, 80),
        ("0000000000000000FFFF00000A00000A:0050", "::ffff:10.0.0.10", false, false, 80),
        ("000080FE00000000FF005452FFE3E1FE:0222", "fe80::5254:ff:fee1:e3ff", false, false, 546),
        ("B80D0120000000000000000001000000:01BB", "2001:db8::1", false, false, 443),
    ])
    func ipv6Addresses(_ field: String, _ ip: String, _ loopback: Bool, _ wildcard: Bool, _ port: UInt16) throws {
        let listeners = Self.parse(
            "   3: \(field) 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0\n",
            .tcp, .ipv6)
        let listener = try #require(listeners.first)
        #expect(listener.local == SocketAddress(ip: ip, port: port, isLoopback: loopback, isWildcard: wildcard))
        #expect(listener.family == .ipv6)
    }

    @Test func udpStatesAndFiltering() {
        let lines = """
              123: 00000000:0044 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 23456 2 0000000000000000 0
              124: 0100007F:A5F3 0100007F:0035 01 00000000:00000000 00:00000000 00000000   100        0 23457 2 0000000000000000 0

            """
        let all = Self.parse(lines, .udp, .ipv4)
        #expect(all.map(\.state) == [.unconnected, .established])
        #expect(all[0].local.description == "0.0.0.0:68")
        #expect(all[0].local.isWildcard)
        #expect(all[1].remote?.description == "127.0.0.1:53")
        let bound = Self.parse(lines, .udp, .ipv4, states: SockDiagRequest.unconnectedStates)
        #expect(bound.map(\.inode) == [23456])
    }

    @Test func tcpListenFilterDropsConnections() {
        let lines = """
               0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 100 1 0000000000000000 100 0 0 10 0
               1: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 101 1 0000000000000000 20 4 30 10 -1
               2: 0100007F:D2F2 0100007F:1F90 06 00000000:00000000 03:00001770 00000000     0        0 0 3 0000000000000000

            """
        #expect(Self.parse(lines, .tcp, .ipv4, states: SockDiagRequest.listenStates).map(\.inode) == [100])
        let all = Self.parse(lines, .tcp, .ipv4)
        #expect(all.map(\.state) == [.listen, .established, .timeWait])
        #expect(all[1].remote?.port == 54000)
    }

    @Test func malformedLinesAreSkipped() {
        let lines = """
               0: garbage
               1: 0100007F:1F90 00000000:0000 0A
               2: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 7 1 0000000000000000 100 0 0 10 0
            """  // no final newline
        #expect(Self.parse(lines, .tcp, .ipv4).map(\.inode) == [7])
        #expect(ProcNetParser.parse([], transport: .tcp, family: .ipv4, namespace: Self.host).isEmpty)
    }
}
