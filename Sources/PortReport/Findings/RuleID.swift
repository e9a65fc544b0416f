/// The name of one kind of finding, as findings, allowlists (`rule=`), JSON, metrics labels and
/// docs/findings.md spell it: `port-deassigned`. A rule emits one or more of them.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let portDeassigned: RuleID = "port-deassigned"
    public static let portReserved: RuleID = "port-reserved"
    public static let portUnassigned: RuleID = "port-unassigned"
    public static let unexpectedService: RuleID = "unexpected-service"
    public static let executableDeleted: RuleID = "executable-deleted"
    public static let executableMemfd: RuleID = "executable-memfd"
    public static let executableWritableDir: RuleID = "executable-writable-dir"
    public static let exposedLocalService: RuleID = "exposed-local-service"
    public static let socketWithoutProcess: RuleID = "socket-without-process"
    public static let disguisedProcessName: RuleID = "disguised-process-name"
    public static let rootOnHighPort: RuleID = "root-on-high-port"
    public static let unprivilegedSystemPort: RuleID = "unprivileged-system-port"

    /// Every name the standard rules emit (docs/findings.md documents each).
    public static let all: [RuleID] = [.portDeassigned, .portReserved, .portUnassigned, .unexpectedService, .executableDeleted, .executableMemfd, .executableWritableDir, .exposedLocalService, .socketWithoutProcess, .disguisedProcessName, .rootOnHighPort, .unprivilegedSystemPort]
}
