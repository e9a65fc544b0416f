public import HostInventory

extension ProcessDetails {
    /// The process with its command line passed through `redactor`.
    public func redactingCommandLine(with redactor: CommandLineRedactor) -> ProcessDetails {
        var copy = self
        copy.commandLine = redactor.redact(commandLine)
        return copy
    }
}

extension Listener {
    /// The socket with every holder's command line passed through `redactor`.
    public func redactingCommandLines(with redactor: CommandLineRedactor) -> Listener {
        guard case .processes(let processes) = owner else { return self }
        var copy = self
        copy.owner = .processes(processes.map { $0.redactingCommandLine(with: redactor) })
        return copy
    }
}

extension HostSnapshot {
    /// The snapshot with every command line passed through `redactor`: what may leave the process.
    public func redactingCommandLines(with redactor: CommandLineRedactor = CommandLineRedactor()) -> HostSnapshot {
        var copy = self
        copy.listeners = listeners.map { $0.redactingCommandLines(with: redactor) }
        return copy
    }
}

extension ListingEntry {
    /// The entry with its socket's and its findings' reasons redacted.
    public func redactingCommandLines(with redactor: CommandLineRedactor = CommandLineRedactor()) -> ListingEntry {
        var copy = self
        copy.listener = listener.redactingCommandLines(with: redactor)
        copy.findings = findings.map { finding in
            var redacted = finding
            redacted.reason = redactor.redact(text: finding.reason)
            return redacted
        }
        return copy
    }
}

extension ProcessDetails {
    /// The command line as every output shows it: redacted. Renderers print this, never
    /// `commandLine`, so no output can forget the redaction.
    public var shownCommandLine: [String] {
        CommandLineRedactor.shared.redact(commandLine)
    }
}

extension CommandLineRedactor {
    /// The rules hold no state: one value serves every caller.
    public static let shared = CommandLineRedactor()
}
