import PortRegistry
import NIOCore
import Synchronization

/// Rendered registry pages, kept as the bytes sent, for one registry version at a time and at
/// most `capacityBytes` of them: the least recently used page goes first when a new one does
/// not fit. A crawler walking all 131,072 port pages therefore costs a bounded amount of memory,
/// and the pages people actually read stay.
///
/// Thread-safe: one lock around a dictionary and an intrusive doubly linked list (indexes into
/// one array), so a hit is a hash lookup and four index writes.
final class PageCache: Sendable {
    /// What is kept for one page.
    struct Entry: Sendable {
        var body: ByteBuffer
        /// The body compressed with gzip, when it is worth sending (see `GzipEncoding`).
        var gzipBody: ByteBuffer?
        var contentType: String
        /// The page's language (`Content-Language`); `nil` for documents in no language.
        var contentLanguage: String? = nil
        /// `"…"`, from the bytes (`EntityTag`).
        var entityTag: String
        /// Whether `/` chose the language from `Accept-Language`: the answer varies by it.
        var variesByLanguage: Bool

        var cost: Int { body.readableBytes + (gzipBody?.readableBytes ?? 0) + contentType.utf8.count + entityTag.utf8.count }
    }

    struct Statistics: Sendable, Equatable {
        var entries: Int
        var bytes: Int
        var hits: Int
        var misses: Int
        var evictions: Int
    }

    let capacityBytes: Int
    private let state: Mutex<State>

    init(capacityBytes: Int) {
        self.capacityBytes = capacityBytes
        state = Mutex(State())
    }

    /// The page for `key` under `version`. A version other than the one held empties the cache
    /// first: pages of an older registry are never served again.
    func entry(for key: PageCacheKey, version: RegistryVersion) -> Entry? {
        state.withLock { state in
            state.adopt(version)
            return state.lookup(key)
        }
    }

    /// Keeps `entry` for `key` unless the cache has moved on to another version meanwhile, or the
    /// page alone is larger than a quarter of the capacity.
    func store(_ entry: Entry, for key: PageCacheKey, version: RegistryVersion) {
        let keyCost = key.cost
        guard entry.cost + keyCost <= capacityBytes / 4 else { return }
        state.withLock { state in
            state.adopt(version)
            state.insert(entry, for: key, cost: entry.cost + keyCost + State.overhead, capacity: capacityBytes)
        }
    }

    var statistics: Statistics {
        state.withLock { Statistics(entries: $0.index.count, bytes: $0.bytes, hits: $0.hits, misses: $0.misses, evictions: $0.evictions) }
    }

    /// The least-recently-used list. `nodes[i].previous`/`next` are indexes; -1 ends the list.
    private struct State {
        /// Bookkeeping bytes per entry besides its body and key: the node, the dictionary slot,
        /// two ByteBuffer headers and malloc's rounding, roughly.
        static let overhead = 160

        struct Node {
            var key: PageCacheKey
            var entry: Entry?
            var cost: Int
            var previous: Int
            var next: Int
        }

        var version: RegistryVersion?
        var index: [PageCacheKey: Int] = [:]
        var nodes: [Node] = []
        var free: [Int] = []
        var head = -1  // most recently used
        var tail = -1  // least recently used
        var bytes = 0
        var hits = 0
        var misses = 0
        var evictions = 0

        mutating func adopt(_ newVersion: RegistryVersion) {
            guard version != newVersion else { return }
            version = newVersion
            index = [:]
            nodes = []
            free = []
            head = -1
            tail = -1
            bytes = 0
        }

        mutating func lookup(_ key: PageCacheKey) -> Entry? {
            guard let slot = index[key], let entry = nodes[slot].entry else {
                misses += 1
                return nil
            }
            hits += 1
            moveToFront(slot)
            return entry
        }

        mutating func insert(_ entry: Entry, for key: PageCacheKey, cost: Int, capacity: Int) {
            if let slot = index[key] {
                // Two requests rendered the same page at once: keep one.
                bytes += cost - nodes[slot].cost
                nodes[slot].entry = entry
                nodes[slot].cost = cost
                moveToFront(slot)
            } else {
                let node = Node(key: key, entry: entry, cost: cost, previous: -1, next: -1)
                let slot: Int
                if let reused = free.popLast() {
                    nodes[reused] = node
                    slot = reused
                } else {
                    nodes.append(node)
                    slot = nodes.count - 1
                }
                index[key] = slot
                bytes += cost
                linkAtFront(slot)
            }
            while bytes > capacity, tail != -1, tail != head {
                evict(tail)
            }
        }

        private mutating func evict(_ slot: Int) {
            unlink(slot)
            index[nodes[slot].key] = nil
            bytes -= nodes[slot].cost
            nodes[slot].entry = nil
            nodes[slot].key = PageCacheKey.vacant
            free.append(slot)
            evictions += 1
        }

        private mutating func moveToFront(_ slot: Int) {
            guard head != slot else { return }
            unlink(slot)
            linkAtFront(slot)
        }

        private mutating func linkAtFront(_ slot: Int) {
            nodes[slot].previous = -1
            nodes[slot].next = head
            if head != -1 { nodes[head].previous = slot }
            head = slot
            if tail == -1 { tail = slot }
        }

        private mutating func unlink(_ slot: Int) {
            let previous = nodes[slot].previous, next = nodes[slot].next
            if previous != -1 { nodes[previous].next = next } else { head = next }
            if next != -1 { nodes[next].previous = previous } else { tail = previous }
            nodes[slot].previous = -1
            nodes[slot].next = -1
        }
    }
}

/// Which page: its path (with the one query parameter that changes a cached document,
/// `history`), the language it is written in, and whether the body is gzip-compressed.
struct PageCacheKey: Hashable, Sendable {
    var path: String
    var language: Language

    var cost: Int { path.utf8.count }

    static let vacant = PageCacheKey(path: "", language: .english)
}

/// One version of the registry: pages rendered from another are different pages. Two
/// registries with the same date, record counts and source are the same installation.
struct RegistryVersion: Hashable, Sendable {
    var date: String
    var versionCount: Int
    var currentRecordCount: Int
    var source: String
}

extension RegistryVersion {
    init(_ configuration: ServerConfiguration) {
        let registry = configuration.registry
        self.init(
            date: registry.registryDate, versionCount: registry.versionCount,
            currentRecordCount: registry.currentRecordCount, source: configuration.registrySource
        )
    }
}
