import Dispatch
import PortRegistry
import Synchronization

/// Who and what each port shares with others, over every version of every record: the people
/// named (assignee, contact), the family of its service names (`ci3-software` for
/// `ci3-software-1` and `-2`), and the ports assigned today. Built once per registry, on the
/// first port page that needs it; a registry holds about 100,000 versions, too many to walk per
/// request.
final class RegistryKinIndex: Sendable {
    struct Tables: Sendable {
        /// "assignee:" or "contact:" + normalised person -> the ports whose records name them in
        /// that role; `personSpelling` keeps the name as IANA first wrote it.
        var portsByPerson: [String: Set<Int>] = [:]
        var personSpelling: [String: String] = [:]
        /// Name family -> ports.
        var portsByFamily: [String: Set<Int>] = [:]
        /// Port -> the role-keyed people and the families of its records.
        var peopleByPort: [Int: Set<String>] = [:]
        var familiesByPort: [Int: Set<String>] = [:]
        /// Ports with a named current record, ascending.
        var assignedPorts: [Int] = []
    }

    let registry: Registry
    private let tables = Mutex<Tables?>(nil)

    init(registry: Registry) {
        self.registry = registry
    }

    /// Tables already built, by registry: several servers in one process (the tests) over the
    /// same registry share them.
    private static let built = Mutex<[String: Tables]>([:])

    private var registryKey: String {
        "\(registry.registryDate)/\(registry.versionCount)/\(registry.currentRecordCount)/\(registry.copies.count)"
    }

    /// The tables, built on first use, once per registry in the process. The build takes
    /// seconds in a debug build (it decodes every version), so it runs on a Dispatch thread:
    /// the concurrency pool (two threads here) goes on answering other requests meanwhile, and
    /// requests arriving during the build wait for that one build.
    func current() async -> Tables {
        if let known = tables.withLock({ $0 }) { return known }
        let key = registryKey
        let registry = registry
        let task = pending.withLock { pending -> Task<Tables, Never> in
            if let pending { return pending }
            let task = Task<Tables, Never> {
                await withCheckedContinuation { continuation in
                    DispatchQueue.global().async {
                        continuation.resume(returning: Self.tables(for: registry, key: key))
                    }
                }
            }
            pending = task
            return task
        }
        let built = await task.value
        tables.withLock { $0 = built }
        return built
    }

    private let pending = Mutex<Task<Tables, Never>?>(nil)

    /// Built tables by registry, shared by every server in the process (the tests run many);
    /// the lock is held while one is built, so no registry is built twice at once.
    private static func tables(for registry: Registry, key: String) -> Tables {
        built.withLock { cache in
            if let known = cache[key] { return known }
            let fresh = build(registry)
            cache[key] = fresh
            return fresh
        }
    }

    /// Ranges wider than this (IANA's "Unassigned" blocks, x11's 6000-6063) say nothing
    /// personal about each port they cover.
    static let widestKinRange = 64

    static func build(_ registry: Registry) -> Tables {
        var tables = Tables()
        var assigned = Set<Int>()
        for record in registry.allVersions() {
            guard let ports = record.ports, !record.serviceName.isEmpty else { continue }
            let lower = Int(ports.lower.rawValue), upper = Int(ports.upper.rawValue)
            if record.isCurrent, upper - lower < 4096 {
                for port in lower...upper { assigned.insert(port) }
            }
            guard upper - lower < widestKinRange else { continue }
            var people: [String] = []
            for (role, written) in [("assignee:", record.assignee), ("contact:", record.contact)] where !written.isEmpty {
                let person = normalisedPerson(written)
                guard !person.isEmpty else { continue }
                people.append(role + person)
                if tables.personSpelling[person] == nil { tables.personSpelling[person] = written }
            }
            let family = nameFamily(record.serviceName)
            for port in lower...upper {
                for person in people {
                    tables.portsByPerson[person, default: []].insert(port)
                    tables.peopleByPort[port, default: []].insert(person)
                }
                if let family {
                    tables.portsByFamily[family, default: []].insert(port)
                    tables.familiesByPort[port, default: []].insert(family)
                }
            }
        }
        tables.assignedPorts = assigned.sorted()
        return tables
    }

    /// "[Kelli_Watson]", "Kelli Watson" and "Kelli Watson <kw@example.com>" are one person:
    /// lowercased, underscores as spaces, brackets and an e-mail address dropped.
    static func normalisedPerson(_ written: String) -> String {
        var text = written.lowercased()
        if let open = text.firstIndex(of: "<") { text = String(text[..<open]) }
        text = text.replacing("_", with: " ").replacing("[", with: "").replacing("]", with: "")
        return text.split(separator: " ").joined(separator: " ")
    }

    /// The family of a numbered service name: `ci3-software-1` -> `ci3-software`. Names that do
    /// not end in a number after a separator (`http`, `ipv6`) have none.
    static func nameFamily(_ name: String) -> String? {
        let lowered = name.lowercased()
        let stem = lowered.reversed().drop { $0.isASCII && $0.isNumber }
        guard stem.count < lowered.count, let separator = stem.first, separator == "-" || separator == "_" else { return nil }
        let family = String(stem.dropFirst().reversed())
        return family.count >= 3 ? family : nil
    }
}
