public import PortRegistry

extension JSONDocument {
    /// One entry of `known_uses`: software known to use the port outside IANA's registry.
    public struct KnownUse: Encodable, Sendable {
        public var software: String
        /// `default`, `habit`, `malware` or `attack-tool`.
        public var kind: String
        /// An https URL of the page that states the port.
        public var source: String
        /// The protocols the software uses the port for.
        public var protocols: [String]

        public init(_ use: PortRegistry.KnownUse) {
            software = use.software
            kind = use.kind.rawValue
            source = use.source
            protocols = use.transports.map(\.rawValue)
        }
    }
}
