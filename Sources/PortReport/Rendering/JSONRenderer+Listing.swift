public import HostInventory
import Dispatch
import PortRegistry

#if canImport(Glibc)
import Glibc
#endif

extension JSONDocument {
    /// A socket of `portlore ls` with its port's registration.
    public struct ListingSocket: Encodable, Sendable {
        public var socket: Socket
        public var iana: Registration
        public var findings: [Finding]

        public struct Registration: Encodable, Sendable {
            public var status: String
            public var serviceNames: [String]
            public var formerName: String?
            public var deassignedOn: String?
        }

        public init(_ entry: ListingEntry) {
            socket = Socket(entry.listener)
            iana = Registration(
                status: entry.registry.status.rawValue, serviceNames: entry.registry.serviceNames,
                formerName: entry.registry.formerName, deassignedOn: entry.registry.deassignedOn
            )
            findings = entry.findings.map(Finding.init)
        }

        public func encode(to encoder: any Encoder) throws {
            // Flatten: the socket's fields and `iana` side by side.
            try socket.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(iana, forKey: .iana)
            try container.encode(findings, forKey: .findings)
        }

        private enum Key: String, CodingKey { case iana, findings }
    }

    /// What `ls --json` prints. `JSONRenderer.render(listing:snapshot:)` writes it through
    /// `ListingJSONWriter`, which a test holds to this type's encoding.
    public struct Listing: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "listing"
        public var registry: Registry
        public var isRoot: Bool
        public var warnings: [String]
        public var listeners: [ListingSocket]
    }

    /// One line of `ls --ndjson`: a socket with the schema as its first field. Written by
    /// `ListingJSONWriter` too, and held to this encoding by the same test.
    public struct ListingLine: Encodable, Sendable {
        public var socket: ListingSocket

        public init(_ socket: ListingSocket) {
            self.socket = socket
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(JSONDocument.schema, forKey: .schema)
            try socket.encode(to: encoder)
        }

        private enum Key: String, CodingKey { case schema }
    }
}

extension JSONRenderer {
    /// The listing as one `portlore/1` document, handed to `output` in pieces as it is made.
    ///
    /// Sockets are written by `ListingJSONWriter` in runs of `socketsPerPiece`, a batch of
    /// runs at a time on every core, so the 28 MB of a 20,000-socket listing never sit in
    /// memory whole and both the encoding and the copying are shared out.
    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot, to output: (ArraySlice<UInt8>) -> Void) {
        var head = ListingJSONWriter(pretty: true, depth: 0)
        var first = true
        head.bytes.append(UInt8(ascii: "{"))
        head.member(ListingJSONWriter.Key.schema, at: 1, first: &first)
        head.string(JSONDocument.schema)
        head.member(ListingJSONWriter.Key.kind, at: 1, first: &first)
        head.string("listing")
        head.member(ListingJSONWriter.Key.registry, at: 1, first: &first)
        var registryFirst = true
        head.bytes.append(UInt8(ascii: "{"))
        head.member(ListingJSONWriter.Key.date, at: 2, first: &registryFirst)
        head.string(registry.date)
        head.member(ListingJSONWriter.Key.source, at: 2, first: &registryFirst)
        head.string(registry.source)
        head.newline(1)
        head.bytes.append(UInt8(ascii: "}"))
        head.member(ListingJSONWriter.Key.isRoot, at: 1, first: &first)
        head.boolean(snapshot.isRoot)
        head.member(ListingJSONWriter.Key.warnings, at: 1, first: &first)
        head.array(snapshot.warnings, at: 1) { writer, warning in writer.string(warning) }
        head.member(ListingJSONWriter.Key.listeners, at: 1, first: &first)
        guard !entries.isEmpty else {
            head.append("[]\n}\n")
            output(head.bytes[...])
            return
        }
        head.bytes.append(UInt8(ascii: "["))
        output(head.bytes[...])

        Self.inParallelPieces(of: entries, pretty: true, depth: 2, to: output) { writer, entry, index in
            if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
            writer.newline(2)
            writer.socket(entry)
        }

        var tail = ListingJSONWriter(pretty: true, depth: 0)
        tail.newline(1)
        tail.append("]\n}\n")
        output(tail.bytes[...])
    }

    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot) -> String {
        var bytes: [UInt8] = []
        render(listing: entries, snapshot: snapshot) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One compact JSON object per line, each carrying the schema, handed to `output`.
    public func renderLines(listing entries: [ListingEntry], to output: (ArraySlice<UInt8>) -> Void) {
        Self.inParallelPieces(of: entries, pretty: false, depth: 0, to: output) { writer, entry, _ in
            writer.socket(entry, schema: true)
            writer.bytes.append(UInt8(ascii: "\n"))
        }
    }

    static let socketsPerPiece = 512

    /// Writes `entries` with `body` (given each entry's index in `entries`) in pieces of
    /// `socketsPerPiece`, a batch of pieces per core at a time, handing the pieces to
    /// `output` in order.
    private static func inParallelPieces(
        of entries: [ListingEntry], pretty: Bool, depth: Int, to output: (ArraySlice<UInt8>) -> Void,
        _ body: @escaping @Sendable (inout ListingJSONWriter, ListingEntry, Int) -> Void
    ) {
        let pieceCount = (entries.count + socketsPerPiece - 1) / socketsPerPiece
        let batchSize = pieceCount == 1 ? 1 : max(2, 2 * Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        // One writer per slot of a batch, reused batch after batch (and with it its processes).
        var writers = (0..<batchSize).map { _ in
            ListingJSONWriter(pretty: pretty, depth: depth, capacity: socketsPerPiece * (pretty ? 1_600 : 900))
        }
        var firstPiece = 0
        while firstPiece < pieceCount {
            let count = min(batchSize, pieceCount - firstPiece)
            writers.withUnsafeMutableBufferPointer { slots in
                // Safe: each iteration touches only its own writer, and concurrentPerform
                // returns after every iteration has finished.
                nonisolated(unsafe) let slots = slots
                let batchStart = firstPiece
                DispatchQueue.concurrentPerform(iterations: count) { slot in
                    let start = (batchStart + slot) * socketsPerPiece
                    let end = min(start + socketsPerPiece, entries.count)
                    slots[slot].removeAll()
                    for index in start..<end { body(&slots[slot], entries[index], index) }
                }
            }
            for slot in 0..<count { output(writers[slot].bytes[...]) }
            firstPiece += count
        }
    }
}
