/// One version of one record of IANA's Service Name and Transport Protocol Port Number Registry.
///
/// Fields hold IANA's text as given (see Data/iana/README.md); an empty string means the
/// registry has nothing there. A record's identity is its ports, protocol and service name;
/// `firstSeen`/`lastSeen` say in which registry snapshots this exact version appeared.
public struct RegistryRecord: Hashable, Sendable {
    /// `nil` for a service name registered without a port number.
    public var ports: PortRange?
    /// `nil` for ranges IANA lists without a protocol (most Unassigned ranges).
    public var transport: TransportProtocol?
    public var serviceName: String
    public var description: String
    public var assignee: String
    public var contact: String
    /// `rfc6335`, draft names, URIs, free text, `note:N`, in document order.
    public var references: [String]
    /// The record's `date` attribute, `YYYY-MM-DD`.
    public var registrationDate: String
    /// The record's `updated` attribute, `YYYY-MM-DD`.
    public var modificationDate: String
    public var note: String
    /// The DCCP service code (`<sc>`).
    public var serviceCode: String
    /// Reported unauthorized use (`<unauthorized>`).
    public var unauthorized: String
    /// Registry date of the first snapshot holding this version.
    public var firstSeen: String
    /// Registry date of the last snapshot holding this version; `nil` when it is in the newest.
    public var lastSeen: String?

    public init(
        ports: PortRange?, transport: TransportProtocol?, serviceName: String, description: String,
        assignee: String = "", contact: String = "", references: [String] = [],
        registrationDate: String = "", modificationDate: String = "", note: String = "",
        serviceCode: String = "", unauthorized: String = "", firstSeen: String = "", lastSeen: String? = nil
    ) {
        self.ports = ports
        self.transport = transport
        self.serviceName = serviceName
        self.description = description
        self.assignee = assignee
        self.contact = contact
        self.references = references
        self.registrationDate = registrationDate
        self.modificationDate = modificationDate
        self.note = note
        self.serviceCode = serviceCode
        self.unauthorized = unauthorized
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// Whether this version is in the newest registry.
    public var isCurrent: Bool { lastSeen == nil }

    /// The record's identity across versions (README: port_low, port_high, protocol, service_name).
    public var identity: Identity { Identity(ports: ports, transport: transport, serviceName: serviceName) }

    public struct Identity: Hashable, Sendable {
        public var ports: PortRange?
        public var transport: TransportProtocol?
        public var serviceName: String
    }
}
