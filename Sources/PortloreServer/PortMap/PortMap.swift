import PortRegistry
import Synchronization

/// The whole port space by IANA status: one cell per port, its TCP and UDP statuses joined
/// (`mixed` where they differ), and how many ports each cell kind has.
struct PortMap: Sendable {
    enum Cell: UInt8, CaseIterable, Sendable {
        case assigned, reserved, unassigned, deassigned, dynamic, mixed

        init(_ status: RegistryStatus) {
            switch status {
            case .assigned: self = .assigned
            case .reserved: self = .reserved
            case .unassigned: self = .unassigned
            case .deassigned: self = .deassigned
            case .dynamic: self = .dynamic
            }
        }

        /// The cell's class in the markup; unassigned, the commonest, has none (`PortMapPage`).
        var className: String {
            switch self {
            case .assigned: "a"
            case .reserved: "r"
            case .unassigned: ""
            case .deassigned: "d"
            case .dynamic: "y"
            case .mixed: "m"
            }
        }
    }

    /// `cells[p]` is port p's.
    let cells: [Cell]
    /// Ports per cell kind, in `Cell.allCases` order.
    let counts: [Int]

    init(registry: Registry) {
        var tcp = PortStoryLookup(registry: registry)
        var udp = PortStoryLookup(registry: registry)
        var cells: [Cell] = []
        cells.reserveCapacity(65_536)
        var counts = [Int](repeating: 0, count: Cell.allCases.count)
        for raw in 0...65_535 {
            let port = Port(rawValue: UInt16(raw))
            let onTCP = Cell(tcp.story(of: port, transport: .tcp).status)
            let onUDP = Cell(udp.story(of: port, transport: .udp).status)
            let cell = onTCP == onUDP ? onTCP : .mixed
            cells.append(cell)
            counts[Int(cell.rawValue)] += 1
        }
        self.cells = cells
        self.counts = counts
    }

    func count(_ cell: Cell) -> Int { counts[Int(cell.rawValue)] }
}

extension PortMap {
    /// The map of one registry, computed by the first request that needs it (131,072 story
    /// lookups) and kept: both languages draw the same map.
    final class Memo: Sendable {
        private let registry: Registry
        private let computed = Mutex<PortMap?>(nil)

        init(registry: Registry) {
            self.registry = registry
        }

        var map: PortMap {
            if let map = computed.withLock({ $0 }) { return map }
            let map = PortMap(registry: registry)
            computed.withLock { $0 = map }
            return map
        }
    }
}
