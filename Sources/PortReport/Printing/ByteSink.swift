/// Where printed bytes go: the CLI's buffered stdout, a server response's body, a test's array.
/// A printer writes to one sink, chosen by the caller.
public protocol ByteSink {
    mutating func write(_ bytes: UnsafeRawBufferPointer)
}

extension ByteSink {
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// Bytes kept in memory: what the server sends as a response body, or what a test reads.
public struct CollectedBytes: ByteSink, Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
