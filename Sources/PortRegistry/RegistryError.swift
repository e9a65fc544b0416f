/// What can go wrong in PortRegistry; each description is one sentence that says what to do.
public enum RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A port number outside 0-65535 or not a number.
    case invalidPort(String)
    /// A protocol other than tcp, udp, sctp or dccp.
    case invalidProtocol(String)
    /// A range whose start is above its end.
    case invalidRange(String)
    /// An empty or overlong query.
    case invalidQuery(String)
    /// A registry file that cannot be read as IANA XML, IANA CSV or compiled data.
    case corruptRegistry(path: String, reason: String)
    /// A registry that is not newer than the installed one.
    case notNewer(candidate: String, installed: String)
    /// A file that could not be read or written.
    case fileAccess(path: String, reason: String)
    /// A download that failed.
    case download(url: String, reason: String)

    public var description: String {
        switch self {
        case .invalidPort(let text):
            "'\(Self.clip(text))' is not a port number; give a number from 0 to 65535, like 443 or 53/udp."
        case .invalidProtocol(let text):
            "'\(Self.clip(text))' is not a transport protocol; use tcp, udp, sctp or dccp, like 53/udp."
        case .invalidRange(let text):
            "'\(Self.clip(text))' is not a valid port range; write the lower port first, like 8000-8010."
        case .invalidQuery(let reason):
            "\(reason); give a port (443), a port and protocol (53/udp), a range (8000-8010) or a service name (https)."
        case .corruptRegistry(let path, let reason):
            "\(path) is not a usable IANA port registry (\(reason)); nothing was changed, download the file again."
        case .notNewer(let candidate, let installed):
            "The registry dated \(candidate) is not newer than the one in use (\(installed)); nothing was changed."
        case .fileAccess(let path, let reason):
            "Cannot access \(path) (\(reason)); check that the path exists and that you may read and write it."
        case .download(let url, let reason):
            "Downloading \(url) failed (\(reason)); check the URL and the network, or pass a saved file with --from."
        }
    }

    /// Keeps a 10,000-character argument from flooding the terminal.
    static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "..."
    }
}
