public import HostInventory
import PortRegistry

extension JSONDocument {
    /// One line of `portlore watch --ndjson`: a socket that appeared or disappeared.
    public struct WatchEvent: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "watch-event"
        /// `appeared` or `disappeared`.
        public var change: String
        public var time: String
        public var socket: Socket
        public var iana: ListingSocket.Registration?
        public var findings: [Finding]

        public init(_ event: PortReport.WatchEvent) {
            change = event.change.rawValue
            time = Timestamp.iso8601Milliseconds(event.time)
            socket = Socket(event.listener)
            iana = event.registry.map {
                .init(status: $0.status.rawValue, serviceNames: $0.serviceNames, formerName: $0.formerName, deassignedOn: $0.deassignedOn)
            }
            findings = event.findings.map(Finding.init)
        }
    }

    /// The first line of `portlore watch --ndjson`, once the baseline poll is done.
    public struct WatchStart: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "watch-start"
        public var time: String
        public var intervalSeconds: Double
        public var sockets: Int
        public var isRoot: Bool
        public var registry: Registry
        public var warnings: [String]
    }

    /// The last line of `portlore watch --ndjson`, after Ctrl-C (SIGINT) or SIGTERM.
    public struct WatchStop: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "watch-stop"
        public var time: String
        public var signal: String
    }
}

extension JSONRenderer {
    public func renderLine(watchEvent event: WatchEvent) -> String {
        Self.encode(JSONDocument.WatchEvent(event), pretty: false) + "\n"
    }

    public func renderLine(watchStart snapshot: HostSnapshot, interval: Double, time: Double) -> String {
        Self.encode(JSONDocument.WatchStart(
            time: Timestamp.iso8601Milliseconds(time), intervalSeconds: interval, sockets: snapshot.listeners.count,
            isRoot: snapshot.isRoot, registry: registry, warnings: snapshot.warnings
        ), pretty: false) + "\n"
    }

    public func renderLine(watchStop time: Double, signal: String) -> String {
        Self.encode(JSONDocument.WatchStop(time: Timestamp.iso8601Milliseconds(time), signal: signal), pretty: false) + "\n"
    }
}

extension Timestamp {
    /// `2026-08-17T14:03:07.250Z`: watch events a fraction of a second apart stay ordered.
    static func iso8601Milliseconds(_ seconds: Double) -> String {
        let whole = iso8601(seconds)
        let millis = Int(((seconds - seconds.rounded(.down)) * 1000).rounded(.down))
        let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return String(whole.dropLast()) + ".\(fraction)Z"
    }
}
