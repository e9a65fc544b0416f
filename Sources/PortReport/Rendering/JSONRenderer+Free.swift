import HostInventory
public import PortRegistry

extension JSONDocument {
    /// `portlore free --json`.
    public struct FreePorts: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "free"
        public var registry: Registry
        public var range: String
        public var rangeLow: Int
        public var rangeHigh: Int
        /// The transports whose sockets count as using a port: `tcp`, `udp`.
        public var protocols: [String]
        public var ephemeralRange: String?
        public var reservedPorts: [String]
        public var suggestions: [Suggestion]
        public var excluded: Excluded

        public struct Suggestion: Encodable, Sendable {
            public var port: Int
            public var tier: String
            /// `unassigned` or `dynamic`.
            public var ianaStatus: String
            public var ianaRecord: Record?
            public var neverAssignedSince: String?
            public var reasons: [String]
        }

        public struct Excluded: Encodable, Sendable {
            public var ephemeral: Int
            public var reserved: Int
            public var inUse: Int
            public var registered: Int
        }
    }
}

extension JSONRenderer {
    public func render(free report: FreePortReport) -> String {
        render(
            free: report.result, transports: report.transports.map(\.rawValue).sorted(),
            ephemeral: report.ephemeral, reserved: report.reserved
        )
    }

    public func render(
        free result: FreePortResult, transports: [String], ephemeral: ClosedRange<UInt16>?, reserved: [ClosedRange<UInt16>]
    ) -> String {
        Self.encode(JSONDocument.FreePorts(
            registry: registry, range: result.range.description,
            rangeLow: Int(result.range.lower.rawValue), rangeHigh: Int(result.range.upper.rawValue),
            protocols: transports,
            ephemeralRange: ephemeral.map { "\($0.lowerBound)-\($0.upperBound)" },
            reservedPorts: reserved.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" },
            suggestions: result.suggestions.map { suggestion in
                .init(
                    port: Int(suggestion.port.rawValue), tier: suggestion.tier.rawValue, ianaStatus: suggestion.status.rawValue,
                    ianaRecord: suggestion.ianaRecord.map(JSONDocument.Record.init), neverAssignedSince: suggestion.historySince,
                    reasons: suggestion.reasons
                )
            },
            excluded: .init(ephemeral: result.ephemeral, reserved: result.reserved, inUse: result.inUse, registered: result.registered)
        ))
    }
}
