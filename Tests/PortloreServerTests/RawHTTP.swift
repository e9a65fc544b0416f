import Glibc

/// One request written to 127.0.0.1:`port`, and everything read back until the server closes
/// the connection. Reads never block: the server answers from the same process's concurrency
/// pool (two threads on two cores), which a blocking `recv` would starve. Gives up after 3,000
/// empty polls, 10 ms apart.
enum RawHTTP {
    static func exchange(_ request: String, port: Int) async throws -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawHTTPError.failed("socket") }
        defer { close(descriptor) }
        let address = LoopbackSockets.loopback(port: port)
        let connected = address.withUnsafeBytes {
            connect(descriptor, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count))
        }
        guard connected == 0 else { throw RawHTTPError.failed("connect") }
        let bytes = Array(request.utf8)
        guard bytes.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count else {
            throw RawHTTPError.failed("send")
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var emptyPolls = 0
        while emptyPolls < 3000 {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                emptyPolls += 1
                try await Task.sleep(nanoseconds: 10_000_000)
                continue
            }
            guard count > 0 else { break }
            answer += buffer[..<count]
            // The status line and headers are all this test reads.
            if answer.count > 64 * 1024 { break }
        }
        return String(decoding: answer, as: UTF8.self)
    }

    enum RawHTTPError: Error { case failed(String) }
}
