import ArgumentParser
import PortRegistry
import PortReport

#if canImport(Glibc)
import Glibc
#endif

/// `portlore registry info|update`.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Say which IANA registry is in use, or install a newer one.",
        subcommands: [Info.self, Update.self],
        defaultSubcommand: Info.self
    )

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "info", abstract: "Say which registry date is in use and where it came from.")

        @OptionGroup var output: OutputOptions

        func run() throws {
            let session = try PortSession.standard(judging: .none)
            let registry = session.registry
            let info = JSONDocument.RegistryInfo(
                registryDate: registry.registryDate, source: session.registrySource, installed: session.registryIsInstalled,
                installPath: RegistryStore.standard().installedPath, currentRecords: registry.currentRecordCount,
                versions: registry.versionCount, embeddedRegistryDate: Registry.embedded.registryDate,
                problem: session.registryProblem?.description
            )
            if output.json {
                StandardOutput.write(JSONRenderer.encode(info) + "\n")
            } else {
                let style = output.style
                // The copies the history was built from: RFC 1340 (1992-07) onwards, as compiled.
                let copies = registry.copies
                let span = copies.first.map { " from \(copies.count) copies since \($0.date)" } ?? ""
                StandardOutput.write("""
                    \(style.bold("IANA registry of \(info.registryDate)")), \(session.registrySource)
                      \(info.currentRecords) current records, \(info.versions) versions\(span)
                      embedded data: \(info.embeddedRegistryDate); updates install to \(info.installPath)

                    """)
                if let problem = info.problem {
                    StandardError.write("portlore: warning: \(problem)\n")
                }
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Install a newer IANA registry (XML or CSV) and add its changes to the history.",
            discussion: "Downloads \(Update.ianaURL) unless --from or --url says otherwise."
        )

        static let ianaURL = "https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xml"

        @Option(name: .long, help: "Install this saved IANA XML or CSV file.")
        var from: String?

        @Option(name: .long, help: "Download the registry from this URL (http or https).")
        var url: String?

        @Flag(name: .long, help: "Remove the installed registry and use the one embedded in portlore again.")
        var reset = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if from != nil && url != nil {
                throw ValidationError("Give either --from FILE or --url URL, not both.")
            }
            if reset && (from != nil || url != nil) {
                throw ValidationError("--reset installs nothing; give it without --from or --url.")
            }
            if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                throw ValidationError("--url must start with http:// or https://.")
            }
        }

        func run() throws {
            let store = RegistryStore.standard()
            store.removeLeftovers()
            if reset { return try resetToEmbedded(store) }
            let before = store.load().registry
            let bytes: [UInt8]
            let origin: String
            let path: String
            if let from {
                bytes = try RegistryFile.read(from)
                origin = from
                path = from
            } else {
                let address = url ?? Self.ianaURL
                bytes = try RegistryDownload.fetch(address)
                origin = address
                path = address
            }
            let installed = try store.install(
                registryFile: bytes, path: path, origin: origin,
                now: Double(time(nil))
            )
            let added = installed.versionCount - before.versionCount
            if output.json {
                StandardOutput.write(JSONRenderer.encode(JSONDocument.RegistryUpdate(
                    previousRegistryDate: before.registryDate, registryDate: installed.registryDate,
                    installPath: store.installedPath, currentRecords: installed.currentRecordCount,
                    versions: installed.versionCount, newVersions: added
                )) + "\n")
            } else {
                StandardOutput.write("""
                    Installed the IANA registry of \(installed.registryDate) (was \(before.registryDate)) to \(store.installedPath):
                      \(installed.currentRecordCount) current records, \(added) new versions added to the history.

                    """)
            }
        }

        /// `--reset`: back to the embedded registry.
        private func resetToEmbedded(_ store: RegistryStore) throws {
            let removed = try store.reset()
            let embedded = Registry.embedded.registryDate
            if output.json {
                StandardOutput.write(JSONRenderer.encode(JSONDocument.RegistryReset(
                    removedRegistryDate: removed, registryDate: embedded, installPath: store.installedPath
                )) + "\n")
            } else if let removed {
                StandardOutput.write("Removed the installed IANA registry of \(removed) (\(store.installedPath)); portlore uses its embedded registry of \(embedded) again.\n")
            } else {
                StandardOutput.write("No registry was installed at \(store.installedPath); portlore uses its embedded registry of \(embedded).\n")
            }
        }
    }
}
