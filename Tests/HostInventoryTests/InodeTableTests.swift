import Testing
@testable import HostInventory

/// The owner scan's inode → listener table.
struct InodeTableTests {
    @Test("finds every inode it was given, and nothing else", arguments: [0, 1, 7, 8, 9, 1000, 20_000])
    func findsEveryInode(_ count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Consecutive runs (as the kernel hands out inodes) and scattered values.
        let inodes = (0..<count).map { $0 % 3 == 0 ? UInt64.random(in: 1...UInt64.max, using: &generator) : 40_000 + UInt64($0) }
        var twins: [SocketOwnerScan.Twin] = []
        let table = InodeTable(inodes, twins: &twins)
        var reference: [UInt64: Int32] = [:]
        for (index, inode) in inodes.enumerated() where reference[inode] == nil { reference[inode] = Int32(index) }
        #expect(table.count == reference.count)
        for (inode, index) in reference { #expect(table.listener(of: inode) == index) }
        for _ in 0..<1000 {
            let other = UInt64.random(in: 1...UInt64.max, using: &generator)
            #expect(table.listener(of: other) == reference[other])
        }
        #expect(table.listener(of: 0) == nil)
        #expect(twins.count == inodes.count - reference.count)
    }

    @Test("a socket listed again is a twin of its first listing; inode 0 is never entered")
    func twinsAndZero() {
        var twins: [SocketOwnerScan.Twin] = []
        let table = InodeTable([5, 0, 9, 5, 0, 9, 5], twins: &twins)
        #expect(table.count == 2)
        #expect(table.listener(of: 5) == 0)
        #expect(table.listener(of: 9) == 2)
        #expect(table.listener(of: 0) == nil)
        #expect(twins == [.init(listing: 3, original: 0), .init(listing: 5, original: 2), .init(listing: 6, original: 0)])
    }
}
