/// Socket inodes and the index of the listener each belongs to: an open-addressing
/// hash table, built once and then only read, by every thread of the owner scan.
///
/// Every socket descriptor the scan reads is looked up here (20,000 and more), and
/// the calling thread builds the table while the others wait for it: a
/// `Dictionary` (SipHash, resizing, copy-on-write checks) took several times as long.
struct InodeTable: Sendable {
    /// Power-of-two sized; 0 marks an empty slot (no socket has inode 0).
    private let inodes: [UInt64]
    private let listeners: [Int32]
    private let shift: UInt64

    /// The table of `inodes` (index = listener), skipping 0; `twins` gets each later
    /// listing of an inode listed before, with the index of its first listing.
    init(_ inodes: [UInt64], twins: inout [SocketOwnerScan.Twin]) {
        // At most 3/4 full: probe runs stay short (under 4 slots on average for an inode
        // that is not there), and a smaller table is fewer fresh pages to fault in.
        var bits = 4
        while 3 << bits < 4 * inodes.count { bits += 1 }
        let capacity = 1 << bits
        shift = UInt64(64 - bits)
        var slots = [UInt64](repeating: 0, count: capacity)
        var owners = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        var distinct = 0
        for (index, inode) in inodes.enumerated() where inode != 0 {
            var slot = Self.slot(of: inode, shift: shift)
            while slots[slot] != 0 && slots[slot] != inode { slot = (slot + 1) & mask }
            if slots[slot] == inode {
                twins.append(SocketOwnerScan.Twin(listing: index, original: Int(owners[slot])))
            } else {
                slots[slot] = inode
                owners[slot] = Int32(index)
                distinct += 1
            }
        }
        self.inodes = slots
        self.listeners = owners
        count = distinct
    }

    /// How many distinct inodes it holds.
    let count: Int

    /// The index of the listener with `inode`, or nil.
    func listener(of inode: UInt64) -> Int32? {
        guard inode != 0 else { return nil }
        let mask = inodes.count - 1
        var slot = Self.slot(of: inode, shift: shift)
        while true {
            let found = inodes[slot]
            if found == inode { return listeners[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Fibonacci hashing: inodes are often consecutive, and the top bits of the
    /// product spread them over the table.
    private static func slot(of inode: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (inode &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
