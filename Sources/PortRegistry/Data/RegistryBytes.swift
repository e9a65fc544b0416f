/// The immutable bytes of a compiled registry: the C array linked into the binary, or a copy of
/// a file's bytes this object owns.
///
/// `@unchecked Sendable`: the bytes are never written after `init`, the embedded array is a
/// `const` global that lives as long as the process, and an owned copy is freed only in `deinit`,
/// when no `Registry` can reach it any more.
final class RegistryBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    private let isOwned: Bool

    /// Wraps memory that outlives the process's use of it (the embedded C array); no copy.
    init(unowned buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
        self.isOwned = false
    }

    init(copying bytes: [UInt8]) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress, let target = storage.baseAddress {
                target.copyMemory(from: base, byteCount: source.count)
            }
        }
        self.buffer = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(storage)[0..<bytes.count])
        self.isOwned = true
    }

    deinit {
        if isOwned { UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate() }
    }
}
