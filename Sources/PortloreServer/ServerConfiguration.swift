public import FeedbackStore
public import HostInventory
public import PortRegistry
public import PortReport

/// Everything `portlore serve` needs: where to listen, the data, the host and the limits.
public struct ServerConfiguration: Sendable {
    /// 13020 is IANA-Unassigned: the server must not squat on a registered port.
    public static let defaultPort = 13020
    public static let defaultHost = "127.0.0.1"

    public var host: String
    public var port: Int
    /// When set, host data (listeners, findings, metrics) needs `Authorization: Bearer TOKEN`.
    public var token: BearerToken?
    /// How long one scan of the host answers requests.
    public var cacheSeconds: Double
    public var registry: Registry
    /// Where the registry came from, as `RegistryStore.Loaded.source` says.
    public var registrySource: String
    public var inventory: any HostInventory
    public var inventoryOptions: InventoryOptions
    public var rules: RuleBook
    /// Largest request (URL, headers and body) accepted, in bytes.
    public var maximumRequestBytes: Int
    /// Longest a request may take before it is answered 503.
    public var requestTimeLimitSeconds: Int
    /// Most ports a range page or document shows.
    public var maximumRangePorts: Int
    /// The portlore version `/metrics` reports in `portlore_build_info`.
    public var version = "unknown"

    // Reader feedback (docs/server.md "Feedback").
    /// Where votes are kept; `nil` answers the feedback routes 503.
    public var feedbackStore: (any FeedbackStore)?
    /// Count votes under the last `X-Forwarded-For` address: only behind a proxy that sets it.
    public var trustsForwardedFor = false
    // Public serving (docs/server.md "Behind a CDN"): cdn's block.
    /// The public origin (`https://ports.example.org`) absolute URLs in `/robots.txt` and the
    /// sitemaps start with; `nil`: `http://` and the request's Host.
    public var siteURL: String?
    /// Bytes of rendered registry pages kept in memory (`PageCache`).
    public var pageCacheBytes = 32 * 1024 * 1024
    // --- serve --public (site, issue 13) ---
    /// `serve --public`: registry pages only. No host data anywhere (`/listening`, listener
    /// sections, the host API and `/metrics` are absent), so any address may be bound without a
    /// token, and the host is never scanned.
    public var isPublic = false

    public init(
        host: String = ServerConfiguration.defaultHost,
        port: Int = ServerConfiguration.defaultPort,
        token: BearerToken? = nil,
        cacheSeconds: Double = 2,
        registry: Registry,
        registrySource: String = "embedded in portlore",
        inventory: any HostInventory = currentHostInventory(),
        inventoryOptions: InventoryOptions = InventoryOptions(),
        rules: RuleBook = RuleBook(),
        maximumRequestBytes: Int = 16 * 1024,
        requestTimeLimitSeconds: Int = 10,
        maximumRangePorts: Int = 1024
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.cacheSeconds = cacheSeconds
        self.registry = registry
        self.registrySource = registrySource
        self.inventory = inventory
        self.inventoryOptions = inventoryOptions
        self.rules = rules
        self.maximumRequestBytes = maximumRequestBytes
        self.requestTimeLimitSeconds = requestTimeLimitSeconds
        self.maximumRangePorts = maximumRangePorts
    }

    /// The session every route asks: this configuration's registry, rules and inventory.
    public var session: PortSession {
        PortSession(registry: registry, registrySource: registrySource, rules: rules, inventory: inventory)
    }

    /// Refuses a non-loopback bind without a token (DESIGN.md: safe by default).
    public func validate() throws(ServerError) {
        if token == nil && !isPublic && !BindAddressPolicy.isLoopback(host) {
            throw .exposedWithoutToken(host: host)
        }
    }
}
