public import HostInventory
public import PortRegistry

/// The `portlore/1` JSON schema (docs/json-schema.md). Field names are converted to
/// snake_case by `JSONRenderer`; optional fields are left out when empty.
public enum JSONDocument {
    public static let schema = "portlore/1"

    public struct Registry: Encodable, Sendable {
        public var date: String
        public var source: String

        public init(date: String, source: String) {
            self.date = date
            self.source = source
        }
    }

    public struct Record: Encodable, Sendable {
        public var port: Int?
        public var portHigh: Int?
        public var ports: String?
        public var `protocol`: String?
        public var serviceName: String
        public var description: String
        public var assignee: String?
        public var contact: String?
        public var references: [ReferenceLink]
        public var registrationDate: String?
        public var modificationDate: String?
        public var note: String?
        public var serviceCode: String?
        public var unauthorized: String?
        public var firstSeen: String
        public var lastSeen: String?
        public var current: Bool

        public init(_ record: RegistryRecord) {
            port = record.ports.map { Int($0.lower.rawValue) }
            portHigh = record.ports.map { Int($0.upper.rawValue) }
            ports = record.ports?.description
            self.protocol = record.transport?.rawValue
            serviceName = record.serviceName
            description = record.description
            assignee = record.assignee.nonEmpty
            contact = record.contact.nonEmpty
            references = record.references.map(ReferenceLink.init)
            registrationDate = record.registrationDate.nonEmpty
            modificationDate = record.modificationDate.nonEmpty
            note = record.note.nonEmpty
            serviceCode = record.serviceCode.nonEmpty
            unauthorized = record.unauthorized.nonEmpty
            firstSeen = record.firstSeen
            lastSeen = record.lastSeen
            current = record.isCurrent
        }
    }

    public struct Story: Encodable, Sendable {
        public var `protocol`: String?
        public var status: String
        public var statusMeaning: String
        public var deassignedOn: String?
        public var records: [Record]
        public var former: [Record]
        public var history: [Record]?
        // Dates and their kinds (docs/json-schema.md): JSONDocument+Story.swift.
        public var deassignedOnSource: String?
        public var deassignedAfter: String?
        public var deassignedBy: String?
        public var ianaWords: String?
        public var formerNames: [NameTenure]
        public var currentNames: [NameTenure]

        public init(_ story: PortStory, includeHistory: Bool) {
            self.protocol = story.transport?.rawValue
            status = story.status.rawValue
            statusMeaning = story.status.meaning
            deassignedOn = story.deassignedOn
            records = story.current.map(Record.init)
            former = story.formerAssignments.map(Record.init)
            history = includeHistory ? story.versions.map(Record.init) : nil
            deassignedOnSource = story.deassignment?.statedIn?.rawValue
            deassignedAfter = story.deassignment?.lastNamedIn?.date
            deassignedBy = story.deassignment?.firstUnnamedIn?.date
            ianaWords = story.deassignment?.ianaWords
            formerNames = story.formerNames.map(NameTenure.init)
            currentNames = story.currentNames.map(NameTenure.init)
        }
    }

    public struct Process: Encodable, Sendable {
        public var pid: Int32
        public var parentPid: Int32
        public var name: String
        public var commandLine: [String]
        public var executable: String?
        public var executableDeleted: Bool
        public var uid: UInt32
        public var user: String?
        public var startTime: String?
        public var cgroup: String?
        public var containerId: String?

        public init(_ process: ProcessDetails) {
            pid = process.pid
            parentPid = process.parentPID
            name = process.name
            commandLine = process.shownCommandLine
            executable = process.executable
            executableDeleted = process.executableDeleted
            uid = process.uid
            user = process.user
            startTime = process.startTime.map(Timestamp.iso8601)
            cgroup = process.cgroup
            containerId = process.containerID
        }
    }

    public struct Socket: Encodable, Sendable {
        public var `protocol`: String
        public var family: String
        public var state: String
        public var address: String
        public var port: Int
        public var scope: String
        public var remoteAddress: String?
        public var remotePort: Int?
        public var inode: UInt64
        public var uid: UInt32
        public var netns: UInt64
        public var netnsName: String?
        public var hostNetns: Bool
        /// `processes`, `hidden` (not root) or `none` (as root, no process holds it).
        public var owner: String
        public var processes: [Process]

        public init(_ listener: Listener) {
            self.protocol = listener.transport.rawValue
            family = listener.family.rawValue
            state = listener.state.rawValue
            address = listener.local.ip
            port = Int(listener.local.port)
            scope = listener.local.isLoopback ? "loopback" : listener.local.isWildcard ? "all" : "address"
            remoteAddress = listener.remote?.ip
            remotePort = listener.remote.map { Int($0.port) }
            inode = listener.inode
            uid = listener.uid
            netns = listener.namespace.inode
            netnsName = listener.namespace.name
            hostNetns = listener.namespace.isHost
            switch listener.owner {
            case .processes(let list):
                owner = "processes"
                processes = list.map(Process.init)
            case .hidden:
                owner = "hidden"
                processes = []
            case .none:
                owner = "none"
                processes = []
            }
        }
    }

    public struct PortEntry: Encodable, Sendable {
        public var port: Int
        public var tier: String
        public var tierMeaning: String
        public var protocols: [Story]
        public var listeners: [Socket]?
        public var findings: [Finding]?
        /// Software known to use the port outside IANA's registry; empty when none is known.
        public var knownUses: [KnownUse]

        public init(_ portrait: PortPortrait, includeHistory: Bool) {
            port = Int(portrait.port.rawValue)
            tier = portrait.tier.rawValue
            tierMeaning = portrait.tier.explanation
            protocols = portrait.stories.map { Story($0, includeHistory: includeHistory) }
            listeners = portrait.listeners?.map(Socket.init)
            findings = portrait.listeners == nil ? nil : portrait.findings.map(Finding.init)
            knownUses = portrait.knownUses.map(KnownUse.init)
        }
    }

    /// The whole answer to `portlore QUERY --json`.
    public struct Answer: Encodable, Sendable {
        public var schema = JSONDocument.schema
        /// `port`, `range` or `service`.
        public var kind: String
        public var query: String
        public var registry: Registry
        public var service: String?
        /// Every version with that service name, for `kind == "service"`.
        public var records: [Record]?
        public var ports: [PortEntry]
    }

    public struct SearchResult: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "search"
        public var query: String
        public var registry: Registry
        public var matches: [Match]

        public struct Match: Encodable, Sendable {
            public var score: Double
            public var matchedTerms: [String]
            public var record: Record
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
