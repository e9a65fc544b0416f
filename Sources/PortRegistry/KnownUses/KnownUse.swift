/// A port that widely used software binds by default or by habit, from Data/known-uses/: a
/// fact about software, taken from its own documentation, not from IANA.
public struct KnownUse: Hashable, Sendable {
    /// How the software comes to be on the port.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// The software's documented default.
        case `default`
        /// Not a default, but the port its documentation and users habitually pick.
        case habit
        /// Malicious software documented (by a public source) to listen there.
        case malware
        /// An attack or red-team tool documented to listen there by default.
        case attackTool = "attack-tool"

        /// Whether a program on the port is expected because of this use (malware is never expected).
        public var makesProgramsExpected: Bool {
            self == .default || self == .habit
        }
    }

    public var port: Port
    /// The protocols the software uses the port for, in the file's order.
    public var transports: [TransportProtocol]
    /// `Prometheus`, `Grafana Loki gRPC`.
    public var software: String
    public var kind: Kind
    /// Process names or executable basenames the software runs as (`prometheus`); empty when it
    /// runs inside a generic runtime (java, node, python) whose name says nothing.
    public var programs: [String]
    /// An https URL of a page that states the port: the software's own documentation, or for
    /// malware a public analysis.
    public var source: String

    public init(port: Port, transports: [TransportProtocol], software: String, kind: Kind, programs: [String], source: String) {
        self.port = port
        self.transports = transports
        self.software = software
        self.kind = kind
        self.programs = programs
        self.source = source
    }

    /// Whether the use covers `transport` (any when `nil`).
    public func covers(_ transport: TransportProtocol?) -> Bool {
        transport.map { transports.contains($0) } ?? true
    }
}
