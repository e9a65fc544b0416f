import HostInventory
import PortRegistry

/// Asks the host inventory for the sockets a query needs.
enum HostScan {
    static func snapshot(for query: PortQuery) throws -> HostSnapshot {
        var options = InventoryOptions()
        switch query {
        case .port(let port, _):
            options.port = port.rawValue...port.rawValue
        case .range(let range, _):
            options.port = range.lower.rawValue...range.upper.rawValue
        case .serviceName:
            break
        }
        return try currentHostInventory().snapshot(options)
    }
}
