public import HostInventory
import Dispatch
import PortRegistry

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
    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot, to output: (UnsafeRawBufferPointer) -> Void) {
        renderDocument(count: entries.count, source: Self.pieces(of: entries), snapshot: snapshot, to: output)
    }

    /// The listing as one `portlore/1` document, judged and written a piece at a time.
    ///
    /// - Returns: the severity of the most severe finding written, nil when there was none.
    @discardableResult
    public func render(listing judge: ListingJudge, snapshot: HostSnapshot, to output: (UnsafeRawBufferPointer) -> Void) -> Severity? {
        renderDocument(count: judge.count, source: { judge.withEntries($0, $1) }, snapshot: snapshot, to: output)
    }

    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot) -> String {
        var bytes: [UInt8] = []
        render(listing: entries, snapshot: snapshot) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One compact JSON object per line, each carrying the schema, handed to `output`.
    public func renderLines(listing entries: [ListingEntry], to output: (UnsafeRawBufferPointer) -> Void) {
        renderLines(count: entries.count, source: Self.pieces(of: entries), to: output)
    }

    /// One compact JSON object per line, judged and written a piece at a time.
    ///
    /// - Returns: the severity of the most severe finding written, nil when there was none.
    @discardableResult
    public func renderLines(listing judge: ListingJudge, to output: (UnsafeRawBufferPointer) -> Void) -> Severity? {
        renderLines(count: judge.count, source: { judge.withEntries($0, $1) }, to: output)
    }

    /// Lends the entries at a range to a body: already judged ones, or judged on demand.
    private typealias PieceSource = @Sendable (Range<Int>, (UnsafeBufferPointer<ListingEntry>) -> Void) -> Void

    private static func pieces(of entries: [ListingEntry]) -> PieceSource {
        { range, body in entries.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) } }
    }

    private func renderDocument(
        count: Int, source: @escaping PieceSource, snapshot: HostSnapshot, to output: (UnsafeRawBufferPointer) -> Void
    ) -> Severity? {
        var head = ListingJSONWriter(pretty: true, depth: 0)
        var first = true
        head.append(UInt8(ascii: "{"))
        head.member(ListingJSONWriter.Key.schema, at: 1, first: &first)
        head.string(JSONDocument.schema)
        head.member(ListingJSONWriter.Key.kind, at: 1, first: &first)
        head.string("listing")
        head.member(ListingJSONWriter.Key.registry, at: 1, first: &first)
        var registryFirst = true
        head.append(UInt8(ascii: "{"))
        head.member(ListingJSONWriter.Key.date, at: 2, first: &registryFirst)
        head.string(registry.date)
        head.member(ListingJSONWriter.Key.source, at: 2, first: &registryFirst)
        head.string(registry.source)
        head.newline(1)
        head.append(UInt8(ascii: "}"))
        head.member(ListingJSONWriter.Key.isRoot, at: 1, first: &first)
        head.boolean(snapshot.isRoot)
        head.member(ListingJSONWriter.Key.warnings, at: 1, first: &first)
        head.array(snapshot.warnings, at: 1) { writer, warning in writer.string(warning) }
        head.member(ListingJSONWriter.Key.listeners, at: 1, first: &first)
        guard count > 0 else {
            head.append("[]\n}\n")
            output(head.bytes)
            return nil
        }
        head.append(UInt8(ascii: "["))
        output(head.bytes)

        let worst = Self.inParallelPieces(count: count, source: source, pretty: true, depth: 2, to: output) { writer, entry, index in
            if index > 0 { writer.append(UInt8(ascii: ",")) }
            writer.newline(2)
            writer.socket(entry)
        }

        var tail = ListingJSONWriter(pretty: true, depth: 0)
        tail.newline(1)
        tail.append("]\n}\n")
        output(tail.bytes)
        return worst
    }

    private func renderLines(count: Int, source: @escaping PieceSource, to output: (UnsafeRawBufferPointer) -> Void) -> Severity? {
        Self.inParallelPieces(count: count, source: source, pretty: false, depth: 0, to: output) { writer, entry, _ in
            writer.socket(entry, schema: true)
            writer.append(UInt8(ascii: "\n"))
        }
    }

    static let socketsPerPiece = 256

    /// Writes `count` entries from `source` with `body` (given each entry's index in the
    /// listing) in pieces of `socketsPerPiece`, a batch of pieces per core at a time, and
    /// hands the pieces to `output` in order. Memory stays at a batch of pieces, and the
    /// judging, the encoding and the copying are shared out.
    ///
    /// - Returns: the severity of the most severe finding written.
    private static func inParallelPieces(
        count entryCount: Int, source: @escaping PieceSource, pretty: Bool, depth: Int,
        to output: (UnsafeRawBufferPointer) -> Void,
        _ body: @escaping @Sendable (inout ListingJSONWriter, borrowing ListingEntry, Int) -> Void
    ) -> Severity? {
        let pieceCount = (entryCount + socketsPerPiece - 1) / socketsPerPiece
        // A few pieces per thread, so that one slow piece does not leave the other threads idle.
        let batchSize = pieceCount == 1 ? 1 : 4 * ThreadBudget.threads(items: pieceCount, itemsPerThread: 1, maximum: 8)
        // One writer per slot of a batch, reused batch after batch (and with it its processes).
        let writers = UnsafeMutablePointer<ListingJSONWriter>.allocate(capacity: batchSize)
        for slot in 0..<batchSize {
            (writers + slot).initialize(to: ListingJSONWriter(
                pretty: pretty, depth: depth, capacity: socketsPerPiece * (pretty ? 1_600 : 900)))
        }
        var worst = [Severity?](repeating: nil, count: batchSize)
        defer {
            writers.deinitialize(count: batchSize)
            writers.deallocate()
        }
        var firstPiece = 0
        while firstPiece < pieceCount {
            let count = min(batchSize, pieceCount - firstPiece)
            worst.withUnsafeMutableBufferPointer { worst in
                // Safe: each iteration touches only its own writer and its own `worst` slot,
                // and concurrentPerform returns after every iteration has finished.
                nonisolated(unsafe) let slots = writers
                nonisolated(unsafe) let worst = worst
                let batchStart = firstPiece
                DispatchQueue.concurrentPerform(iterations: count) { slot in
                    let start = (batchStart + slot) * socketsPerPiece
                    let end = min(start + socketsPerPiece, entryCount)
                    // Moved out to this thread's stack while it writes: the writers sit side
                    // by side in one allocation, and two threads bumping cursors on one cache
                    // line made two threads slower than one.
                    var writer = (slots + slot).move()
                    writer.removeAll()
                    source(start..<end) { entries in
                        for offset in entries.indices {
                            body(&writer, entries[offset], start + offset)
                            // An entry's findings come most severe first.
                            if let top = entries[offset].findings.first?.severity, worst[slot].map({ top > $0 }) ?? true {
                                worst[slot] = top
                            }
                        }
                    }
                    (slots + slot).initialize(to: writer)
                }
            }
            for slot in 0..<count { output(writers[slot].bytes) }
            firstPiece += count
        }
        return worst.compactMap { $0 }.max()
    }
}
