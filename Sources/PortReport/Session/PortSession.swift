public import HostInventory
public import PortRegistry

/// One question's worth of portlore: the registry in use, the rules findings are judged by and
/// the host's inventory, and the answers they give together.
///
/// Every CLI command and every server route asks a session: `portlore 1302` and
/// `GET /ports/1302` both end in `answer(_:on:)` (docs/architecture.md traces both). Tests
/// build one from a literal registry, rule book and fake inventory.
public struct PortSession: Sendable {
    public let registry: Registry
    /// Where the registry came from: "embedded in portlore" or "installed from URL on DATE (PATH)".
    public let registrySource: String
    /// An installed registry that exists but could not be used (the session fell back to the
    /// embedded one); worth a warning.
    public let registryProblem: RegistryError?
    /// Whether the registry is one `portlore registry update` installed (not the embedded one).
    public let registryIsInstalled: Bool
    /// The rules listeners are judged by; `nil` when the command does not judge (`--no-host`).
    public let rules: RuleBook?
    public let inventory: any HostInventory
    /// Software known to use ports outside IANA's registry.
    public let knownUses: KnownUses

    public init(
        registry: Registry, registrySource: String = "embedded in portlore", registryProblem: RegistryError? = nil,
        registryIsInstalled: Bool = false, rules: RuleBook?, inventory: any HostInventory, knownUses: KnownUses = .embedded
    ) {
        self.registry = registry
        self.registrySource = registrySource
        self.registryProblem = registryProblem
        self.registryIsInstalled = registryIsInstalled
        self.rules = rules
        self.inventory = inventory
        self.knownUses = knownUses
    }

    /// Which allowlist a session's rules use.
    public enum Judging: Sendable, Equatable {
        /// No rules: answers carry no findings and no allowlist is read.
        case none
        /// The rules, silenced by the allowlist at `path` (`--allow FILE`, which must exist)
        /// or, for `nil`, by the standard one when it exists.
        case allowlist(path: String?)
    }

    /// The registry `RegistryStore.standard()` holds (installed, else embedded), the standard
    /// rules with the chosen allowlist, and this host's inventory. The one place production
    /// code loads the registry.
    public static func standard(
        judging: Judging = .allowlist(path: nil), inventory: any HostInventory = currentHostInventory()
    ) throws(ReportError) -> PortSession {
        let loaded = RegistryStore.standard().load()
        let rules: RuleBook?
        switch judging {
        case .none: rules = nil
        case .allowlist(let path): rules = RuleBook(allowlist: try Allowlist.load(path: path))
        }
        return PortSession(
            registry: loaded.registry, registrySource: loaded.source, registryProblem: loaded.problem,
            registryIsInstalled: loaded.isInstalled, rules: rules, inventory: inventory
        )
    }

    // MARK: Answers

    /// The portrait of a port, a range or a service, with the listeners of `snapshot` on it
    /// (`nil`: the host was not looked at) and, when `judged`, their findings.
    ///
    /// The server passes `judged: false`: its snapshot's command lines are redacted, and its
    /// findings were judged once per scan on the real ones (`hostListing()`).
    public func answer(_ query: PortQuery, on snapshot: HostSnapshot?, judged: Bool = true) throws(ReportError) -> QueryAnswer {
        try PortReporter(registry: registry, snapshot: snapshot, rules: judged ? rules : nil, knownUses: knownUses).answer(query)
    }

    /// The host's sockets a query is about: those on its port or range, every one for a
    /// service name (its ports are known only after the lookup).
    public func scan(for query: PortQuery) throws(InventoryError) -> HostSnapshot {
        try inventory.snapshot(Self.inventoryOptions(for: query))
    }

    /// What to ask the inventory for to answer `query`.
    public static func inventoryOptions(for query: PortQuery) -> InventoryOptions {
        var options = InventoryOptions()
        switch query {
        case .port(let port, _):
            options.port = port.rawValue...port.rawValue
        case .range(let range, _):
            options.port = range.lower.rawValue...range.upper.rawValue
        case .serviceName:
            break
        }
        return options
    }

    /// Ranked keyword search over service names and descriptions, current and historical.
    public func search(_ text: String, limit: Int) -> [SearchHit] {
        registry.search(text, limit: limit)
    }

    // MARK: Renderers

    /// The JSON renderer for this session's registry.
    public func jsonRenderer(includesHistory: Bool = false) -> JSONRenderer {
        JSONRenderer(includesHistory: includesHistory, registryDate: registry.registryDate, registrySource: registrySource)
    }

    /// The text renderer for this session's registry.
    public func textRenderer(style: TextStyle, showsHistory: Bool = false, scannedAsRoot: Bool = false) -> TextRenderer {
        TextRenderer(
            style: style, showsHistory: showsHistory, registryDate: registry.registryDate,
            registrySource: registrySource, scannedAsRoot: scannedAsRoot
        )
    }
}
