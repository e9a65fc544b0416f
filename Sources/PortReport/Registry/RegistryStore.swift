public import PortRegistry
import FoundationEssentials
import PortloreSystem

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
        guard let bytes = try? FileContents.read(installedPath) else {
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
    ///
    /// `now` (seconds since 1970) dates the installation and bounds the file's dates: a registry
    /// or record dated more than a day after it is refused, since a registry dated 9999-12-31
    /// would make every genuine update "not newer".
    @discardableResult
    public func install(registryFile bytes: [UInt8], path: String, origin: String, now: Double) throws(RegistryError) -> Registry {
        removeLeftovers()
        let current = load().registry
        let parsed = try IANARegistryFile.parse(bytes, path: path)
        try Self.checkNotInFuture(parsed, path: path, now: now)
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
        let file = InstalledRegistryFile.encode(compiled, origin: origin, installedOn: Timestamp.today(now: now))
        do throws(FileError) {
            try AtomicFile.makeDirectories(directory)
            try AtomicFile.write(file, to: installedPath)
        } catch {
            throw RegistryError(error)
        }
        return check
    }

    /// The latest date a registry may carry: tomorrow by the clock, for time zones ahead of ours.
    static func latestAcceptableDate(now: Double) -> String {
        Timestamp.today(now: now + 86_400)
    }

    static func checkNotInFuture(_ parsed: (registryDate: String, records: [RegistryRecord]), path: String, now: Double) throws(RegistryError) {
        let latest = latestAcceptableDate(now: now)
        guard parsed.registryDate <= latest else {
            throw .corruptRegistry(path: path, reason: "it is dated \(parsed.registryDate), after tomorrow (\(latest)) by this host's clock")
        }
        for record in parsed.records {
            for date in [record.registrationDate, record.modificationDate] where CalendarDate(date) != nil && date > latest {
                let name = record.serviceName.isEmpty ? "a record" : "the record \(RegistryDownload.clip(record.serviceName))"
                throw .corruptRegistry(path: path, reason: "\(name) is dated \(date), after tomorrow (\(latest)) by this host's clock")
            }
        }
    }

    /// Removes the installed registry, so that portlore uses the data embedded in it again: the
    /// way out of an installed registry that is wrong. One `unlink`: a reader sees the installed
    /// file or none. Returns the registry date that was installed, or `nil` when none was.
    @discardableResult
    public func reset() throws(RegistryError) -> String? {
        removeLeftovers()
        let bytes = try? FileContents.read(installedPath)
        let date = bytes.flatMap { try? InstalledRegistryFile.decode($0, path: installedPath).registry.registryDate }
        let removed: Bool
        do throws(FileError) { removed = try AtomicFile.remove(installedPath) } catch { throw RegistryError(error) }
        guard removed else { return nil }
        return date ?? "unknown date (the file was damaged)"
    }

    /// Deletes what an interrupted run left behind, so that a run killed with SIGKILL is cleaned
    /// up by the next one (`registry update` calls it first): `registry.plrg.partial-PID` files
    /// whose process is gone (a `kill -9` during the atomic write), and curl's
    /// `portlore-download-*` files in /tmp owned by this user and untouched for 10 minutes
    /// (portlore before this version downloaded into them, always in /tmp, for at most 5 minutes;
    /// it now reads curl's output through a pipe and creates none). Best effort: nothing here
    /// may stop an update.
    public func removeLeftovers() {
        AtomicFile.removeAbandonedPartials(in: directory, of: "registry.plrg")
        DirectoryEntries.removeStaleFiles(in: "/tmp", prefix: "portlore-download-", untouchedFor: 600)
    }
}
