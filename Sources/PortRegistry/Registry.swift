internal import CRegistryData

/// IANA's Service Name and Transport Protocol Port Number Registry, with the history of every
/// record through the copies we hold (RFC 1340 of 1992, IANA's files of 2004-2015, snapshots
/// since 2017), read lazily from its compiled form (`CompiledRegistry`).
///
/// `Registry.embedded` is the copy linked into the binary; `init(bytes:path:)` opens one that
/// `portlore registry update` installed. Lookups decode only the records they return.
public struct Registry: Sendable {
    let compiled: CompiledRegistry

    /// The registry compiled into this binary from Data/iana/ by `portlore-data`.
    ///
    /// Cheap: it checks the header and wraps the C array; it parses nothing else.
    public static var embedded: Registry { embeddedRegistry }

    private static let embeddedRegistry: Registry = {
        let buffer = UnsafeRawBufferPointer(start: portlore_registry_blob_start(), count: Int(portlore_registry_blob_size))
        do {
            return Registry(compiled: try CompiledRegistry(storage: RegistryBytes(unowned: buffer), path: "the embedded registry"))
        } catch {
            // A build without its data can only give wrong answers; CI (`.ci/check-data`) keeps
            // registry_blob.c what `portlore-data` generates, so this is a broken build.
            fatalError("\(error) Regenerate Sources/CRegistryData/registry_blob.c with `swift run portlore-data`.")
        }
    }()

    init(compiled: CompiledRegistry) {
        self.compiled = compiled
    }

    /// Opens a compiled registry (as `compile(records:registryDate:)` writes it), validating all
    /// of it: anything malformed throws `RegistryError.corruptRegistry` naming `path`.
    public init(bytes: [UInt8], path: String) throws(RegistryError) {
        let compiled = try CompiledRegistry(storage: RegistryBytes(copying: bytes), path: path)
        try compiled.validateContents(path: path)
        self.compiled = compiled
    }

    /// Opens a compiled registry that passed `init(bytes:path:)` before and is known to be
    /// byte-for-byte the same (the caller checked a checksum it stored then): only the header
    /// is checked. Validating all of it takes about 4 ms, twice `portlore 1302`'s budget for
    /// registry work.
    public init(previouslyValidatedBytes bytes: [UInt8], path: String) throws(RegistryError) {
        compiled = try CompiledRegistry(storage: RegistryBytes(copying: bytes), path: path)
    }

    /// The compiled form of `records` (kept in this order) for `init(bytes:path:)`.
    ///
    /// `registryDate` must be `YYYY-MM-DD`; a record's `lastSeen` of `""` reads back as `nil`.
    /// `copies` are the registry copies the records' `firstSeen`/`lastSeen` dates name (the
    /// newest registry is added as an XML copy when missing); they bound the windows in which
    /// a change happened.
    public static func compile(records: [RegistryRecord], registryDate: String, copies: [RegistryCopy] = []) -> [UInt8] {
        CompiledRegistry.compile(records: records, registryDate: registryDate, copies: copies)
    }

    /// Every registry copy the history was built from, oldest first.
    public var copies: [RegistryCopy] {
        (0..<compiled.copyCount).compactMap(compiled.copy)
    }

    /// The first copy dated after `date`: the end of the window in which a version last seen on
    /// `date` went away. `nil` when `date` is the newest copy's.
    public func copy(after date: String) -> RegistryCopy? {
        let index = compiled.firstCopyIndex(after: date)
        return index < compiled.copyCount ? compiled.copy(index) : nil
    }

    /// The last copy dated before `date`: the start of the window in which a version first seen
    /// on `date` appeared. `nil` when no copy is older.
    public func copy(before date: String) -> RegistryCopy? {
        var index = compiled.firstCopyIndex(after: date) - 1
        while index >= 0, let copy = compiled.copy(index) {
            if copy.date < date { return copy }
            index -= 1
        }
        return nil
    }

    /// The copy dated `date`, if the history holds one.
    public func copy(on date: String) -> RegistryCopy? {
        let index = compiled.firstCopyIndex(after: date) - 1
        guard index >= 0, let copy = compiled.copy(index), copy.date == date else { return nil }
        return copy
    }

    /// The newest registry's `<updated>` date, `YYYY-MM-DD`.
    public var registryDate: String { compiled.registryDate }

    /// Record versions, current and former.
    public var versionCount: Int { compiled.versionCount }

    /// Records in the newest registry.
    public var currentRecordCount: Int { compiled.currentCount }

    /// Current records whose ports include `port`, for `transport` (any when `nil`); records
    /// without a protocol (most Unassigned ranges) match every transport. Sorted by transport
    /// (protocol-less first, then tcp, udp, sctp, dccp), then ports.
    public func currentRecords(covering port: Port, transport: TransportProtocol?) -> [RegistryRecord] {
        versions(covering: port, transport: transport, currentOnly: true)
            .sorted(by: RecordOrdering.byTransportThenPorts)
    }

    /// Every version, current and former, whose ports include `port`, for `transport` (any when
    /// `nil`; protocol-less records always match). Sorted by transport, then first_seen.
    public func history(covering port: Port, transport: TransportProtocol?) -> [RegistryRecord] {
        versions(covering: port, transport: transport, currentOnly: false)
            .sorted(by: RecordOrdering.byTransportThenFirstSeen)
    }

    /// Every version, current and former, with the service name `name`, ignoring ASCII case;
    /// in registry order (ports, protocol, first_seen; name-only records last).
    public func records(named name: String) -> [RegistryRecord] {
        compiled.recordIndexes(named: name).map(compiled.record)
    }

    /// Every version, current and former, in registry order.
    public func allVersions() -> [RegistryRecord] {
        (0..<compiled.versionCount).map(compiled.record)
    }

    /// The newest registry's records, in registry order.
    public func currentRecords() -> [RegistryRecord] {
        allVersions().filter(\.isCurrent)
    }

    private func versions(covering port: Port, transport: TransportProtocol?, currentOnly: Bool) -> [RegistryRecord] {
        compiled.recordIndexes(covering: Int(port.rawValue)).compactMap { index in
            let record = compiled.record(index)
            guard !currentOnly || record.isCurrent else { return nil }
            guard let transport, let recordTransport = record.transport else { return record }
            return recordTransport == transport ? record : nil
        }
    }
}
