import PortReport

/// The CLI's byte sink: `StandardOutput`'s buffer (a big piece goes out without a copy).
struct StandardOutputSink: ByteSink {
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        StandardOutput.write(raw: bytes)
    }
}
