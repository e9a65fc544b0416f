/// Parses the kernel's socket tables /proc/net/{tcp,tcp6,udp,udp6}:
///
///     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
///      0: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 31337 1 ...
///
/// Addresses are 32-bit words printed in hex in host byte order (so on x86
/// 127.0.0.1 reads "0100007F"); IPv6 has four such words. Ports are plain hex.
enum ProcNetParser {
    /// The sockets in one table whose kernel state is in `states` (bit N: state N).
    static func parse(
        _ table: [UInt8], transport: SocketTransport, family: AddressFamily, states: UInt32 = .max,
        namespace: NetworkNamespace
    ) -> [Listener] {
        table.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            scanner.skipLine()  // the header
            var listeners: [Listener] = []
            while !scanner.isAtEnd {
                let lineStart = scanner.position
                if let listener = parseLine(&scanner, transport: transport, family: family, states: states, namespace: namespace) {
                    listeners.append(listener)
                }
                scanner.position = lineStart
                scanner.skipLine()
            }
            return listeners
        }
    }

    /// One table line; nil when it is malformed or filtered out.
    static func parseLine(
        _ scanner: inout ByteScanner, transport: SocketTransport, family: AddressFamily, states: UInt32,
        namespace: NetworkNamespace
    ) -> Listener? {
        _ = scanner.field()  // "sl:"
        let localField = scanner.field()
        let remoteField = scanner.field()
        guard let kernelState = scanner.hexadecimal(scanner.field()), kernelState < 32,
            states & (1 << UInt32(kernelState)) != 0
        else { return nil }
        scanner.skipFields(3)  // tx_queue:rx_queue tr:tm->when retrnsmt
        guard let uid = scanner.decimal(scanner.field()), uid <= UInt64(UInt32.max) else { return nil }
        scanner.skipFields(1)  // timeout
        guard let inode = scanner.decimal(scanner.field()),
            let local = address(localField, in: scanner, family: family),
            let remote = address(remoteField, in: scanner, family: family)
        else { return nil }
        let state = SocketState(kernelState: UInt8(kernelState), transport: transport)
        return Listener(
            transport: transport, family: family, state: state, local: local,
            remote: remote.port == 0 ? nil : remote, inode: inode, uid: UInt32(uid), namespace: namespace,
            owner: .hidden)
    }

    /// "0100007F:0050" or "00000000000000000000000001000000:0050".
    static func address(_ range: Range<Int>, in scanner: ByteScanner, family: AddressFamily) -> SocketAddress? {
        let wordCount = family == .ipv4 ? 1 : 4
        guard range.count == wordCount * 8 + 5, scanner.bytes[range.lowerBound + wordCount * 8] == 0x3A,
            let port = scanner.hexadecimal(range.upperBound - 4..<range.upperBound)
        else { return nil }
        var words: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &words) { raw -> SocketAddress? in
            let wordBuffer = raw.bindMemory(to: UInt32.self)
            for word in 0..<wordCount {
                let start = range.lowerBound + word * 8
                guard let value = scanner.hexadecimal(start..<start + 8) else { return nil }
                // The kernel printed the in-memory (network-order) word as a host integer.
                wordBuffer[word] = UInt32(truncatingIfNeeded: value)
            }
            return SocketAddress(
                family: family, networkBytes: UnsafeRawBufferPointer(rebasing: raw[..<(wordCount * 4)]),
                port: UInt16(port))
        }
    }
}
