public import HostInventory
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

    public struct Listing: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "listing"
        public var registry: Registry
        public var isRoot: Bool
        public var warnings: [String]
        public var listeners: [ListingSocket]
    }
}

extension JSONRenderer {
    /// The listing as one document, written to `output` in chunks as it is encoded.
    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot, to output: @escaping (ArraySlice<UInt8>) -> Void) {
        let document = JSONDocument.Listing(
            registry: registry, isRoot: snapshot.isRoot, warnings: snapshot.warnings,
            listeners: entries.map(JSONDocument.ListingSocket.init)
        )
        // Encoding our own plain structs cannot fail: every number is finite.
        try! JSONStreamEncoder(pretty: true).encode(document, to: output)
        output(Array("\n".utf8)[...])
    }

    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot) -> String {
        var bytes: [UInt8] = []
        render(listing: entries, snapshot: snapshot) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One compact JSON object per line, each carrying the schema, written to `output`.
    public func renderLines(listing entries: [ListingEntry], to output: @escaping (ArraySlice<UInt8>) -> Void) {
        for entry in entries {
            try! JSONStreamEncoder(pretty: false).encode(NDJSONLine(socket: .init(entry)), to: output)
            output(Array("\n".utf8)[...])
        }
    }

    struct NDJSONLine: Encodable {
        var socket: JSONDocument.ListingSocket

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(JSONDocument.schema, forKey: .schema)
            try socket.encode(to: encoder)
        }

        private enum Key: String, CodingKey { case schema }
    }
}
