import HostInventory
import PortRegistry
import PortReport

/// Maps errors to DESIGN.md's exit codes and one-line messages.
struct ExitStatus {
    static let success: Int32 = 0
    static let nothingMatched: Int32 = 1
    static let badInput: Int32 = 2
    static let findings: Int32 = 3
    static let environment: Int32 = 4
    /// `portlore kill` only: a process was still running when the wait ended.
    static let processSurvived: Int32 = 5

    var code: Int32
    var message: String

    /// `nil` for errors that are not ours (the argument parser's).
    init?(_ error: any Error) {
        switch error {
        case let error as RegistryError:
            message = error.description
            switch error {
            case .invalidPort, .invalidProtocol, .invalidRange, .invalidQuery, .corruptRegistry, .notNewer:
                code = Self.badInput
            case .fileAccess, .download:
                code = Self.environment
            }
        case let error as ReportError:
            message = error.description
            switch error {
            case .unknownService: code = Self.nothingMatched
            case .badAllowlist: code = Self.badInput
            case .unreadableAllowlist: code = Self.environment
            }
        case let error as InventoryError:
            message = error.description
            code = Self.environment
        case let error as CommandFailure:
            message = error.message
            code = error.code
        default:
            return nil
        }
    }
}

/// A command's own failure: what to say and how to exit.
struct CommandFailure: Error {
    var message: String
    var code: Int32
}
