import HostInventory
import PortReport

extension ListingEntry {
    /// The least severity the pages mark a socket for. Info findings (root on a high port, an
    /// unassigned port) are normal on most hosts: shown as info, never as a red bar.
    static let flaggedSeverity = Severity.notice

    /// Whether the socket has a finding of notice or worse (findings are sorted most severe first).
    var isFlagged: Bool {
        (findings.first?.severity).map { $0 >= Self.flaggedSeverity } ?? false
    }
}
