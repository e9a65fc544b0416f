/// The target of a /proc magic link that names an anonymous kernel object by kind and
/// inode: "socket:[31337]" in /proc/PID/fd, "net:[4026531840]" in /proc/PID/ns.
enum LinkTarget {
    /// The inode in `target` when it reads `KIND:[digits]`; nil for any other text.
    @inline(__always)
    static func inode(_ target: UnsafeBufferPointer<CChar>, kind: StaticString) -> UInt64? {
        let digitsStart = kind.utf8CodeUnitCount + 2  // "KIND:["
        // At least one digit, at most 20 (UInt64), and the closing bracket.
        guard target.count > digitsStart + 1, target.count <= digitsStart + 21,
            target[target.count - 1] == 0x5D, target[digitsStart - 2] == 0x3A, target[digitsStart - 1] == 0x5B
        else { return nil }
        for index in 0..<kind.utf8CodeUnitCount where UInt8(bitPattern: target[index]) != kind.utf8Start[index] {
            return nil
        }
        var inode: UInt64 = 0
        for index in digitsStart..<(target.count - 1) {
            let digit = UInt8(bitPattern: target[index]) &- 0x30
            guard digit <= 9 else { return nil }
            inode = inode &* 10 &+ UInt64(digit)
        }
        return inode
    }
}
