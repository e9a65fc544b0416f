import PortloreSystem
import CNetlink
import Glibc
import SystemPackage

/// A `NETLINK_SOCK_DIAG` socket. Netlink sockets belong to the network namespace
/// their creator's thread was in when it called `socket`, so one opened on a
/// thread that entered another namespace asks that namespace's kernel tables.
struct NetlinkSocket: ~Copyable {
    private let descriptor: FileDescriptor
    private var sequence: UInt32 = 1

    init() throws(InventoryError) {
        switch system_socket(AF_NETLINK, Int32(SOCK_DGRAM.rawValue), NETLINK_SOCK_DIAG) {
        case .success(let descriptor): self.descriptor = descriptor
        case .failure(let error): throw .netlinkUnavailable(error)
        }
        // A larger receive buffer lets the kernel queue more of a big dump per wake-up.
        _ = system_setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, 1 << 20)
    }

    deinit { system_close(descriptor) }

    /// Sends a dump request and calls `body` with the payload of every reply message
    /// until `NLMSG_DONE`.
    mutating func dump(
        _ request: SockDiagRequest, _ body: (UnsafeRawBufferPointer) throws(InventoryError) -> Void
    ) throws(InventoryError) {
        sequence &+= 1
        let sent = request.withMessage(sequence: sequence) { system_sendToKernel(descriptor, $0) }
        if case .failure(let error) = sent { throw .netlinkFailed(operation: "request", error) }

        // The kernel fills at most 32 KiB per reply datagram; 64 KiB never truncates one.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count: Int
            switch system_recv(descriptor, buffer) {
            case .success(let received): count = received
            case .failure(let error): throw .netlinkFailed(operation: "reply", error)
            }
            if count == 0 { throw .malformedNetlinkReply("empty datagram") }
            var remaining = Int32(count)
            var header = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: nlmsghdr.self)
            while portlore_nlmsg_ok(header, remaining) != 0 {
                let type = Int32(header.pointee.nlmsg_type)
                if type == NLMSG_DONE { return }
                let payloadLength = Int(header.pointee.nlmsg_len) - Int(portlore_nlmsg_hdrlen())
                let payload = UnsafeRawBufferPointer(start: portlore_nlmsg_data(header), count: payloadLength)
                if type == NLMSG_ERROR {
                    guard payloadLength >= MemoryLayout<Int32>.size else {
                        throw .malformedNetlinkReply("short NLMSG_ERROR")
                    }
                    let code = payload.loadUnaligned(as: Int32.self)
                    throw .netlinkFailed(operation: "dump", Errno(rawValue: -code))
                }
                if header.pointee.nlmsg_seq == sequence {
                    try body(payload)
                }
                header = portlore_nlmsg_next(header, &remaining)
            }
        }
    }
}
