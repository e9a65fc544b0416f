public import PortRegistry
import FoundationEssentials

/// Where the registry in use comes from: the data embedded in the binary, or a newer one
/// installed by `portlore registry update` under the user's XDG data directory.
public struct RegistryStore: Sendable {
    /// `$XDG_DATA_HOME/portlore` or `~/.local/share/portlore`.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The store of the XDG base directory specification.
    public static func standard() -> RegistryStore {
        RegistryStore(directory: XDGBaseDirectory.data.portloreDirectory())
    }

    public var installedPath: String { directory + "/registry.plrg" }

    /// The registry in use and a description of where it came from.
    public struct Loaded: Sendable {
        public var registry: Registry
        /// "embedded in portlore" or "installed from URL on DATE (PATH)".
        public var source: String
        public var isInstalled: Bool
        /// Set when an installed file exists but could not be used.
        public var problem: RegistryError?
    }

    /// The installed registry when there is a valid one newer than the embedded data, else
    /// the embedded data. A damaged installed file never stops portlore: it falls back and
    /// reports the problem.
    public func load() -> Loaded {
        let embedded = Registry.embedded
        guard let bytes = try? FileBytes.read(installedPath) else {
            return Loaded(registry: embedded, source: "embedded in portlore", isInstalled: false, problem: nil)
        }
        do {
            let installed = try InstalledRegistryFile.decode(bytes, path: installedPath)
            if installed.registry.registryDate < embedded.registryDate {
                return Loaded(registry: embedded, source: "embedded in portlore, newer than \(installedPath)", isInstalled: false, problem: nil)
            }
            return Loaded(
                registry: installed.registry,
                source: "installed from \(installed.origin) on \(installed.installedOn) (\(installedPath))",
                isInstalled: true, problem: nil
            )
        } catch {
            return Loaded(registry: embedded, source: "embedded in portlore", isInstalled: false, problem: error)
        }
    }

    /// Validates a newer IANA registry file, merges it into the history of the registry in
    /// use and installs the result atomically. Nothing is changed when any step fails.
    @discardableResult
    public func install(registryFile bytes: [UInt8], path: String, origin: String, today: String) throws(RegistryError) -> Registry {
        let current = load().registry
        let parsed = try IANARegistryFile.parse(bytes, path: path)
        let merged = try HistoryMerge.merge(
            history: current.allVersions(), previousDate: current.registryDate,
            newer: parsed.records, newerDate: parsed.registryDate
        )
        let compiled = Registry.compile(records: merged, registryDate: parsed.registryDate, copies: current.copies)
        // Read back what will be written: a compile bug must not replace a good registry.
        let check = try Registry(bytes: compiled, path: path)
        guard check.currentRecordCount > 0, check.registryDate == parsed.registryDate else {
            throw .corruptRegistry(path: path, reason: "the compiled registry did not read back")
        }
        let file = InstalledRegistryFile.encode(compiled, origin: origin, installedOn: today)
        try FileBytes.makeDirectory(directory)
        try FileBytes.writeAtomically(file, to: installedPath)
        return check
    }
}
