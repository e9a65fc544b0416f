import PortloreSystem
public import PortRegistry

extension RegistryError {
    /// What the system layer reports about a registry file, as a sentence about registries.
    init(_ error: FileError) {
        switch error.reason {
        case .system(let errno):
            self = .fileAccess(path: error.path, reason: "\(errno)")
        case .notRegularFile(let kind):
            self = .corruptRegistry(path: error.path, reason: "it is \(kind), not a regular file")
        case .largerThan(let size, let limit):
            self = .corruptRegistry(path: error.path, reason: "\(size) bytes is far larger than any IANA registry (at most \(limit))")
        case .grewPast(let limit):
            self = .corruptRegistry(path: error.path, reason: "it grew past \(limit) bytes while being read, far larger than any IANA registry")
        }
    }
}
